import { afterAll, beforeAll, expect, it } from 'vitest'

import { seed } from '../../scripts/seed/index'
import { DEMO_PASSWORD } from '../../scripts/seed/users'
import { policy, richText } from './fixtures/content'
import { httpDoors } from './helpers/http'
import { createAndPublish, editAndPublish } from './helpers/publishing'
import { describeOnDatabase, startPayload, type TestPayload } from './helpers/payload'

describeOnDatabase('content model: the rules each kind of content must keep', () => {
  let t: TestPayload
  let doors: Awaited<ReturnType<typeof httpDoors>>
  let editor: string
  let otherEditor: string

  beforeAll(async () => {
    t = await startPayload()
    await seed(t.payload, { demoUsers: true })
    doors = await httpDoors()
    editor = await doors.login('editor.xck@yangguang.example', DEMO_PASSWORD)
    otherEditor = await doors.login('editor.xzfj@yangguang.example', DEMO_PASSWORD)
  })
  afterAll(async () => t?.cleanup())

  // Publishing means: submitted, reviewed by three people, delivered to the website.
  const publish = (collection: string, data: object, token = editor) =>
    createAndPublish(doors, t.payload, collection, data, token)
  const refusal = (reply: { body: unknown; status: number }) =>
    `${reply.status} ${JSON.stringify(reply.body)}`

  it('keeps drafts incomplete but refuses to publish a normative document without 文号, naming the rule', async () => {
    const draft = await doors.rest('POST', 'disclosures?draft=true', {
      body: { docType: 'normative', title: '草稿：尚未填写文号', _status: 'draft' },
      token: editor,
    })
    expect(draft.status).toBe(201)
    const reply = await publish('disclosures', { ...policy, documentNumber: '' })
    expect(refusal(reply)).toMatch(/^4\d\d .*规范性文件须填写文号/)
  })

  it('publishes a complete policy, stamps its unit, author and first publication', async () => {
    const reply = await publish('disclosures', policy)
    expect(reply.status).toBe(201)
    const doc = reply.body.doc
    expect(doc.unit.code).toBe('XCK')
    expect(doc.author.email).toBe('editor.xck@yangguang.example')
    expect(Date.parse(doc.firstPublishedAt)).toBeGreaterThan(Date.now() - 60_000)
    const again = await editAndPublish(
      doors,
      t.payload,
      'disclosures',
      doc.id,
      { title: `${policy.title}（更正）` },
      editor,
    )
    expect(again.body.doc.firstPublishedAt).toBe(doc.firstPublishedAt)
  })

  it('refuses an editor filing content under another unit; other units read the published item, not drafts', async () => {
    const units = await t.payload.find({ collection: 'units', where: { code: { equals: 'XZFJ' } } })
    const foreign = await publish('disclosures', { ...policy, unit: units.docs[0].id })
    expect(refusal(foreign)).toMatch(/^403 .*只能在本单位名下撰写和修改内容/)
    const published = (await publish('disclosures', { ...policy, title: '他单位可读的已发布文件' })).body.doc
    const draft = (
      await doors.rest('POST', 'disclosures?draft=true', {
        body: { ...policy, _status: 'draft', title: '本单位草稿' },
        token: editor,
      })
    ).body.doc
    expect((await doors.rest('GET', `disclosures/${published.id}`, { token: otherEditor })).status).toBe(200)
    expect(
      (await doors.rest('GET', `disclosures/${draft.id}?draft=true`, { token: otherEditor })).status,
    ).toBe(404)
    const patch = await doors.rest('PATCH', `disclosures/${published.id}`, {
      body: { title: '篡改' },
      token: otherEditor,
    })
    expect([403, 404]).toContain(patch.status)
    const gql = await doors.graphql(
      '{ Disclosures(draft: true, limit: 100) { docs { title _status } } }',
      otherEditor,
    )
    const titles = gql.body.data.Disclosures.docs.map((d: { title: string }) => d.title)
    expect(titles).toContain('他单位可读的已发布文件')
    expect(titles).not.toContain('本单位草稿')
    expect(gql.body.data.Disclosures.docs.every((d: { _status: string }) => d._status === 'published')).toBe(
      true,
    )
  })

  it("shows an item's version history to its own unit only", async () => {
    const mine = await doors.rest('GET', 'disclosures/versions?limit=5', { token: editor })
    expect(mine.status).toBe(200)
    expect(mine.body.totalDocs).toBeGreaterThan(0)
    const theirs = await doors.rest('GET', 'disclosures/versions?limit=5', { token: otherEditor })
    expect(theirs.status).toBe(200)
    expect(theirs.body.totalDocs).toBe(0)
    expect((await doors.rest('GET', 'disclosures/versions')).status).toBe(403)
  })

  it('requires a legal ground for 不予公开 and never publishes such an item', async () => {
    const noGround = await doors.rest('POST', 'disclosures?draft=true', {
      body: { ...policy, _status: 'draft', disclosureMode: 'not_disclosed' },
      token: editor,
    })
    expect(refusal(noGround)).toMatch(/^4\d\d .*不予公开须选择法定理由/)
    const recorded = await doors.rest('POST', 'disclosures?draft=true', {
      body: {
        ...policy,
        _status: 'draft',
        disclosureMode: 'not_disclosed',
        withholdingGround: 'state_secret',
      },
      token: editor,
    })
    expect(recorded.status).toBe(201)
    const withGround = await publish('disclosures', {
      ...policy,
      disclosureMode: 'not_disclosed',
      withholdingGround: 'state_secret',
    })
    expect(refusal(withGround)).toMatch(/^4\d\d .*不予公开的信息不能发布/)
  })

  it('requires what replaced an amended document', async () => {
    const reply = await publish('disclosures', { ...policy, validity: 'amended' })
    expect(refusal(reply)).toMatch(/^4\d\d .*已修订的文件须关联修订后的文件/)
  })

  it('changes each listed document when a cleanup result is published, or nothing at all', async () => {
    const old = (
      await publish('disclosures', { ...policy, documentNumber: '宣公〔2016〕8号', title: '旧规定' })
    ).body.doc
    const other = (
      await publish('disclosures', { ...policy, documentNumber: '宣公〔2017〕2号', title: '另一规定' })
    ).body.doc
    // An unpublished edit on a listed document blocks the whole cleanup result.
    await doors.rest('PATCH', `disclosures/${other.id}?draft=true`, {
      body: { title: '另一规定（修改中）', _status: 'draft' },
      token: editor,
    })
    const cleanup = {
      ...policy,
      cleanupItems: [
        { decision: 'repeal', document: old.id },
        { decision: 'expire', document: other.id },
      ],
      docType: 'cleanup_result',
      documentNumber: '宣公〔2026〕9号',
      title: '2026年规范性文件清理结果',
    }
    const blocked = await publish('disclosures', cleanup)
    expect(refusal(blocked)).toMatch(/^4\d\d .*有尚未发布的修改/)
    const untouched = await t.payload.findByID({ collection: 'disclosures', id: old.id })
    expect(untouched.validity).toBe('valid')

    await editAndPublish(doors, t.payload, 'disclosures', other.id, {}, editor)
    const done = await publish('disclosures', cleanup)
    expect(done.status).toBe(201)
    expect((await t.payload.findByID({ collection: 'disclosures', id: old.id })).validity).toBe('repealed')
    expect((await t.payload.findByID({ collection: 'disclosures', id: other.id })).validity).toBe('expired')
  })

  it('threads emergency stages on their first notice', async () => {
    const emergency = {
      ...policy,
      body: richText('事故发生后，交警部门第一时间到场处置。'),
      docType: 'emergency',
      documentNumber: '',
      openness: 'result',
      topic: 'public_order',
    }
    const noTime = await publish('disclosures', {
      ...emergency,
      stage: 'first',
      title: '关于某路段交通事故的情况通报',
    })
    expect(refusal(noTime)).toMatch(/^4\d\d .*首发信息须填写事件发生时间/)
    const first = await publish('disclosures', {
      ...emergency,
      eventOccurredAt: new Date(Date.now() - 3600_000).toISOString(),
      stage: 'first',
      title: '关于某路段交通事故的情况通报',
    })
    expect(first.status).toBe(201)
    const orphan = await publish('disclosures', { ...emergency, stage: 'progress', title: '进展通报' })
    expect(refusal(orphan)).toMatch(/^4\d\d .*进展和结果须关联首发信息/)
    const progress = await publish('disclosures', {
      ...emergency,
      stage: 'progress',
      thread: first.body.doc.id,
      title: '进展通报',
    })
    expect(progress.status).toBe(201)
    const thread = await t.payload.findByID({ collection: 'disclosures', id: first.body.doc.id })
    expect(thread.threadItems?.docs?.map((d) => (typeof d === 'object' ? d.id : d))).toContain(
      progress.body.doc.id,
    )
  })

  it('publishes an interpretation only after its policy, and links both ways', async () => {
    const draftPolicy = await doors.rest('POST', 'disclosures?draft=true', {
      body: { ...policy, _status: 'draft', title: '待发布的政策' },
      token: editor,
    })
    const interpretation = {
      firstInterpreter: { name: '张伟', position: '宣传科科长' },
      form: 'text',
      policy: draftPolicy.body.doc.id,
      title: '《待发布的政策》解读',
    }
    const early = await publish('interpretations', interpretation)
    expect(refusal(early)).toMatch(/^4\d\d .*所解读的政策尚未发布/)
    await editAndPublish(doors, t.payload, 'disclosures', draftPolicy.body.doc.id, {}, editor)
    const ok = await publish('interpretations', interpretation)
    expect(ok.status).toBe(201)
    const linked = await t.payload.findByID({ collection: 'disclosures', id: draftPolicy.body.doc.id })
    expect(linked.interpretations?.docs?.map((d) => (typeof d === 'object' ? d.id : d))).toContain(
      ok.body.doc.id,
    )
  })

  it('asks each interpretation form for its own material', async () => {
    const published = (await publish('disclosures', { ...policy, title: '图解对象' })).body.doc
    const base = { firstInterpreter: { name: '张伟', position: '科长' }, policy: published.id, title: '解读' }
    expect(refusal(await publish('interpretations', { ...base, form: 'graphic' }))).toMatch(
      /图解须至少上传一张图片/,
    )
    expect(refusal(await publish('interpretations', { ...base, form: 'video' }))).toMatch(
      /视频解读须上传视频文件或填写视频地址/,
    )
    const conference = await publish('interpretations', { ...base, form: 'press_conference' })
    expect(refusal(conference)).toMatch(/须填写举行时间/)
    expect(refusal(conference)).toMatch(/新闻发布会须填写地点/)
    expect(refusal(conference)).toMatch(/新闻发布会须填写至少一位发布人/)
  })

  it('requires the outcome each class of concern must publish', async () => {
    const response = {
      concern: '网传某地发生大规模人员聚集',
      concernClass: 'false_info',
      receivedAt: new Date().toISOString(),
      source: 'netizen_message',
      title: '关于网传信息的说明',
      topic: 'other',
    }
    const bare = await publish('responses', response)
    expect(refusal(bare)).toMatch(/虚假信息须发布辟谣内容/)
    expect(refusal(bare)).toMatch(/虚假信息须记录移交查处的单位/)
    const complete = await publish('responses', {
      ...response,
      body: richText('经核实，该信息不实。'),
      rebuttal: '经核实，网传信息系编造。',
      referral: { referredAt: new Date().toISOString(), referredTo: '网安支队' },
    })
    expect(complete.status).toBe(201)
    const suggestion = await publish('responses', { ...response, concernClass: 'suggestion' })
    expect(refusal(suggestion)).toMatch(/建设性意见须公开吸收采纳情况/)
  })
})
