import { describe, expect, it } from 'vitest'

import { coalescedReader } from '@/public/generation'
import { ResponseCache } from '@/public/responseCache'
import { tokenBucketLimiter } from '@/public/tokenBucket'

/** A database stand-in: each read returns the value committed when the read *started*. */
function fakeCounter() {
  let committed = 0
  let started = 0
  const pending: Array<() => void> = []
  return {
    bump: () => committed++,
    finishAll: () => pending.splice(0).forEach((finish) => finish()),
    read: () => {
      started++
      const value = committed
      return new Promise<number>((resolve) => pending.push(() => resolve(value)))
    },
    get started() {
      return started
    },
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('coalescedReader', () => {
  it('gives a reader that arrives during a read the next read, which sees commits before its arrival', async () => {
    const db = fakeCounter()
    const read = coalescedReader(db.read)
    const first = read()
    db.bump() // committed while the first read is in flight
    const second = read()
    const third = read()
    expect(db.started).toBe(1)
    db.finishAll()
    expect(await first).toBe(0)
    await flush()
    expect(db.started).toBe(2) // second and third share one read, started after both arrived
    db.finishAll()
    expect(await second).toBe(1)
    expect(await third).toBe(1)
  })
})

describe('ResponseCache', () => {
  const reply = (text: string) => async () => ({
    body: Buffer.from(text),
    contentType: 'application/json',
    status: 200,
  })

  it('serves an entry only at the generation it was computed for', async () => {
    const cache = new ResponseCache()
    const first = await cache.get('k', 1, reply('a'))
    expect((await cache.get('k', 1, reply('b')))?.body.toString()).toBe('a')
    expect((await cache.get('k', 2, reply('c')))?.body.toString()).toBe('c')
    expect(first?.etag).toMatch(/^".+"$/)
  })

  it('never stores what a slow request computed at an older generation', async () => {
    const cache = new ResponseCache()
    await cache.get('k', 5, reply('new'))
    expect((await cache.get('k', 4, reply('old')))?.body.toString()).toBe('old')
    expect((await cache.get('k', 5, reply('other')))?.body.toString()).toBe('new')
  })

  it('computes concurrent misses of one key once', async () => {
    const cache = new ResponseCache()
    let computed = 0
    const slow = async () => {
      computed++
      await flush()
      return { body: Buffer.from('x'), contentType: 'application/json', status: 200 }
    }
    await Promise.all([cache.get('k', 1, slow), cache.get('k', 1, slow), cache.get('k', 1, slow)])
    expect(computed).toBe(1)
  })
})

describe('tokenBucketLimiter', () => {
  it('allows the per-minute limit in a burst, then refills continuously', () => {
    let now = 0
    const limiter = tokenBucketLimiter({ now: () => now, perMinute: () => 3 })
    for (let i = 0; i < 3; i++) {
      expect(limiter.check('ip').allowed).toBe(true)
      limiter.record('ip')
    }
    const refused = limiter.check('ip')
    expect(refused.allowed).toBe(false)
    expect(refused.allowed ? 0 : refused.retryAfterMs).toBe(20_000)
    now += 20_000
    expect(limiter.check('ip').allowed).toBe(true)
    expect(limiter.check('other').allowed).toBe(true)
  })
})
