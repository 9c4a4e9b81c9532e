/**
 * 依申请公开 through the REST and GraphQL doors: who sees a request and its applicant, the reply clock
 * as stored, and the refusals editors meet (in Chinese, naming the field and the rule).
 */
import { afterAll, beforeAll, expect, it } from 'vitest'

import { canReadApplicant } from '../../collections/DisclosureRequests/access'
import { seed } from '../../scripts/seed/index'
import { seedSampleRequests } from '../../scripts/seed/requests'
import { DEMO_PASSWORD } from '../../scripts/seed/users'
import { httpDoors, type Reply } from './helpers/http'
import { describeOnDatabase, startPayload, type TestPayload } from './helpers/payload'

/** All the words a refusal carries, wherever Payload put them. */
const said = (reply: Reply) => JSON.stringify(reply.body)

const applicant = {
  address: '宣城市某路1号',
  idNumber: '340000199001011234',
  name: '测试申请人',
  phone: '13800000000',
}

describeOnDatabase('disclosure requests (依申请公开)', () => {
  let t: TestPayload
  let doors: Awaited<ReturnType<typeof httpDoors>>
  const token: Record<string, string> = {}
  let requestId: number | string

  beforeAll(async () => {
    t = await startPayload()
    await seed(t.payload, { demoUsers: true })
    doors = await httpDoors()
    for (const who of ['admin.xck', 'editor.xck', 'editor.xzfj', 'reviewer.xzfj', 'admin.xzfj']) {
      token[who] = await doors.login(`${who}@yangguang.example`, DEMO_PASSWORD)
    }
    const created = await doors.rest('POST', 'disclosure-requests', {
      body: {
        applicant,
        applicantType: 'natural_person',
        channel: 'online',
        // Friday before 国庆 2025: the 20th working day is Thu Oct 30.
        receivedOn: '2025-09-26T00:00:00.000+08:00',
        subject: '申请公开某路段2025年交通事故统计数据',
      },
      token: token['editor.xzfj'],
    })
    expect(created.status).toBe(201)
    requestId = created.body.doc.id
  })
  afterAll(async () => t?.cleanup())

  it('files the request under the editor’s unit with its statutory deadline', async () => {
    const read = await doors.rest('GET', `disclosure-requests/${requestId}`, { token: token['editor.xzfj'] })
    expect(read.body.deadline).toBe('2025-10-30T15:59:59.999Z')
    expect(read.body.deadlineState).toBe('overdue')
    expect(read.body.deadlineCalendarNote ?? null).toBeNull()
    const xzfj = await t.payload.find({ collection: 'units', where: { code: { equals: 'XZFJ' } } })
    expect(read.body.unit.id ?? read.body.unit).toBe(xzfj.docs[0].id)
    expect(read.body.applicant).toMatchObject(applicant)
  })

  it('says when a deadline was counted without the official holidays of its year, in both doors', async () => {
    const created = await doors.rest('POST', 'disclosure-requests', {
      body: {
        applicant,
        applicantType: 'natural_person',
        channel: 'online',
        // 20 working days from Dec 20 2026 end in January 2027, whose holidays are not published yet.
        receivedOn: '2026-12-20T00:00:00.000+08:00',
        subject: '申请公开某派出所2026年户籍业务办理量',
      },
      token: token['editor.xzfj'],
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const read = await doors.rest('GET', `disclosure-requests/${id}`, { token: token['editor.xzfj'] })
    expect(read.body.deadline.startsWith('2027-01')).toBe(true)
    expect(read.body.deadlineCalendarNote).toContain('2027年法定节假日安排尚未收录')
    const gql = await doors.graphql(
      `{ DisclosureRequest(id: ${JSON.stringify(id)}) { deadlineCalendarNote } }`,
      token['editor.xzfj'],
    )
    expect(gql.body.data.DisclosureRequest.deadlineCalendarNote).toContain('人工核对')
    await t.payload.delete({ collection: 'disclosure-requests', id })
  })

  it('shows the request and its applicant to the unit’s reviewer and to admins, in both doors', async () => {
    for (const who of ['reviewer.xzfj', 'admin.xck']) {
      const rest = await doors.rest('GET', `disclosure-requests/${requestId}`, { token: token[who] })
      expect(rest.status).toBe(200)
      expect(rest.body.applicant.idNumber).toBe(applicant.idNumber)
      const gql = await doors.graphql(
        `{ DisclosureRequest(id: ${JSON.stringify(requestId)}) { subject applicant { name idNumber phone } } }`,
        token[who],
      )
      expect(gql.body.data.DisclosureRequest.applicant).toMatchObject({
        idNumber: applicant.idNumber,
        name: applicant.name,
      })
    }
  })

  it('shows another unit nothing of it, and the public nothing at all, in both doors', async () => {
    const list = await doors.rest('GET', 'disclosure-requests', { token: token['editor.xck'] })
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBe(0)
    const one = await doors.rest('GET', `disclosure-requests/${requestId}`, { token: token['editor.xck'] })
    expect([403, 404]).toContain(one.status)
    expect(said(one)).not.toContain(applicant.idNumber)
    const gqlList = await doors.graphql(
      '{ DisclosureRequests { totalDocs docs { subject } } }',
      token['editor.xck'],
    )
    expect(gqlList.body.data.DisclosureRequests.totalDocs).toBe(0)
    const gqlOne = await doors.graphql(
      `{ DisclosureRequest(id: ${JSON.stringify(requestId)}) { subject applicant { idNumber } } }`,
      token['editor.xck'],
    )
    expect(gqlOne.body.data?.DisclosureRequest ?? null).toBeNull()
    expect(said(gqlOne)).not.toContain(applicant.idNumber)

    const anonymous = await doors.rest('GET', 'disclosure-requests')
    expect(anonymous.status).toBe(403)
    const anonymousGql = await doors.graphql('{ DisclosureRequests { docs { subject applicant { name } } } }')
    expect(anonymousGql.body.data?.DisclosureRequests ?? null).toBeNull()
    expect(said(anonymousGql)).not.toContain(applicant.name)
  })

  it('keeps the applicant field to the handling unit even where the record itself were readable', async () => {
    const [xck, xzfj] = await Promise.all(
      ['editor.xck', 'reviewer.xzfj'].map(async (who) => {
        const found = await t.payload.find({
          collection: 'users',
          where: { email: { equals: `${who}@yangguang.example` } },
        })
        return found.docs[0]
      }),
    )
    const doc = await t.payload.findByID({ collection: 'disclosure-requests', depth: 0, id: requestId })
    const ask = (user: typeof xck) => canReadApplicant({ doc, req: { user } } as never)
    expect(ask(xck)).toBe(false)
    expect(ask(xzfj)).toBe(true)
  })

  it('refuses writes from reviewers, other units and the public, in both doors', async () => {
    const byReviewer = await doors.rest('POST', 'disclosure-requests', {
      body: { applicantType: 'commercial', receivedOn: '2025-10-09', subject: '审核人登记' },
      token: token['reviewer.xzfj'],
    })
    expect(byReviewer.status).toBe(403)
    const byOtherUnit = await doors.rest('PATCH', `disclosure-requests/${requestId}`, {
      body: { subject: '他单位篡改' },
      token: token['editor.xck'],
    })
    expect([403, 404]).toContain(byOtherUnit.status)
    const gql = await doors.graphql(
      `mutation { updateDisclosureRequest(id: ${JSON.stringify(requestId)}, data: { subject: "他单位篡改" }) { subject } }`,
      token['editor.xck'],
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    const anonymous = await doors.rest('POST', 'disclosure-requests', {
      body: { applicantType: 'commercial', receivedOn: '2025-10-09', subject: '匿名登记' },
    })
    expect(anonymous.status).toBe(403)
    const xck = (await t.payload.find({ collection: 'units', where: { code: { equals: 'XCK' } } })).docs[0].id
    const foreign = await doors.rest('POST', 'disclosure-requests', {
      body: { applicantType: 'commercial', receivedOn: '2025-10-09', subject: '登记到他单位', unit: xck },
      token: token['editor.xzfj'],
    })
    expect(foreign.status).toBe(403)
    expect(said(foreign)).toContain('只能在本单位名下')
    // On update the unit field is an admin's alone: an editor's attempt leaves the request where it is.
    await doors.rest('PATCH', `disclosure-requests/${requestId}`, {
      body: { unit: xck },
      token: token['editor.xzfj'],
    })
    const after = await t.payload.findByID({ collection: 'disclosure-requests', depth: 0, id: requestId })
    expect(after.subject).toBe('申请公开某路段2025年交通事故统计数据')
    expect(after.unit).not.toBe(xck)
  })

  it('refuses an outcome without its reason, a reply before receipt and a reason-less reply, naming the field', async () => {
    const patch = (body: object) =>
      doors.rest('PATCH', `disclosure-requests/${requestId}`, { body, token: token['editor.xzfj'] })
    const noReason = await patch({ outcome: 'withheld', repliedOn: '2025-10-20' })
    expect(noReason.status).toBe(400)
    expect(said(noReason)).toContain('refusalReason')
    expect(said(noReason)).toContain('不予公开')
    const early = await patch({ outcome: 'disclosed', repliedOn: '2025-09-20' })
    expect(early.status).toBe(400)
    expect(said(early)).toContain('答复日期不能早于收到申请日期')
    const noOutcome = await patch({ repliedOn: '2025-10-20' })
    expect(noOutcome.status).toBe(400)
    expect(said(noOutcome)).toContain('outcome')
  })

  it('allows one extension of at most 20 working days, approved within the ordinary period', async () => {
    const patch = (extension: object) =>
      doors.rest('PATCH', `disclosure-requests/${requestId}`, {
        body: { extension },
        token: token['editor.xzfj'],
      })
    const tooLong = await patch({ approved: true, approvedOn: '2025-10-20', days: 21, reason: '需调取档案' })
    expect(tooLong.status).toBe(400)
    expect(said(tooLong)).toContain('extension.days')
    const tooLate = await patch({ approved: true, approvedOn: '2025-11-03', days: 10, reason: '需调取档案' })
    expect(tooLate.status).toBe(400)
    expect(said(tooLate)).toContain('原答复期限')
    const granted = await patch({ approved: true, approvedOn: '2025-10-20', days: 10, reason: '需调取档案' })
    expect(granted.status).toBe(200)
    // Ten working days after Thu Oct 30: Oct 31, Nov 3–7, Nov 10–13 → Thu Nov 13.
    expect(granted.body.doc.deadline).toBe('2025-11-13T15:59:59.999Z')
    const again = await patch({ approved: true, approvedOn: '2025-10-20', days: 20, reason: '再次延期' })
    expect(again.status).toBe(400)
    expect(said(again)).toContain('只能延长一次')
    const withdrawn = await patch({ approved: false })
    expect(withdrawn.status).toBe(400)
  })

  it('stops the clock during an open pause and restarts it after a 补正', async () => {
    const created = await doors.rest('POST', 'disclosure-requests', {
      body: {
        applicantType: 'research',
        pauses: [{ from: '2025-09-17T00:00:00.000+08:00', kind: 'correction' }],
        receivedOn: '2025-09-15T00:00:00.000+08:00',
        subject: '申请公开某年度警力配置情况',
      },
      token: token['editor.xzfj'],
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.deadline ?? null).toBeNull()
    const closed = await doors.rest('PATCH', `disclosure-requests/${created.body.doc.id}`, {
      body: {
        pauses: [
          { from: '2025-09-17T00:00:00.000+08:00', kind: 'correction', to: '2025-09-26T00:00:00.000+08:00' },
        ],
      },
      token: token['editor.xzfj'],
    })
    expect(closed.status).toBe(200)
    expect(closed.body.doc.deadline).toBe('2025-10-30T15:59:59.999Z')
  })

  it('records registration, extension and reply in the audit trail without personal data', async () => {
    const replied = await doors.rest('PATCH', `disclosure-requests/${requestId}`, {
      body: { outcome: 'disclosed', repliedOn: '2025-11-10T00:00:00.000+08:00' },
      token: token['editor.xzfj'],
    })
    expect(replied.status).toBe(200)
    expect(replied.body.doc.deadlineState).toBe('done_on_time')
    const audit = await t.payload.find({
      collection: 'audit-events',
      where: {
        and: [
          { targetCollection: { equals: 'disclosure-requests' } },
          { targetId: { equals: String(requestId) } },
        ],
      },
    })
    expect(audit.docs.map((row) => row.action).sort()).toEqual([
      'request_extended',
      'request_received',
      'request_replied',
    ])
    expect(JSON.stringify(audit.docs)).not.toContain(applicant.idNumber)
  })

  it('seeds sample requests once, showing the clock running, paused, extended, overdue and done', async () => {
    const units = await t.payload.find({ collection: 'units', limit: 100 })
    const users = await t.payload.find({ collection: 'users', limit: 100 })
    const ids = {
      units: new Map(units.docs.map((unit) => [unit.code, unit.id] as [string, number | string])),
      users: new Map(users.docs.map((user) => [user.email, user.id] as [string, number | string])),
    }
    expect(await seedSampleRequests(t.payload, ids)).toBe(6)
    expect(await seedSampleRequests(t.payload, ids)).toBe(0)
    const seeded = await doors.rest('GET', 'disclosure-requests?limit=50&where[subject][contains]=申请公开', {
      token: token['reviewer.xzfj'],
    })
    const states = seeded.body.docs.map((doc: { deadline?: string; deadlineState?: string }) =>
      doc.deadline ? doc.deadlineState : 'paused',
    )
    expect(states).toEqual(expect.arrayContaining(['running', 'paused', 'overdue', 'done_on_time']))
  })
})
