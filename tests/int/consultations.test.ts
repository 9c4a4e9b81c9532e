import type { Where } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { serverURL } from '@/lib/env'
import { idOf } from '@/lib/roles'

import { canSeeCommenterData } from '../../collections/ConsultationComments/access'
import { CONSULTATION_COMMENTS, CONSULTATIONS } from '../../collections/Consultations/slugs'
import { seed } from '../../scripts/seed/index'
import { DEMO_PASSWORD } from '../../scripts/seed/users'
import { channelId } from './helpers/gate'
import { httpDoors, type Reply } from './helpers/http'
import { createAndPublish, editAndPublish } from './helpers/publishing'
import { describeOnDatabase, startPayload, type TestPayload } from './helpers/payload'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString()
/** Beijing time worked out independently of the code under test: UTC+8, no daylight saving. */
const beijing = (iso: string) =>
  new Date(new Date(iso).getTime() + 8 * HOUR).toISOString().slice(0, 16).replace('T', ' ')

const richText = (text: string) => ({
  root: {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [{ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 }],
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
      },
    ],
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  },
})

const PHONE = '13800138000'
const ADOPTION_REQUIRED = '采纳情况 (adoptionSummary) 必填：征求意见结束后须公布意见采纳情况'

// The local API's types do not know these collections until `npm run generate` (see slugs.ts).
type Row = Record<string, unknown> & { id: number | string }

