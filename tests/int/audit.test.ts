import { afterAll, beforeAll, expect, it } from 'vitest'

import { seed } from '../../scripts/seed/index'
import { DEMO_PASSWORD } from '../../scripts/seed/users'
import { policy } from './fixtures/content'
import { httpDoors } from './helpers/http'
import { createAndPublish } from './helpers/publishing'
import { describeOnDatabase, startPayload, type TestPayload } from './helpers/payload'

describeOnDatabase('audit events: every publication and account change, written once, never altered', () => {
  let t: TestPayload
  let doors: Awaited<ReturnType<typeof httpDoors>>
  let editor: string
  let admin: string

  beforeAll(async () => {
    t = await startPayload()
    await seed(t.payload, { demoUsers: true })
    doors = await httpDoors()
    editor = await doors.login('editor.xck@yangguang.example', DEMO_PASSWORD)
    admin = await doors.login('admin.xck@yangguang.example', DEMO_PASSWORD)
  })
  afterAll(async () => t?.cleanup())

  const events = async (action: string) =>
    (
      await t.payload.find({
        collection: 'audit-events',
        depth: 1,
        sort: '-occurredAt',
        where: { action: { equals: action } },
      })
    ).docs

  it('records a submission with its actor and unit, and the publication with its ticket and 索引号', async () => {
    const reply = await createAndPublish(
      doors,
      t.payload,
      'disclosures',
      { ...policy, title: '需要审计的发布' },
      editor,
    )
    expect(reply.status).toBe(201)
    const [submitted] = await events('review_submitted')
    expect(submitted).toMatchObject({ targetCollection: 'disclosures', targetId: String(reply.body.doc.id) })
    expect(typeof submitted.actor === 'object' && submitted.actor?.email).toBe('editor.xck@yangguang.example')
    expect(typeof submitted.actorUnit === 'object' && submitted.actorUnit?.code).toBe('XCK')
    expect(submitted).toMatchObject({
      actorLabel: '王晓明 <editor.xck@yangguang.example>',
      actorUnitLabel: '宣传科（XCK）',
    })
    // The delivery job publishes on behalf of the approval: the row names the ticket that allowed it.
    const [event] = await events('content_published')
    expect(event).toMatchObject({
      actorLabel: '系统 (system)',
      summary: '发布：需要审计的发布',
      targetCollection: 'disclosures',
      targetId: String(reply.body.doc.id),
      targetVersion: reply.body.doc.updatedAt,
    })
    expect(event.details).toMatchObject({
      indexNumber: reply.body.doc.indexNumber,
      ticket: expect.anything(),
    })
  })

  it('records unpublishing and deletion', async () => {
    const doc = (
      await createAndPublish(doors, t.payload, 'disclosures', { ...policy, title: '将被撤回的信息' }, editor)
    ).body.doc
    const retracted = await doors.rest('POST', `disclosures/${doc.id}/retract`, {
      body: { reason: '信息有误' },
      token: editor,
    })
    expect(retracted.status).toBe(200)
    expect((await events('content_unpublished'))[0].summary).toBe('撤回发布：将被撤回的信息')
    expect((await doors.rest('DELETE', `disclosures/${doc.id}`, { token: admin })).status).toBe(200)
    expect((await events('content_deleted'))[0]).toMatchObject({ summary: '删除：将被撤回的信息' })
  })

  it('records account creation and a change of roles, with before and after', async () => {
    const unit = (await t.payload.find({ collection: 'units', where: { code: { equals: 'XCK' } } })).docs[0]
    const created = await doors.rest('POST', 'users', {
      body: {
        email: 'audit@yangguang.example',
        name: '审计对象',
        password: 'long-enough-1',
        roles: ['editor'],
        unit: unit.id,
      },
      token: admin,
    })
    expect(created.status).toBe(201)
    expect((await events('user_created'))[0].summary).toBe('创建用户：审计对象（audit@yangguang.example）')
    await doors.rest('PATCH', `users/${created.body.doc.id}`, {
      body: { roles: ['editor', 'reviewer'] },
      token: admin,
    })
    const [change] = await events('user_access_changed')
    expect(change.details).toMatchObject({ after: { roles: 'editor,reviewer' }, before: { roles: 'editor' } })
  })

  it('still says who acted after the account is deleted', async () => {
    const unit = (await t.payload.find({ collection: 'units', where: { code: { equals: 'XCK' } } })).docs[0]
    const temp = await doors.rest('POST', 'users', {
      body: {
        email: 'temp@yangguang.example',
        name: '临时撰稿人',
        password: 'long-enough-2',
        roles: ['editor'],
        unit: unit.id,
      },
      token: admin,
    })
    const token = await doors.login('temp@yangguang.example', 'long-enough-2')
    const published = await createAndPublish(
      doors,
      t.payload,
      'disclosures',
      { ...policy, title: '临时撰稿人的发布' },
      token,
    )
    expect(published.status, JSON.stringify(published.body)).toBe(201)
    const doc = published.body.doc
    expect((await doors.rest('DELETE', `users/${temp.body.doc.id}`, { token: admin })).status).toBe(200)
    const [event] = (
      await t.payload.find({
        collection: 'audit-events',
        where: {
          and: [{ targetId: { equals: String(doc.id) } }, { action: { equals: 'review_submitted' } }],
        },
      })
    ).docs
    expect(event.actorLabel).toBe('临时撰稿人 <temp@yangguang.example>')
    expect((await events('user_deleted'))[0].summary).toBe('删除用户：临时撰稿人（temp@yangguang.example）')
  })

  it('shows the log to admins only', async () => {
    expect((await doors.rest('GET', 'audit-events', { token: admin })).body.totalDocs).toBeGreaterThan(0)
    expect((await doors.rest('GET', 'audit-events', { token: editor })).status).toBe(403)
    expect([401, 403]).toContain((await doors.rest('GET', 'audit-events')).status)
    expect(
      (await doors.graphql('{ AuditEvents { totalDocs } }', editor)).body.errors?.length,
    ).toBeGreaterThan(0)
  })

  it('lets nobody change or delete a row: not an admin through REST or GraphQL, not code through the Local API', async () => {
    const [event] = await events('content_published')
    const patch = await doors.rest('PATCH', `audit-events/${event.id}`, {
      body: { summary: '改写' },
      token: admin,
    })
    expect(patch.status).toBe(403)
    expect((await doors.rest('DELETE', `audit-events/${event.id}`, { token: admin })).status).toBe(403)
    expect(
      (await doors.rest('POST', 'audit-events', { body: { summary: '伪造' }, token: admin })).status,
    ).toBe(403)
    const gql = await doors.graphql(
      `mutation { updateAuditEvent(id: ${JSON.stringify(event.id)}, data: { summary: "改写" }) { id } }`,
      admin,
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    await expect(
      t.payload.update({
        collection: 'audit-events',
        data: { summary: '改写' },
        id: event.id,
        overrideAccess: true,
      }),
    ).rejects.toThrow(/审计日志只能新增/)
    await expect(
      t.payload.delete({ collection: 'audit-events', id: event.id, overrideAccess: true }),
    ).rejects.toThrow(/审计日志只能新增/)
    const unchanged = await t.payload.findByID({ collection: 'audit-events', id: event.id })
    expect(unchanged.summary).toBe(event.summary)
  })
})
