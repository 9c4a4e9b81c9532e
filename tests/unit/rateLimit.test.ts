import { describe, expect, it } from 'vitest'

import { clientIp, hashClient, slidingWindowLimiter, takeAll } from '@/lib/rateLimit'

const MINUTE = 60_000

/** A clock the test moves by hand. */
const manualClock = (start = 1_000_000) => {
  let now = start
  return { advance: (ms: number) => (now += ms), now: () => now }
}

const hit = (limiter: ReturnType<typeof slidingWindowLimiter>, key: string) => takeAll([[limiter, key]])

describe('slidingWindowLimiter', () => {
  it('allows `limit` hits in the window, refuses the next and says when to retry', () => {
    const clock = manualClock()
    const limiter = slidingWindowLimiter({ limit: 5, now: clock.now, windowMs: 10 * MINUTE })
    for (let i = 0; i < 5; i++) {
      expect(hit(limiter, 'a')).toEqual({ allowed: true, remaining: 4 - i })
      clock.advance(MINUTE)
    }
    // The first hit was 5 minutes ago: it leaves the window in another 5 minutes.
    expect(hit(limiter, 'a')).toEqual({ allowed: false, retryAfterMs: 5 * MINUTE })
  })

  it('slides: each hit frees its slot exactly one window after it was made', () => {
    const clock = manualClock()
    const limiter = slidingWindowLimiter({ limit: 2, now: clock.now, windowMs: 10 * MINUTE })
    hit(limiter, 'a') // t = 0
    clock.advance(6 * MINUTE)
    hit(limiter, 'a') // t = 6
    clock.advance(4 * MINUTE - 1) // t = 10 min - 1 ms: both still count
    expect(limiter.check('a')).toEqual({ allowed: false, retryAfterMs: 1 })
    clock.advance(1) // t = 10: the first has left the window, the second has not
    expect(hit(limiter, 'a').allowed).toBe(true)
    expect(limiter.check('a')).toEqual({ allowed: false, retryAfterMs: 6 * MINUTE })
  })

  it('counts keys separately', () => {
    const limiter = slidingWindowLimiter({ limit: 1, now: () => 0, windowMs: MINUTE })
    expect(hit(limiter, 'a').allowed).toBe(true)
    expect(hit(limiter, 'a').allowed).toBe(false)
    expect(hit(limiter, 'b').allowed).toBe(true)
  })

  it('does not count checks or refused hits', () => {
    const clock = manualClock()
    const limiter = slidingWindowLimiter({ limit: 1, now: clock.now, windowMs: MINUTE })
    expect(limiter.check('a').allowed).toBe(true)
    expect(limiter.check('a').allowed).toBe(true)
    hit(limiter, 'a')
    clock.advance(MINUTE / 2)
    expect(hit(limiter, 'a').allowed).toBe(false) // refused at t = 30 s: must not extend the wait
    clock.advance(MINUTE / 2)
    expect(hit(limiter, 'a').allowed).toBe(true)
  })

  it('stays within maxKeys, forgetting the least recently hit key', () => {
    const limiter = slidingWindowLimiter({ limit: 2, maxKeys: 2, now: () => 0, windowMs: MINUTE })
    hit(limiter, 'a')
    hit(limiter, 'b')
    hit(limiter, 'a') // 'a' is now the most recent
    hit(limiter, 'c') // over the cap: 'b' is forgotten, 'a' is not
    expect(limiter.check('a').allowed).toBe(false)
    expect(limiter.check('b')).toEqual({ allowed: true, remaining: 1 })
    expect(limiter.check('c')).toEqual({ allowed: true, remaining: 0 })
  })
})

describe('takeAll', () => {
  it('records in no limiter when any refuses, and reports the longest wait', () => {
    const clock = manualClock()
    const perItem = slidingWindowLimiter({ limit: 5, now: clock.now, windowMs: 10 * MINUTE })
    const overall = slidingWindowLimiter({ limit: 2, now: clock.now, windowMs: 60 * MINUTE })
    expect(
      takeAll([
        [perItem, 'x:1'],
        [overall, 'x'],
      ]).allowed,
    ).toBe(true)
    clock.advance(MINUTE)
    expect(
      takeAll([
        [perItem, 'x:2'],
        [overall, 'x'],
      ]),
    ).toEqual({ allowed: true, remaining: 0 })
    clock.advance(MINUTE)
    expect(
      takeAll([
        [perItem, 'x:3'],
        [overall, 'x'],
      ]),
    ).toEqual({ allowed: false, retryAfterMs: 58 * MINUTE })
    // The refused attempt left nothing behind in the per-item limiter.
    expect(perItem.check('x:3')).toEqual({ allowed: true, remaining: 4 })
  })
})

describe('client identity', () => {
  const headers = (init: Record<string, string>) => new Headers(init)

  it('takes the first hop of X-Forwarded-For, then X-Real-IP, then "unknown"', () => {
    expect(clientIp(headers({ 'x-forwarded-for': ' 203.0.113.9 , 10.0.0.1', 'x-real-ip': '10.0.0.2' }))).toBe(
      '203.0.113.9',
    )
    expect(clientIp(headers({ 'x-real-ip': '198.51.100.4' }))).toBe('198.51.100.4')
    expect(clientIp(headers({ 'x-forwarded-for': ' , ' }))).toBe('unknown')
    expect(clientIp(headers({}))).toBe('unknown')
  })

  it('hashes the address with a salt and never reveals it', () => {
    const a = hashClient('203.0.113.9', 'salt-one')
    expect(a).toMatch(/^[0-9a-f]{64}$/)
    expect(a).toBe(hashClient('203.0.113.9', 'salt-one'))
    expect(a).not.toBe(hashClient('203.0.113.9', 'salt-two'))
    expect(a).not.toBe(hashClient('203.0.113.10', 'salt-one'))
    expect(a).not.toContain('203')
  })
})
