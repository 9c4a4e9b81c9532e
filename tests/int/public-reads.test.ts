/**
 * Adversarial public reads: what an anonymous caller gets through REST and GraphQL is exactly what is live
 * on the website, in its published version, without staff-only fields — whatever flags, filters, depths,
 * aliases or fragments it tries.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'

import { seed } from '../../scripts/seed/index'
import { DEMO_PASSWORD } from '../../scripts/seed/users'
import { policy, richText } from './fixtures/content'
import { httpDoors, type Reply } from './helpers/http'
import { describeOnDatabase, startPayload, type TestPayload } from './helpers/payload'
import { createAndPublish, editAndPublish } from './helpers/publishing'

const HIDDEN = ['author', 'dueAt', 'deadlineState', 'pressConferenceDueAt', 'pressConferenceState']

describeOnDatabase('public reads: only what is live on the website, only its published version', () => {
  let t: TestPayload
  let doors: Awaited<ReturnType<typeof httpDoors>>
  let editor: string
  let admin: string
  let liveId: number | string
  let draftOnlyId: number | string
  let retractedId: number | string
  let draftInterpretationId: number | string
  let authorId: number | string

  const anon = (path: string) => doors.rest('GET', path)
  const gql = (query: string, variables?: object) => doors.graphql(query, undefined, variables)
  const titles = (reply: Reply) => (reply.body.docs ?? []).map((doc: { title: string }) => doc.title)

  beforeAll(async () => {
    t = await startPayload()
    await seed(t.payload, { demoUsers: true })
    doors = await httpDoors()
    editor = await doors.login('editor.xzfj@yangguang.example', DEMO_PASSWORD)
    admin = await doors.login('admin.xck@yangguang.example', DEMO_PASSWORD)

    const live = await createAndPublish(
      doors,
      t.payload,
      'disclosures',
      { ...policy, body: richText('公开版正文。'), title: '公开版标题PUB' },
      editor,
    )
    expect(live.status, JSON.stringify(live.body)).toBe(201)
    liveId = live.body.doc.id
    authorId = live.body.doc.author?.id ?? live.body.doc.author
    // A later edit saved as a draft and never published: the public must keep seeing the published version.
    const edit = await doors.rest('PATCH', `disclosures/${liveId}?draft=true`, {
      body: { _status: 'draft', body: richText('草稿正文SECRET。'), title: '草稿标题SECRET' },
      token: editor,
    })
    expect(edit.status).toBe(200)

    const draftOnly = await doors.rest('POST', 'disclosures?draft=true', {
      body: { ...policy, _status: 'draft', title: '从未发布UNPUB' },
      token: editor,
    })
    draftOnlyId = draftOnly.body.doc.id

    const gone = await createAndPublish(
      doors,
      t.payload,
      'disclosures',
      { ...policy, title: '已撤回RETRACTED' },
      editor,
    )
    retractedId = gone.body.doc.id
    const retract = await doors.rest('POST', `disclosures/${retractedId}/retract`, {
      body: { reason: '信息有误' },
      token: editor,
    })
    expect(retract.status, JSON.stringify(retract.body)).toBe(200)

    const interpretation = await doors.rest('POST', 'interpretations?draft=true', {
      body: {
        _status: 'draft',
        firstInterpreter: { name: '张三', position: '局长' },
        form: 'text',
        policy: liveId,
        title: '未发布的解读DRAFTINT',
      },
      token: editor,
    })
    expect(interpretation.status, JSON.stringify(interpretation.body)).toBe(201)
    draftInterpretationId = interpretation.body.doc.id
  })
  afterAll(async () => t?.cleanup())

  it('lists and shows only live items, in their published version, with REST and ?draft=true', async () => {
    for (const query of ['disclosures?limit=100', 'disclosures?limit=100&draft=true']) {
      const list = await anon(query)
      expect(list.status).toBe(200)
      expect(titles(list)).toContain('公开版标题PUB')
      for (const hidden of ['草稿标题SECRET', '从未发布UNPUB', '已撤回RETRACTED']) {
        expect(titles(list)).not.toContain(hidden)
      }
      expect(JSON.stringify(list.body)).not.toContain('SECRET')
    }
    for (const query of [`disclosures/${liveId}`, `disclosures/${liveId}?draft=true`]) {
      const one = await anon(query)
      expect(one.status).toBe(200)
      expect(one.body.title).toBe('公开版标题PUB')
      expect(JSON.stringify(one.body)).not.toContain('SECRET')
    }
    for (const id of [draftOnlyId, retractedId]) {
      expect((await anon(`disclosures/${id}?draft=true`)).status).toBe(404)
    }
    // Staff of the unit still see the newer draft: the flag works, it just is no access control.
    const staff = await doors.rest('GET', `disclosures/${liveId}?draft=true`, { token: editor })
    expect(staff.body.title).toBe('草稿标题SECRET')
  })

  it('keeps staff-only fields out of REST replies, whatever select, populate or depth asks for', async () => {
    const queries = [
      `disclosures/${liveId}?depth=3`,
      `disclosures/${liveId}?select[author]=true&select[dueAt]=true&select[title]=true`,
      `disclosures/${liveId}?populate[users][email]=true&depth=2`,
      `disclosures?depth=3&limit=100`,
    ]
    for (const query of queries) {
      const reply = await anon(query)
      expect(reply.status).toBe(200)
      const docs = reply.body.docs ?? [reply.body]
      for (const doc of docs) for (const field of HIDDEN) expect(doc).not.toHaveProperty(field)
      expect(JSON.stringify(reply.body)).not.toMatch(/@yangguang\.example|"roles"|"hash"|"salt"/)
    }
    const staff = await doors.rest('GET', `disclosures/${liveId}?depth=0`, { token: editor })
    expect(staff.body.author).toBe(authorId)
    // The issuing unit is catalogue metadata and is populated for everyone.
    expect((await anon(`disclosures/${liveId}?depth=1`)).body.unit.name).toBeTruthy()
  })

  it('does not let filters, counts or sorting on hidden fields tell anything apart', async () => {
    const probes = [
      ['where[author][equals]', String(authorId), '999999'],
      ['where[dueAt][exists]', 'true', 'false'],
      ['where[deadlineState][equals]', 'overdue', 'running'],
      ['where[_status][equals]', 'published', 'draft'],
    ]
    for (const [param, real, bogus] of probes) {
      for (const path of ['disclosures', 'disclosures/count']) {
        const a = await anon(`${path}?${param}=${real}`)
        const b = await anon(`${path}?${param}=${bogus}`)
        if (param.includes('_status')) continue
        expect(a.status, `${path} ${param}`).toBe(b.status)
        expect(JSON.stringify(a.body.totalDocs ?? a.body.errors?.length), `${path} ${param}`).toBe(
          JSON.stringify(b.body.totalDocs ?? b.body.errors?.length),
        )
        expect(a.status, `${path} ${param}`).toBeGreaterThanOrEqual(400)
      }
    }
    const drafts = await anon('disclosures?where[_status][equals]=draft&draft=true')
    expect(drafts.body.totalDocs ?? 0).toBe(0)
    const viaOr = await anon(
      `disclosures?where[or][0][title][equals]=${encodeURIComponent('草稿标题SECRET')}&draft=true`,
    )
    expect(viaOr.body.totalDocs ?? 0).toBe(0)
    const sorted = await anon('disclosures?sort=-dueAt')
    expect(sorted.status).toBe(400)
    expect(sorted.body.errors[0].message).toContain('dueAt')
    expect((await anon('disclosures?sort=author')).status).toBe(400)
  })

  it('refuses version history, drafts and every private collection to the public', async () => {
    for (const path of [
      'disclosures/versions',
      `disclosures/versions?where[parent][equals]=${liveId}`,
      'interpretations/versions',
      'reviews',
      'deliveries',
      'audit-events',
      'channel-accounts',
      'users',
      'media',
      'consultation-comments',
      'downstream-sites',
      'payload-jobs',
      'globals/site-settings',
    ]) {
      const reply = await anon(path)
      const leaked = reply.status === 200 && (reply.body.docs?.length ?? Object.keys(reply.body).length) > 0
      expect(leaked, `${path} → ${reply.status} ${JSON.stringify(reply.body).slice(0, 200)}`).toBe(false)
    }
  })

  it('shows only live interpretations through the policy’s join field', async () => {
    const rest = await anon(`disclosures/${liveId}?depth=1`)
    expect(JSON.stringify(rest.body)).not.toContain('DRAFTINT')
    const ids = (rest.body.interpretations?.docs ?? []).map((d: { id?: number } | number) =>
      typeof d === 'object' ? d.id : d,
    )
    expect(ids).not.toContain(draftInterpretationId)
    const graph = await gql(`{ Disclosure(id: ${liveId}) { interpretations { docs { id title } } } }`)
    expect(JSON.stringify(graph.body)).not.toContain('DRAFTINT')
    // Once the interpretation is live, it is shown on both sides.
    const published = await editAndPublish(
      doors,
      t.payload,
      'interpretations',
      draftInterpretationId,
      { body: richText('解读正文。'), title: '已发布的解读LIVEINT' },
      editor,
    )
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    const after = await gql(`{ Disclosure(id: ${liveId}) { interpretations { docs { title } } } }`)
    expect(JSON.stringify(after.body)).toContain('LIVEINT')
  })

  it('gives GraphQL the same answer with draft: true, aliases and fragments', async () => {
    const query = `
      fragment Secret on Disclosure { title author { email roles } dueAt deadlineState _status }
      query {
        a: Disclosures(draft: true, limit: 100) { docs { ...Secret } totalDocs }
        b: Disclosure(id: ${liveId}, draft: true) { ...Secret unit { name } }
        c: Disclosure(id: ${draftOnlyId}, draft: true) { title }
        d: Disclosures(where: { author: { equals: ${authorId} } }) { totalDocs }
        e: Disclosures(where: { author: { equals: 999999 } }) { totalDocs }
      }`
    const reply = await gql(query)
    const text = JSON.stringify(reply.body)
    expect(text).not.toMatch(/SECRET|UNPUB|RETRACTED|@yangguang\.example/)
    const { a, b, c, d, e } = reply.body.data ?? {}
    expect(a?.docs.map((doc: { title: string }) => doc.title)).toContain('公开版标题PUB')
    for (const doc of a?.docs ?? []) {
      expect(doc.author).toBeNull()
      expect(doc.dueAt).toBeNull()
      expect(doc._status).toBe('published')
    }
    expect(b?.title).toBe('公开版标题PUB')
    expect(b?.author).toBeNull()
    expect(c ?? null).toBeNull()
    expect(JSON.stringify(d)).toBe(JSON.stringify(e))
  })

  it('refuses GraphQL version history and private collections, also behind aliases', async () => {
    const reply = await gql(`{
      v: versionsDisclosures { docs { id version { title } } }
      r: Reviews { docs { id } }
      l: Deliveries { docs { id } }
      x: AuditEvents { docs { id } }
      u: Users { docs { email } }
      k: DownstreamSites { docs { name } }
      m: allMedia { docs { url } }
    }`)
    const data = reply.body.data ?? {}
    for (const key of Object.keys(data)) {
      expect(data[key]?.docs?.length ?? 0, key).toBe(0)
    }
    expect(JSON.stringify(reply.body)).not.toMatch(/SECRET|@yangguang\.example/)
  })

  it('still lets staff read their drafts and admins everything (the public rules are for the public)', async () => {
    const list = await doors.rest('GET', 'disclosures?limit=200&draft=true', { token: admin })
    expect(titles(list)).toEqual(expect.arrayContaining(['草稿标题SECRET', '从未发布UNPUB']))
  })
})
