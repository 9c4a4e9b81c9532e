import { describe, expect, it } from 'vitest'

import { DEFAULT_BACKOFF, nextAttemptAt, retryDelay } from '@/lib/backoff'

const policy = { baseMs: 1_000, capMs: 60_000, maxAttempts: 5 }

describe('retry backoff with full jitter', () => {
  it('doubles its upper bound with each failed attempt, up to the cap', () => {
    const atMost = (attempt: number) => retryDelay(attempt, policy, () => 0.999999)
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(atMost)).toEqual([999, 1999, 3999, 7999, 15999, 31999, 59999, 59999])
  })

  it('spreads retries between zero and the bound instead of bunching them', () => {
    expect(retryDelay(3, policy, () => 0)).toBe(0)
    expect(retryDelay(3, policy, () => 0.5)).toBe(2_000)
    const samples = Array.from({ length: 2_000 }, () => retryDelay(4, policy))
    expect(Math.min(...samples)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...samples)).toBeLessThan(8_000)
    // Not all in one place: the spread covers most of the interval.
    expect(Math.max(...samples) - Math.min(...samples)).toBeGreaterThan(6_000)
  })

  it('gives up after the last attempt so a person can look', () => {
    const now = new Date('2026-11-26T08:00:00Z')
    expect(nextAttemptAt(4, now, policy, () => 0.5)?.toISOString()).toBe('2026-11-26T08:00:04.000Z')
    expect(nextAttemptAt(5, now, policy)).toBeNull()
    expect(nextAttemptAt(DEFAULT_BACKOFF.maxAttempts)).toBeNull()
  })
})
