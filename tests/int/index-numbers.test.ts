import type { PayloadRequest } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { gatePassContext } from '@/gate/liveGuard'
import { chinaYear } from '@/lib/indexNumberPattern'

import { seed } from '../../scripts/seed/index'
import { DEMO_PASSWORD } from '../../scripts/seed/users'
import { httpDoors } from './helpers/http'
import { createAndPublish, editAndPublish } from './helpers/publishing'
import { describeOnDatabase, startPayload, type TestPayload } from './helpers/payload'

const year = chinaYear(new Date())
const notice = {
  body: {
    root: {
      children: [
        { children: [{ text: '通知正文。', type: 'text', version: 1 }], type: 'paragraph', version: 1 },
      ],
      type: 'root',
      version: 1,
    },
  },
  disclosureMode: 'proactive' as const,
  docType: 'notice' as const,
  formedOn: new Date().toISOString(),
  openness: 'result' as const,
  topic: 'general' as const,
}

describeOnDatabase('索引号: unique, gap-free, permanent', () => {
  let t: TestPayload
  let doors: Awaited<ReturnType<typeof httpDoors>>
  let editor: PayloadRequest['user']

  beforeAll(async () => {
    t = await startPayload()
    await seed(t.payload, { demoUsers: true })
    doors = await httpDoors()
    const found = await t.payload.find({
      collection: 'users',
      where: { email: { equals: 'editor.xck@yangguang.example' } },
    })
    editor = { ...found.docs[0], collection: 'users' } as PayloadRequest['user']
  })
  afterAll(async () => t?.cleanup())

  const numbersOf = async () =>
    (
      await t.payload.find({
        collection: 'disclosures',
        limit: 1000,
        pagination: false,
        where: { indexNumber: { exists: true } },
      })
    ).docs
      .map((doc) => doc.indexNumber as string)
      .sort()

  it('gives 200 concurrent first publications in one unit 200 distinct numbers without gaps', async () => {
    // The website delivery's publication step, 220 at once (the gate is tested on its own elsewhere):
    // 20 of them are refused by validation after their number was drawn, and each refused
    // transaction takes its number back, so the issued numbers still have no gaps.
    const drafts = await Promise.all(
      Array.from({ length: 220 }, (_, i) =>
        t.payload.create({
          collection: 'disclosures',
          data: (i % 11 === 10
            ? { ...notice, docType: 'normative', title: `缺文号的规范性文件 ${i}` }
            : { ...notice, title: `通知公告 ${i}` }) as never,
          draft: true,
          overrideAccess: false,
          user: editor,
        }),
      ),
    )
    const results = await Promise.allSettled(
      drafts.map((draft) =>
        t.payload.update({
          collection: 'disclosures',
          context: gatePassContext({ itemKey: `disclosures:${draft.id}`, kind: 'publish' }),
          data: { _status: 'published' },
          id: draft.id,
        }),
      ),
    )
    const refused = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[]
    expect(refused).toHaveLength(20)
    expect(refused.every((r) => JSON.stringify(r.reason?.data ?? r.reason?.message).includes('文号'))).toBe(
      true,
    )
    const expected = Array.from({ length: 200 }, (_, i) => `XCK-${year}-${String(i + 1).padStart(5, '0')}`)
    expect(await numbersOf()).toEqual(expected)
  }, 120_000)

  it('never changes a number: not by editing, republishing or sending another one', async () => {
    const token = await doors.login('editor.xck@yangguang.example', DEMO_PASSWORD)
    const first = await createAndPublish(
      doors,
      t.payload,
      'disclosures',
      { ...notice, indexNumber: 'FORGED-1', title: '不可改变的编号' },
      token,
    )
    expect(first.status).toBe(201)
    const number = first.body.doc.indexNumber
    expect(number).toBe(`XCK-${year}-00201`)
    const edited = await editAndPublish(
      doors,
      t.payload,
      'disclosures',
      first.body.doc.id,
      { indexNumber: 'FORGED-2', title: '不可改变的编号（修改）' },
      token,
    )
    expect(edited.body.doc.indexNumber).toBe(number)
  })

  it('never reuses the number of a deleted item, and follows the bureau’s pattern', async () => {
    const admin = await doors.login('admin.xck@yangguang.example', DEMO_PASSWORD)
    const token = await doors.login('editor.xck@yangguang.example', DEMO_PASSWORD)
    const last = await t.payload.find({
      collection: 'disclosures',
      where: { indexNumber: { equals: `XCK-${year}-00201` } },
    })
    // A live item is taken down (retracted, on record) before it can be deleted.
    const retracted = await doors.rest('POST', `disclosures/${last.docs[0].id}/retract`, {
      body: { reason: '测试删除' },
      token: admin,
    })
    expect(retracted.status).toBe(200)
    expect((await doors.rest('DELETE', `disclosures/${last.docs[0].id}`, { token: admin })).status).toBe(200)

    const bad = await doors.rest('POST', 'globals/site-settings', {
      body: { bureauName: '宣城市公安局', indexNumberPattern: '{unitCode}-{seq:5}' },
      token: admin,
    })
    expect(`${bad.status} ${JSON.stringify(bad.body)}`).toMatch(/^400 .*索引号规则必须包含 \{year\}/)
    const good = await doors.rest('POST', 'globals/site-settings', {
      body: { bureauName: '宣城市公安局', indexNumberPattern: 'GA/{unitCode}/{year}-{seq:4}' },
      token: admin,
    })
    expect(good.status).toBe(200)

    const next = (
      await createAndPublish(doors, t.payload, 'disclosures', { ...notice, title: '新规则下的编号' }, token)
    ).body.doc
    expect(next.indexNumber).toBe(`GA/XCK/${year}-0202`)
  })

  it('keeps the counters out of every API', async () => {
    const admin = await doors.login('admin.xck@yangguang.example', DEMO_PASSWORD)
    expect([401, 403, 404]).toContain((await doors.rest('GET', 'index-counters', { token: admin })).status)
  })
})
