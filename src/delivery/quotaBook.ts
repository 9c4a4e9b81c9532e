/**
 * Books platform quota units per channel account. Each booking is an atomic counter increment in its
 * own transaction (the counters of src/lib/nextSequence.ts, under `quota:` scopes), so two workers can
 * never both take the last unit; an increment past the limit is rolled back and the caller waits.
 * A booked unit is spent even if the call then fails: the platform counts failed calls too.
 */
import type { PayloadRequest } from 'payload'

import type { QuotaRule } from '../../channels/quotas'
import { nextChinaMidnight } from '../../channels/quotas'
import { nextSequence } from '@/lib/nextSequence'
import { toChinaDate } from '@/lib/statutoryClocks'
import { inTransaction } from '@/lib/transaction'

/** A sliding hour is counted in 5-minute buckets; the 13 newest cover at least the last hour. */
const BUCKET_MS = 5 * 60_000
const HOUR_BUCKETS = 13

class QuotaSpent extends Error {
  constructor(readonly resumeAt: number) {
    super('quota spent')
  }
}

export type QuotaBooking = { booked: true } | { booked: false; resumeAt: number }

const scopeOf = (accountId: number | string, rule: QuotaRule, bucket: string) =>
  `quota:${accountId}:${rule.api}:${bucket}`

export async function bookQuota(
  req: PayloadRequest,
  accountId: number | string,
  rule: QuotaRule,
  limit: number,
  now = Date.now(),
): Promise<QuotaBooking> {
  try {
    await inTransaction(req, async () => {
      if (rule.window === 'china_day') {
        const used = await nextSequence(req, scopeOf(accountId, rule, toChinaDate(new Date(now))))
        if (used > limit) throw new QuotaSpent(nextChinaMidnight(now))
        return
      }
      const current = Math.floor(now / BUCKET_MS)
      await nextSequence(req, scopeOf(accountId, rule, `m${current}`))
      const scopes = Array.from({ length: HOUR_BUCKETS }, (_, i) =>
        scopeOf(accountId, rule, `m${current - HOUR_BUCKETS + 1 + i}`),
      )
      const { docs } = await req.payload.find({
        collection: 'index-counters',
        depth: 0,
        limit: HOUR_BUCKETS,
        overrideAccess: true,
        req,
        where: { scope: { in: scopes } },
      })
      const used = docs.reduce((sum, doc) => sum + Number(doc.lastValue ?? 0), 0)
      if (used > limit) {
        // The oldest bucket still holding a post leaves the window first.
        const oldest = Math.min(...docs.map((doc) => Number(String(doc.scope).split(':m').pop())))
        throw new QuotaSpent((oldest + HOUR_BUCKETS) * BUCKET_MS)
      }
    })
    return { booked: true }
  } catch (error) {
    if (error instanceof QuotaSpent) return { booked: false, resumeAt: error.resumeAt }
    throw error
  }
}
