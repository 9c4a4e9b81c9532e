/**
 * A per-minute limit for the public API with the Limiter interface of src/lib/rateLimit.ts. The sliding log
 * there keeps every hit's time, which is exact and right for a comment form's handful per minute, but costs
 * O(limit) per hit; a downstream site may be allowed thousands a minute. A token bucket (capacity = the
 * per-minute limit, refilled continuously) is O(1) per hit and allows the same sustained rate.
 */
import type { Limiter } from '@/lib/rateLimit'

type Bucket = { at: number; tokens: number }

export function tokenBucketLimiter({
  maxKeys = 10_000,
  now = Date.now,
  perMinute,
}: {
  maxKeys?: number
  now?: () => number
  perMinute: (key: string) => number
}): Limiter {
  const buckets = new Map<string, Bucket>()
  const refilled = (key: string, at: number): Bucket => {
    const capacity = perMinute(key)
    const bucket = buckets.get(key)
    if (!bucket) return { at, tokens: capacity }
    return { at, tokens: Math.min(capacity, bucket.tokens + ((at - bucket.at) * capacity) / 60_000) }
  }
  return {
    check(key) {
      const at = now()
      const { tokens } = refilled(key, at)
      if (tokens >= 1) return { allowed: true, remaining: Math.floor(tokens - 1) }
      return { allowed: false, retryAfterMs: Math.ceil(((1 - tokens) * 60_000) / perMinute(key)) }
    },
    record(key) {
      const bucket = refilled(key, now())
      bucket.tokens -= 1
      buckets.delete(key) // re-inserted last: Map order doubles as least-recently-used order
      buckets.set(key, bucket)
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value as string)
    },
  }
}