describeOnDatabase('consultations and public comments (重大行政决策公众参与)', () => {
  let t: TestPayload
  let doors: Awaited<ReturnType<typeof httpDoors>>
  let postComment: (id: unknown, body: unknown, ip?: string) => Promise<Reply & { headers: Headers }>
  const token: Record<string, string> = {}
  const userId: Record<string, number | string> = {}
  const unitId: Record<string, number | string> = {}
  let open: Row
  let upcoming: Row
  let closed: Row
  let website: number | string
  let commentId: number | string

  const find = async (
    collection: typeof CONSULTATIONS | typeof CONSULTATION_COMMENTS,
    where: Where,
  ): Promise<Row[]> =>
    (await t.payload.find({ collection, depth: 0, limit: 200, where })).docs as unknown as Row[]
  const comment = async (id: number | string) =>
    (await t.payload.findByID({ collection: CONSULTATION_COMMENTS, depth: 0, id })) as unknown as Row

  /** `_status: 'published'` means: through the gate (submitted, three signatures, delivered). */
  const createConsultation = async (fields: Record<string, unknown>, who = 'editor.xck'): Promise<Reply> => {
    const { _status, ...rest } = fields
    const body = {
      draftText: richText('《宣城市户籍窗口服务规范（征求意见稿）》全文'),
      summary: '为方便群众办事，拟调整户籍窗口办理时间，现公开征求意见。',
      title: '关于调整户籍窗口办理时间的征求意见',
      ...rest,
    }
    if (_status === 'published') return createAndPublish(doors, t.payload, 'consultations', body, token[who])
    return doors.rest('POST', 'consultations', { body, token: token[who] })
  }
  const publishOpen = async (title: string) => {
    const reply = await createConsultation({
      _status: 'published',
      closesAt: at(7 * DAY),
      opensAt: at(-HOUR),
      title,
    })
    expect(reply.status).toBe(201)
    return reply.body.doc as Row
  }

  beforeAll(async () => {
    t = await startPayload()
    await seed(t.payload, { demoUsers: true })
    doors = await httpDoors()
    website = await channelId(t.payload)
    for (const who of [
      'admin.xck',
      'editor.xck',
      'reviewer.xck',
      'admin.xzfj',
      'editor.xzfj',
      'reviewer.xzfj',
    ]) {
      const email = `${who}@yangguang.example`
      token[who] = await doors.login(email, DEMO_PASSWORD)
      userId[who] = (
        await t.payload.find({ collection: 'users', where: { email: { equals: email } } })
      ).docs[0].id
    }
    for (const code of ['XCK', 'XZFJ']) {
      unitId[code] = (
        await t.payload.find({ collection: 'units', where: { code: { equals: code } } })
      ).docs[0].id
    }

    // The public form sends no token; the client address comes from the proxy's X-Forwarded-For.
    const { default: config } = await import('@payload-config')
    const { REST_POST } = await import('@payloadcms/next/routes')
    const post = REST_POST(config)
    postComment = async (id, body, ip) => {
      const url = new URL(`/api/consultations/${id}/comments`, serverURL())
      const request = new Request(url, {
        body: typeof body === 'string' ? body : JSON.stringify(body),
        headers: {
          'Content-Type': 'application/json',
          Origin: serverURL(),
          ...(ip ? { 'X-Forwarded-For': `${ip}, 10.0.0.1` } : {}),
        },
        method: 'POST',
      })
      const response = await post(request, {
        params: Promise.resolve({ slug: ['consultations', String(id), 'comments'] }),
      })
      const text = await response.text()
      return { body: text ? JSON.parse(text) : null, headers: response.headers, status: response.status }
    }
  })
  afterAll(async () => t?.cleanup())

  it('lets an editor create and publish a consultation, filed under their unit, with its phase computed', async () => {
    open = await publishOpen('关于调整户籍窗口办理时间的征求意见')
    expect(open._status).toBe('published')
    expect(open.phase).toBe('open')
    expect(idOf(open.unit)).toBe(unitId.XCK)
    expect(idOf(open.author)).toBe(userId['editor.xck'])

    const future = await createConsultation({
      _status: 'published',
      closesAt: at(30 * DAY),
      opensAt: at(DAY),
    })
    expect(future.status).toBe(201)
    upcoming = future.body.doc
    expect(upcoming.phase).toBe('upcoming')

    const past = await createConsultation({
      _status: 'published',
      adoptionSummary: '共收到意见 3 条，采纳 1 条。',
      closesAt: at(-DAY),
      opensAt: at(-30 * DAY),
    })
    expect(past.status).toBe(201)
    closed = past.body.doc
    expect(closed.phase).toBe('closed')

    const gql = await doors.graphql(
      `{ Consultation(id: ${JSON.stringify(open.id)}) { title phase _status } }`,
      token['reviewer.xck'],
    )
    expect(gql.body.data.Consultation).toEqual({
      _status: 'published',
      phase: 'open',
      title: '关于调整户籍窗口办理时间的征求意见',
    })
    // Published consultations are public information: other units read them but cannot change them.
    expect(
      (await doors.rest('GET', `consultations/${open.id}`, { token: token['editor.xzfj'] })).status,
    ).toBe(200)
    const foreignEdit = await doors.rest('PATCH', `consultations/${open.id}`, {
      body: { title: '他单位改写' },
      token: token['editor.xzfj'],
    })
    expect([403, 404]).toContain(foreignEdit.status)
  })

  it('refuses a closing time before the opening time, naming closesAt', async () => {
    const reply = await createConsultation({ closesAt: at(DAY), opensAt: at(2 * DAY) })
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].message).toBe('截止时间 (closesAt) 须晚于开始时间 (opensAt)')
  })

  it('accepts an anonymous comment while open: 201, pending, echoing no personal data', async () => {
    const reply = await postComment(
      open.id,
      { body: '  建议周六上午也开放户籍窗口，方便上班族办理。 ', contact: PHONE, name: '张三' },
      '203.0.113.10',
    )
    expect(reply.status).toBe(201)
    expect(reply.body).toEqual({
      id: expect.anything(),
      message: '意见已提交，审核后公开',
      status: 'pending',
    })
    commentId = reply.body.id

    const stored = await comment(commentId)
    expect(stored).toMatchObject({
      body: '建议周六上午也开放户籍窗口，方便上班族办理。',
      contact: PHONE,
      name: '张三',
      status: 'pending',
    })
    expect(idOf(stored.consultation)).toBe(open.id)
    expect(idOf(stored.unit)).toBe(unitId.XCK)
    expect(Date.now() - new Date(stored.submittedAt as string).getTime()).toBeLessThan(60_000)
    expect(stored.clientHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(stored)).not.toContain('203.0.113.10')

    // The stock REST door works too (no proxy header: the client counts as 'unknown').
    const viaRest = await doors.rest('POST', `consultations/${open.id}/comments`, {
      body: { body: '希望增加网上预约的名额。' },
    })
    expect(viaRest.status).toBe(201)
    expect(viaRest.body.status).toBe('pending')
  })

  it('refuses comments before opening, after closing and on unpublished consultations, saying when', async () => {
    const body = { body: '这是一条正常的意见内容。' }
    const early = await postComment(upcoming.id, body, '203.0.113.11')
    expect(early.status).toBe(409)
    expect(early.body.errors[0]).toEqual({
      field: 'consultation',
      message: `该征求意见尚未开始，将于 ${beijing(upcoming.opensAt as string)}（北京时间）开始接受意见`,
    })
    const late = await postComment(closed.id, body, '203.0.113.11')
    expect(late.status).toBe(409)
    expect(late.body.errors[0].message).toBe(
      `该征求意见已于 ${beijing(closed.closesAt as string)}（北京时间）结束，不再接受意见`,
    )

    const draft = await createConsultation({ closesAt: at(7 * DAY), opensAt: at(-HOUR) })
    expect(draft.body.doc._status).toBe('draft')
    for (const id of [draft.body.doc.id, 999_999, 'not-an-id']) {
      const missing = await postComment(id, body, '203.0.113.11')
      expect(missing.status).toBe(404)
      expect(missing.body.errors[0].message).toBe('该征求意见不存在或尚未发布 (consultation)')
    }
    const stored = await find(CONSULTATION_COMMENTS, {
      consultation: { in: [upcoming.id, closed.id, draft.body.doc.id] },
    })
    expect(stored).toHaveLength(0)
  })

  it('refuses invalid submissions naming the field, without counting them against the limit', async () => {
    const ip = '198.51.100.20'
    const cases: Array<[unknown, string, string]> = [
      [{}, 'body', '意见内容 (body) 不能为空'],
      [{ body: '太短了' }, 'body', '意见内容 (body) 至少 5 个字'],
      [{ body: '意'.repeat(2001) }, 'body', '意见内容 (body) 不能超过 2000 个字，当前 2001 个字'],
      [{ body: '。。。。！！！？？' }, 'body', '意见内容 (body) 不能只有标点符号或空白'],
      [
        { body: '参考 https://a.example https://b.example https://c.example https://d.example' },
        'body',
        '意见内容 (body) 最多包含 3 个链接',
      ],
      [{ body: '<b>加粗的意见内容</b>' }, 'body', '意见内容 (body) 不能包含 HTML 标签'],
      [{ body: '正常的意见内容', name: '名'.repeat(51) }, 'name', '姓名 (name) 不能超过 50 个字'],
      [
        { body: '正常的意见内容', contact: '微信 zhangsan' },
        'contact',
        '联系方式 (contact) 须为手机号码或电子邮箱',
      ],
    ]
    for (const [input, field, message] of cases) {
      const reply = await postComment(open.id, input, ip)
      expect(reply.status, message).toBe(400)
      expect(reply.body.errors).toEqual([{ field, message }])
    }
    const broken = await postComment(open.id, '{"body": ', ip)
    expect(broken.status).toBe(400)
    expect(broken.body.errors[0].message).toBe('提交内容须为 JSON：{ body, name?, contact? }')

    expect((await postComment(open.id, { body: '改正后的一条正常意见。' }, ip)).status).toBe(201)
  })

  it('allows 5 comments per consultation in 10 minutes per client: the 6th gets 429 and Retry-After', async () => {
    const ip = '198.51.100.30'
    for (let n = 1; n <= 5; n++) {
      expect((await postComment(open.id, { body: `第 ${n} 条意见：建议延长办理时间。` }, ip)).status).toBe(
        201,
      )
    }
    const sixth = await postComment(open.id, { body: '第 6 条意见：建议延长办理时间。' }, ip)
    expect(sixth.status).toBe(429)
    expect(sixth.body.errors[0].message).toBe('提交过于频繁，请 10 分钟后再试')
    const retryAfter = Number(sixth.headers.get('Retry-After'))
    expect(retryAfter).toBeGreaterThan(500)
    expect(retryAfter).toBeLessThanOrEqual(600)

    // Another client, and the same client on another consultation, are counted apart.
    expect((await postComment(open.id, { body: '另一位市民的意见内容。' }, '198.51.100.31')).status).toBe(201)
    const other = await publishOpen('关于优化出入境证件办理流程的征求意见')
    expect((await postComment(other.id, { body: '同一位市民对另一事项的意见。' }, ip)).status).toBe(201)
  })

  it('allows a client 20 comments an hour across consultations, then 429', async () => {
    const ip = '198.51.100.40'
    const consultations = []
    for (let n = 1; n <= 5; n++) consultations.push(await publishOpen(`第 ${n} 个征求意见事项`))
    for (const consultation of consultations.slice(0, 4)) {
      for (let n = 1; n <= 5; n++) {
        const reply = await postComment(consultation.id, { body: `对该事项的第 ${n} 条意见。` }, ip)
        expect(reply.status).toBe(201)
      }
    }
    const twentyFirst = await postComment(consultations[4].id, { body: '第 21 条意见内容。' }, ip)
    expect(twentyFirst.status).toBe(429)
    expect(Number(twentyFirst.headers.get('Retry-After'))).toBeGreaterThan(3000)
    expect(twentyFirst.body.errors[0].message).toBe('提交过于频繁，请 60 分钟后再试')
  })

  it('keeps comments from anonymous readers and writers, in REST and GraphQL', async () => {
    const list = await doors.rest('GET', 'consultation-comments')
    const one = await doors.rest('GET', `consultation-comments/${commentId}`)
    expect(list.status).toBe(403)
    expect(one.status).toBe(403)
    const gqlList = await doors.graphql('{ ConsultationComments { docs { body contact status } } }')
    expect(gqlList.body.data?.ConsultationComments ?? null).toBeNull()
    expect(gqlList.body.errors[0].extensions.statusCode).toBe(403)
    const gqlOne = await doors.graphql(
      `{ ConsultationComment(id: ${JSON.stringify(commentId)}) { body contact } }`,
    )
    expect(gqlOne.body.data?.ConsultationComment ?? null).toBeNull()
    for (const reply of [list, one, gqlList, gqlOne]) expect(JSON.stringify(reply.body)).not.toContain(PHONE)

    const created = await doors.rest('POST', 'consultation-comments', {
      body: { body: '绕过表单直接提交', consultation: open.id, status: 'approved' },
    })
    expect(created.status).toBe(403)
    const staffCreated = await doors.rest('POST', 'consultation-comments', {
      body: { body: '工作人员也不能代为提交', consultation: open.id },
      token: token['admin.xck'],
    })
    expect(staffCreated.status).toBe(403)
    const gqlCreate = await doors.graphql(
      `mutation { createConsultationComment(data: { body: "绕过表单", consultation: ${JSON.stringify(open.id)} }) { id } }`,
    )
    expect(gqlCreate.body.errors?.length).toBeGreaterThan(0)
    expect(await find(CONSULTATION_COMMENTS, { body: { contains: '绕过' } })).toHaveLength(0)
  })

  it('shows the contact to the owning unit and admins; other units see no comment at all', async () => {
    const own = await doors.rest('GET', `consultation-comments/${commentId}`, {
      token: token['reviewer.xck'],
    })
    expect(own.status).toBe(200)
    expect(own.body).toMatchObject({ clientHash: expect.stringMatching(/^[0-9a-f]{64}$/), contact: PHONE })
    const admin = await doors.graphql(
      `{ ConsultationComment(id: ${JSON.stringify(commentId)}) { contact } }`,
      token['admin.xzfj'],
    )
    expect(admin.body.data.ConsultationComment.contact).toBe(PHONE)

    const outsider = token['editor.xzfj']
    const list = await doors.rest('GET', 'consultation-comments?limit=100', { token: outsider })
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBe(0)
    const one = await doors.rest('GET', `consultation-comments/${commentId}`, { token: outsider })
    expect(one.status).toBe(404)
    const byContact = await doors.rest('GET', `consultation-comments?where[contact][equals]=${PHONE}`, {
      token: outsider,
    })
    const gql = await doors.graphql(
      '{ ConsultationComments(limit: 100) { totalDocs docs { contact } } }',
      outsider,
    )
    expect(gql.body.data.ConsultationComments.totalDocs).toBe(0)
    for (const reply of [list, one, byContact, gql]) expect(JSON.stringify(reply.body)).not.toContain(PHONE)

    // The field rule on its own, should a comment ever reach another unit's user by some other path.
    const doc = await comment(commentId)
    const sees = async (who?: string) => {
      const user = who ? await t.payload.findByID({ collection: 'users', id: userId[who] }) : null
      return canSeeCommenterData({ doc, req: { user } } as unknown as Parameters<
        typeof canSeeCommenterData
      >[0])
    }
    expect(await sees('reviewer.xck')).toBe(true)
    expect(await sees('admin.xzfj')).toBe(true)
    expect(await sees('editor.xzfj')).toBe(false)
    expect(await sees()).toBe(false)
  })

  it('lets a reviewer of the owning unit approve, stamping who and when, but never rewrite', async () => {
    const approve = await doors.rest('PATCH', `consultation-comments/${commentId}`, {
      body: { moderatedBy: userId['editor.xzfj'], moderationNote: '意见合理，予以采纳', status: 'approved' },
      token: token['reviewer.xck'],
    })
    expect(approve.status).toBe(200)
    expect(approve.body.doc.status).toBe('approved')
    expect(idOf(approve.body.doc.moderatedBy)).toBe(userId['reviewer.xck'])
    expect(Date.now() - new Date(approve.body.doc.moderatedAt).getTime()).toBeLessThan(60_000)

    const rewrite = await doors.rest('PATCH', `consultation-comments/${commentId}`, {
      body: { body: '被改写的意见' },
      token: token['reviewer.xck'],
    })
    expect(rewrite.status).toBe(403)
    expect(rewrite.body.errors[0].message).toBe(
      "公众提交的内容不能修改，只能审核 (body is the public's submission)",
    )
    expect((await comment(commentId)).body).toBe('建议周六上午也开放户籍窗口，方便上班族办理。')

    const [other] = await find(CONSULTATION_COMMENTS, { body: { equals: '希望增加网上预约的名额。' } })
    const byEditor = await doors.rest('PATCH', `consultation-comments/${other.id}`, {
      body: { status: 'rejected' },
      token: token['editor.xck'],
    })
    expect(byEditor.status).toBe(200)
    expect(idOf(byEditor.body.doc.moderatedBy)).toBe(userId['editor.xck'])
  })

  it('refuses moderation to staff of other units, in REST and GraphQL', async () => {
    for (const who of ['editor.xzfj', 'reviewer.xzfj']) {
      const patch = await doors.rest('PATCH', `consultation-comments/${commentId}`, {
        body: { status: 'rejected' },
        token: token[who],
      })
      expect(patch.status).toBe(403)
      const gql = await doors.graphql(
        `mutation { updateConsultationComment(id: ${JSON.stringify(commentId)}, data: { status: rejected }) { status } }`,
        token[who],
      )
      expect(gql.body.errors?.length).toBeGreaterThan(0)
    }
    expect((await comment(commentId)).status).toBe('approved')
  })

  it('moves comments with their consultation when an admin files it under another unit', async () => {
    const moved = await publishOpen('关于交通违法处理窗口调整的征求意见')
    const reply = await postComment(
      moved.id,
      { body: '建议在分局增设处理窗口。', contact: PHONE },
      '203.0.113.50',
    )
    expect(reply.status).toBe(201)
    const patch = await editAndPublish(
      doors,
      t.payload,
      'consultations',
      moved.id,
      { unit: unitId.XZFJ },
      token['admin.xck'],
    )
    expect(patch.status).toBe(200)
    expect(idOf((await comment(reply.body.id)).unit)).toBe(unitId.XZFJ)
    const branch = await doors.rest('GET', `consultation-comments/${reply.body.id}`, {
      token: token['reviewer.xzfj'],
    })
    expect(branch.status).toBe(200)
    expect(branch.body.contact).toBe(PHONE)
    const formerOwner = await doors.rest('GET', `consultation-comments/${reply.body.id}`, {
      token: token['reviewer.xck'],
    })
    expect(formerOwner.status).toBe(404)
  })

  it('refuses publishing after the close without an adoption summary, and publishes with one', async () => {
    const draft = await createConsultation({ closesAt: at(-HOUR), opensAt: at(-30 * DAY) })
    expect(draft.status).toBe(201)
    const id = draft.body.doc.id
    const editor = token['editor.xck']

    const submit = () =>
      doors.rest('POST', `consultations/${id}/submit`, { body: { channels: [website] }, token: editor })
    const bare = await submit()
    expect(bare.status).toBe(422)
    expect(bare.body.errors[0].message).toContain(ADOPTION_REQUIRED)
    const gql = await doors.graphql(
      `mutation { updateConsultation(id: ${JSON.stringify(id)}, data: { _status: published }) { id } }`,
      editor,
    )
    expect(gql.body.errors[0].message).toContain('提交审核')
    const early = await doors.rest('PATCH', `consultations/${id}?draft=true`, {
      body: { resultPublishedAt: at(0) },
      token: editor,
    })
    expect(early.status).toBe(400)
    expect(early.body.errors[0].message).toBe(
      '采纳情况 (adoptionSummary) 必填：公布结果 (resultPublishedAt) 前须填写意见采纳情况',
    )
    const [stillDraft] = await find(CONSULTATIONS, { id: { equals: id } })
    expect(stillDraft._status).toBe('draft')

    const published = await editAndPublish(
      doors,
      t.payload,
      'consultations',
      id,
      {
        adoptionSummary: '共收到意见 12 条，采纳 5 条；未采纳的主要理由是与上位法规定不一致。',
        resultPublishedAt: at(0),
      },
      editor,
    )
    expect(published.status).toBe(200)
    expect(published.body.doc).toMatchObject({ _status: 'published', phase: 'closed' })

    // Clearing the summary of the live item: not outside the gate, and not through it either.
    const live = await doors.rest('PATCH', `consultations/${id}`, {
      body: { adoptionSummary: '  ', resultPublishedAt: null },
      token: editor,
    })
    expect(live.status).toBe(403)
    const cleared = await doors.rest('PATCH', `consultations/${id}?draft=true`, {
      body: { adoptionSummary: '  ', resultPublishedAt: null },
      token: editor,
    })
    expect(cleared.status).toBe(200)
    const resubmitted = await submit()
    expect(resubmitted.status).toBe(422)
    expect(resubmitted.body.errors[0].message).toContain(ADOPTION_REQUIRED)
  })
})
