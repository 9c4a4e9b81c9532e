/**
 * The authorization matrix of the gate: role × unit × item state × action × door (REST and GraphQL).
 * Every cell states what must happen; every refusal must leave an audit row.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'

import { seed } from '../../scripts/seed/index'
import { DEMO_PASSWORD } from '../../scripts/seed/users'
import { policy, richText } from './fixtures/content'
import { channelId, runDeliveries, signAllStages } from './helpers/gate'
import { httpDoors, type Reply } from './helpers/http'
import { describeOnDatabase, startPayload, type TestPayload } from './helpers/payload'

type Actor =
  'admin' | 'anonymous' | 'editorOther' | 'editorOwn' | 'reviewerOther' | 'reviewerOwn' | 'reviewerOwner'
type State = 'draft' | 'pending' | 'published'
const ACTORS: Actor[] = [
  'anonymous',
  'editorOwn',
  'editorOther',
  'reviewerOwn',
  'reviewerOwner',
  'reviewerOther',
  'admin',
]
const LOGINS: Record<Exclude<Actor, 'anonymous'>, string> = {
  admin: 'admin.xck',
  editorOther: 'editor.xck',
  editorOwn: 'editor.xzfj',
  reviewerOther: 'reviewer.ningguo',
  reviewerOwn: 'reviewer.xzfj',
  reviewerOwner: 'reviewer.xck',
}

describeOnDatabase('authorization matrix of the review gate (REST and GraphQL)', () => {
  let t: TestPayload
  let doors: Awaited<ReturnType<typeof httpDoors>>
  const token: Partial<Record<Actor, string>> = {}
  let website: number | string
  let counter = 0

  beforeAll(async () => {
    t = await startPayload()
    await seed(t.payload, { demoUsers: true })
    const ningguo = (await t.payload.find({ collection: 'units', where: { code: { equals: 'NINGGUO' } } }))
      .docs[0]
    await t.payload.create({
      collection: 'users',
      data: {
        email: 'reviewer.ningguo@yangguang.example',
        name: '钱进',
        password: DEMO_PASSWORD,
        roles: ['reviewer'],
        unit: ningguo.id,
      },
    })
    doors = await httpDoors()
    for (const [actor, login] of Object.entries(LOGINS))
      token[actor as Actor] = await doors.login(`${login}@yangguang.example`, DEMO_PASSWORD)
    website = await channelId(t.payload)
  })
  afterAll(async () => t?.cleanup())

  /** A fresh item of 宣州分局 in the given state; pending means submitted to the website, 初审 unsigned. */
  async function item(state: State) {
    const created = await doors.rest('POST', 'disclosures?draft=true', {
      body: { ...policy, body: richText('矩阵测试正文。'), title: `矩阵测试 ${++counter}` },
      token: token.editorOwn,
    })
    const id = created.body.doc.id as number | string
    let ticket: number | string | undefined
    if (state !== 'draft') {
      const submitted = await doors.rest('POST', `disclosures/${id}/submit`, {
        body: { channels: [website] },
        token: token.editorOwn,
      })
      ticket = submitted.body.tickets[0].id
    }
    if (state === 'published') {
      await signAllStages(t.payload, ticket!)
      await runDeliveries(t.payload)
    }
    return { id, ticket }
  }

  const refusedRows = async () =>
    (await t.payload.count({ collection: 'audit-events', where: { action: { equals: 'refused' } } }))
      .totalDocs

  /** Runs one attempt; asserts allowed or refused, and that a refusal is on record. */
  async function attempt(label: string, allowed: boolean, run: () => Promise<Reply>) {
    const before = await refusedRows()
    const reply = await run()
    const gqlErrors = reply.body?.errors?.length ?? 0
    const ok = reply.status < 300 && !gqlErrors
    expect(
      ok,
      `${label}: expected ${allowed ? 'allowed' : 'refused'}, got ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`,
    ).toBe(allowed)
    if (!allowed) expect(await refusedRows(), `${label}: refusal must be audited`).toBeGreaterThan(before)
  }

  const gql = (query: string, actor: Actor) => doors.graphql(query, token[actor])

  it('publishing outside the gate is refused to everyone, in every state, through REST and GraphQL', async () => {
    for (const state of ['draft', 'pending', 'published'] as State[]) {
      const { id } = await item(state)
      for (const actor of ACTORS) {
        await attempt(`${actor} REST publish ${state}`, false, () =>
          doors.rest('PATCH', `disclosures/${id}`, { body: { _status: 'published' }, token: token[actor] }),
        )
        await attempt(`${actor} GraphQL publish ${state}`, false, () =>
          gql(
            `mutation { updateDisclosure(id: ${JSON.stringify(id)}, data: { _status: published }) { id } }`,
            actor,
          ),
        )
      }
      // Creating an item straight into the published state is no way round.
      await attempt(`admin REST create published`, false, () =>
        doors.rest('POST', 'disclosures', {
          body: { ...policy, _status: 'published', title: '直接发布' },
          token: token.admin,
        }),
      )
    }
  })

  it('the Local API with a user, and server code with access overridden, cannot publish or deliver either', async () => {
    const { id } = await item('draft')
    const admin = (
      await t.payload.find({
        collection: 'users',
        where: { email: { equals: 'admin.xck@yangguang.example' } },
      })
    ).docs[0]
    await expect(
      t.payload.update({
        collection: 'disclosures',
        data: { _status: 'published' },
        id,
        overrideAccess: false,
        user: { ...admin, collection: 'users' },
      }),
    ).rejects.toThrow(/提交审核/)
    await expect(
      t.payload.update({ collection: 'disclosures', data: { _status: 'published' }, id }),
    ).rejects.toThrow(/提交审核/)
    const { ticket } = await item('pending')
    const pending = await t.payload.findByID({ collection: 'reviews', depth: 0, id: ticket! })
    await expect(
      t.payload.create({
        collection: 'deliveries',
        data: {
          channel: website as number,
          contentHash: pending.contentHash,
          itemKey: pending.itemKey,
          ticket: pending.id,
        } as never,
      }),
    ).rejects.toThrow(/审核通过的工单/)
    await expect(
      t.payload.create({
        collection: 'reviews',
        data: { ...pending, id: undefined, state: 'approved' } as never,
      }),
    ).rejects.toThrow(/审核中/)
    expect((await t.payload.findByID({ collection: 'disclosures', depth: 0, id }))._status).toBe('draft')
  })

  it('unpublishing, restoring a version live and deleting a live item are refused outside the gate', async () => {
    const { id } = await item('published')
    await attempt('admin REST unpublish', false, () =>
      doors.rest('PATCH', `disclosures/${id}`, { body: { _status: 'draft' }, token: token.admin }),
    )
    await attempt('admin REST update live item without draft', false, () =>
      doors.rest('PATCH', `disclosures/${id}`, { body: { title: '直接改已发布' }, token: token.admin }),
    )
    await attempt('admin REST delete live item', false, () =>
      doors.rest('DELETE', `disclosures/${id}`, { token: token.admin }),
    )
    await attempt('admin GraphQL delete live item', false, () =>
      gql(`mutation { deleteDisclosure(id: ${JSON.stringify(id)}) { id } }`, 'admin'),
    )
    const versions = await t.payload.findVersions({
      collection: 'disclosures',
      where: { parent: { equals: id } },
    })
    await attempt('admin REST restore version live', false, () =>
      doors.rest('POST', `disclosures/versions/${versions.docs[0].id}`, { token: token.admin }),
    )
    expect((await t.payload.findByID({ collection: 'disclosures', depth: 0, id }))._status).toBe('published')
  })

  it('editing a draft: own unit’s editors and admins only, through both doors', async () => {
    const { id } = await item('draft')
    const allowed: Actor[] = ['editorOwn', 'admin']
    for (const actor of ACTORS) {
      await attempt(`${actor} REST edit draft`, allowed.includes(actor), () =>
        doors.rest('PATCH', `disclosures/${id}?draft=true`, {
          body: { title: `改稿 ${actor}` },
          token: token[actor],
        }),
      )
      await attempt(`${actor} GraphQL edit draft`, allowed.includes(actor), () =>
        gql(
          `mutation { updateDisclosure(id: ${JSON.stringify(id)}, draft: true, data: { title: "GraphQL改稿 ${actor}" }) { id } }`,
          actor,
        ),
      )
    }
  })

  it('submitting: own unit’s editors and admins only', async () => {
    for (const actor of ACTORS) {
      const { id } = await item('draft')
      const allowed = actor === 'editorOwn' || actor === 'admin'
      await attempt(`${actor} submit`, allowed, () =>
        doors.rest('POST', `disclosures/${id}/submit`, {
          body: { channels: [website] },
          token: token[actor],
        }),
      )
    }
  })

  it('signing 初审: only a reviewer of the author’s unit', async () => {
    for (const actor of ACTORS) {
      const { ticket } = await item('pending')
      await attempt(`${actor} signs 初审`, actor === 'reviewerOwn', () =>
        doors.rest('POST', `reviews/${ticket}/decision`, {
          body: {
            checklist: { legal: true, political: true, secrecy: true, wording: true },
            decision: 'approve',
          },
          token: token[actor],
        }),
      )
    }
  })

  it('retracting a live item: its unit, the account owner’s reviewers and admins', async () => {
    const allowed: Actor[] = ['editorOwn', 'reviewerOwn', 'reviewerOwner', 'admin']
    for (const actor of ACTORS) {
      const { id } = await item('published')
      await attempt(`${actor} retracts`, allowed.includes(actor), () =>
        doors.rest('POST', `disclosures/${id}/retract`, {
          body: { reason: '矩阵测试撤回' },
          token: token[actor],
        }),
      )
    }
  })

  it('tickets, deliveries and audit rows cannot be written through any door, by anyone', async () => {
    const { ticket } = await item('published')
    const [delivery] = (
      await t.payload.find({ collection: 'deliveries', where: { ticket: { equals: ticket } } })
    ).docs
    const [event] = (await t.payload.find({ collection: 'audit-events', limit: 1 })).docs
    for (const actor of ACTORS) {
      await attempt(`${actor} REST create ticket`, false, () =>
        doors.rest('POST', 'reviews', {
          body: { contentHash: 'x', itemKey: 'x', title: 'x' },
          token: token[actor],
        }),
      )
      await attempt(`${actor} REST approve ticket by PATCH`, false, () =>
        doors.rest('PATCH', `reviews/${ticket}`, { body: { state: 'approved' }, token: token[actor] }),
      )
      await attempt(`${actor} REST create delivery`, false, () =>
        doors.rest('POST', 'deliveries', {
          body: { contentHash: 'x', itemKey: 'x', ticket },
          token: token[actor],
        }),
      )
      await attempt(`${actor} REST edit delivery`, false, () =>
        doors.rest('PATCH', `deliveries/${delivery.id}`, { body: { state: 'queued' }, token: token[actor] }),
      )
      await attempt(`${actor} REST delete audit row`, false, () =>
        doors.rest('DELETE', `audit-events/${event.id}`, { token: token[actor] }),
      )
      await attempt(`${actor} REST edit audit row`, false, () =>
        doors.rest('PATCH', `audit-events/${event.id}`, { body: { summary: '篡改' }, token: token[actor] }),
      )
      await attempt(`${actor} GraphQL approve ticket`, false, () =>
        gql(
          `mutation { updateReview(id: ${JSON.stringify(ticket)}, data: { state: approved }) { id } }`,
          actor,
        ),
      )
      await attempt(`${actor} GraphQL delete delivery`, false, () =>
        gql(`mutation { deleteDelivery(id: ${JSON.stringify(delivery.id)}) { id } }`, actor),
      )
      await attempt(`${actor} GraphQL delete audit row`, false, () =>
        gql(`mutation { deleteAuditEvent(id: ${JSON.stringify(event.id)}) { id } }`, actor),
      )
    }
    const after = await t.payload.findByID({ collection: 'deliveries', id: delivery.id })
    expect(after.state).toBe('delivered')
  })

  it('reading: a draft stays with its unit; the reviewing units read what was submitted in the ticket', async () => {
    const { id, ticket } = await item('pending')
    const readsDraft: Actor[] = ['editorOwn', 'reviewerOwn', 'admin']
    const readsTicket: Actor[] = ['editorOwn', 'reviewerOwn', 'reviewerOwner', 'admin']
    for (const actor of ACTORS) {
      const rest = await doors.rest('GET', `disclosures/${id}?draft=true`, { token: token[actor] })
      expect(rest.status === 200, `${actor} REST reads the draft`).toBe(readsDraft.includes(actor))
      const graph = await gql(`{ Disclosure(id: ${JSON.stringify(id)}, draft: true) { id title } }`, actor)
      expect(Boolean(graph.body.data?.Disclosure?.id), `${actor} GraphQL reads the draft`).toBe(
        readsDraft.includes(actor),
      )
      const viaTicket = await doors.rest('GET', `reviews/${ticket}`, { token: token[actor] })
      expect(viaTicket.status === 200, `${actor} reads the ticket`).toBe(readsTicket.includes(actor))
      if (readsTicket.includes(actor)) expect(viaTicket.body.snapshot.title).toMatch(/^矩阵测试/)
      const ticketGql = await gql(`{ Review(id: ${JSON.stringify(ticket)}) { id snapshot } }`, actor)
      expect(Boolean(ticketGql.body.data?.Review?.id), `${actor} GraphQL reads the ticket`).toBe(
        readsTicket.includes(actor),
      )
    }
    const anonymousList = await doors.rest('GET', 'reviews')
    expect(anonymousList.status).toBe(403)
  })
})
