import { afterAll, beforeAll, expect, it } from 'vitest'

import { describeOnDatabase, startPayload, type TestPayload } from './helpers/payload'

describeOnDatabase('concurrent writes', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await startPayload()
  })
  afterAll(async () => t?.cleanup())

  it('commits 40 simultaneous saves, none refused as "database is locked"', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        t.payload.create({
          collection: 'units',
          data: { code: `C${i}`, kind: 'department', name: `并发单位 ${i}` },
        }),
      ),
    )
    const refused = results.filter((result) => result.status === 'rejected')
    expect(refused.map((result) => String((result as PromiseRejectedResult).reason))).toEqual([])
    expect((await t.payload.count({ collection: 'units' })).totalDocs).toBe(40)
  })

  it('rolls back a failed save without blocking the saves queued behind it', async () => {
    const duplicate = { code: 'C0', kind: 'department' as const, name: '重复代码' }
    const results = await Promise.allSettled([
      t.payload.create({ collection: 'units', data: duplicate }),
      t.payload.create({
        collection: 'units',
        data: { code: 'C40', kind: 'department', name: '并发单位 40' },
      }),
    ])
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled'])
    expect((await t.payload.count({ collection: 'units' })).totalDocs).toBe(41)
  })
})
