/**
 * A small sliding-window rate limiter and the client identity it counts by.
 *
 * PER PROCESS: the counts live in this process's memory. Several server instances each count on their
 * own (a client gets the limit once per instance) and a restart forgets everything. A shared store
 * (the database or Redis) replaces this when Yangguang runs on more than one instance.
 */
import { createHmac } from 'node:crypto'

export type Clock = () => number
export type Verdict = { allowed: true; remaining: number } | { allowed: false; retryAfterMs: number }

export type Limiter = {
  /** Would one more hit be allowed now? Records nothing. */
  check: (key: string) => Verdict
  /** Counts one hit now, allowed or not: call it only after deciding to let the request through. */
  record: (key: string) => void
}

type Options = { limit: number; maxKeys?: number; now?: Clock; windowMs: number }

/**
 * At most `limit` hits per key in any window of `windowMs` (a log of hit times, not fixed buckets, so
 * a burst across a bucket boundary cannot double the limit). `maxKeys` bounds memory: past it, the least
 * recently hit keys are forgotten; expired keys are always the least recent, so they go first.
 */
export function slidingWindowLimiter({
  limit,
  maxKeys = 10_000,
  now = Date.now,
  windowMs,
}: Options): Limiter {
  const hits = new Map<string, number[]>()

  const recent = (key: string, at: number): number[] => {
    const kept = (hits.get(key) ?? []).filter((t) => t > at - windowMs)
    if (kept.length) hits.set(key, kept)
    else hits.delete(key)
    return kept
  }

  return {
    check(key) {
      const at = now()
      const kept = recent(key, at)
      if (kept.length < limit) return { allowed: true, remaining: limit - kept.length - 1 }
      return { allowed: false, retryAfterMs: kept[kept.length - limit] + windowMs - at }
    },
    record(key) {
      const at = now()
      const kept = recent(key, at)
      hits.delete(key) // re-inserted last: Map order doubles as least-recently-used order
      hits.set(key, [...kept, at])
      for (const oldest of hits.keys()) {
        if (hits.size <= maxKeys) break
        hits.delete(oldest)
      }
    },
  }
}

/**
 * Passes only if every limiter allows its key, and then records in all of them; a refusal records in
 * none, so hitting one limit does not eat into another. Synchronous, hence atomic within the process.
 */
export function takeAll(checks: Array<[Limiter, string]>): Verdict {
  const verdicts = checks.map(([limiter, key]) => limiter.check(key))
  const refusals = verdicts.flatMap((v) => (v.allowed ? [] : [v.retryAfterMs]))
  if (refusals.length) return { allowed: false, retryAfterMs: Math.max(...refusals) }
  for (const [limiter, key] of checks) limiter.record(key)
  return { allowed: true, remaining: Math.min(...verdicts.map((v) => (v.allowed ? v.remaining : 0))) }
}

/**
 * The client's address: the first hop of X-Forwarded-For, else X-Real-IP, else 'unknown'. Only as
 * trustworthy as the reverse proxy in front of us, which must overwrite (not append to) these headers.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  const real = headers.get('x-real-ip')?.trim()
  return (forwarded || real || 'unknown').slice(0, 100)
}

/** A salted one-way tag of the address: repeat submitters can be spotted, the address is never stored. */
export const hashClient = (ip: string, salt: string): string =>
  createHmac('sha256', salt).update(ip).digest('hex')
