import { afterAll, beforeAll, expect, it } from 'vitest'

import { rebuildSearchIndex } from '@/search/rebuild'

import { seed } from '../../scripts/seed/index'
import { DEMO_PASSWORD } from '../../scripts/seed/users'
import { httpDoors } from './helpers/http'
import { createAndPublish } from './helpers/publishing'
import { describeOnDatabase, startPayload, type TestPayload } from './helpers/payload'

const paragraph = (text: string) => ({
  root: {
    children: [{ children: [{ text, type: 'text', version: 1 }], type: 'paragraph', version: 1 }],
    type: 'root',
    version: 1,
  },
})

const notice = (title: string, body: string, extra: object = {}) => ({
  body: paragraph(body),
  disclosureMode: 'proactive',
  docType: 'notice',
  formedOn: new Date().toISOString(),
  openness: 'result',
  title,
  topic: 'public_order',
  ...extra,
})

type Hit = { collection: string; id: string; snippet: string; title: string; titleHighlight: string }

describeOnDatabase('search and catalogue: exactly what is live, found by Chinese words', () => {
  let t: TestPayload
  let doors: Awaited<ReturnType<typeof httpDoors>>
  let editor: string
  let fraudId: string

  beforeAll(async () => {
    t = await startPayload()
    await seed(t.payload, { demoUsers: true })
    doors = await httpDoors()
    editor = await doors.login('editor.xck@yangguang.example', DEMO_PASSWORD)
    const published = await createAndPublish(
      doors,
      t.payload,
      'disclosures',
      notice(
        '关于严厉打击电信网络诈骗案件的通告',
        '为维护人民群众财产安全，本局将依法严厉打击各类电信网络诈骗犯罪活动。',
      ),
      editor,
    )
    expect(published.status).toBe(201)
    fraudId = String(published.body.doc.id)
  })
  afterAll(async () => t?.cleanup())

  const search = async (query: string) => {
    const reply = await doors.rest('GET', `search?${query}`)
    expect(reply.status).toBe(200)
    return reply.body as { docs: Hit[]; terms: string[]; totalDocs: number }
  }
  const catalogueTotal = async () => (await doors.rest('GET', 'catalogue')).body.total as number

  it('finds a live item anonymously by a two-character word inside a sentence, with highlights', async () => {
    const result = await search(`q=${encodeURIComponent('诈骗')}`)
    expect(result.docs.map((d) => [d.collection, d.id])).toEqual([['disclosures', fraudId]])
    expect(result.docs[0].titleHighlight).toBe('关于严厉打击电信网络<mark>诈骗</mark>案件的通告')
    expect(result.docs[0].snippet).toContain('电信网络<mark>诈骗</mark>犯罪')
  })

  it('answers the GraphQL Search query the same way, and filters by catalogue facets', async () => {
    const query = `query ($q: String!, $topic: String, $collection: String) {
      Search(q: $q, topic: $topic, collection: $collection) { totalDocs docs { id collection titleHighlight } }
    }`
    const found = await doors.graphql(query, undefined, { q: '网络诈骗', topic: 'public_order' })
    expect(found.body.errors).toBeUndefined()
    expect(found.body.data.Search.docs.map((d: Hit) => d.id)).toEqual([fraudId])
    const otherTopic = await doors.graphql(query, undefined, { q: '诈骗', topic: 'traffic' })
    expect(otherTopic.body.data.Search.totalDocs).toBe(0)
    const otherCollection = await doors.graphql(query, undefined, { q: '诈骗', collection: 'responses' })
    expect(otherCollection.body.data.Search.totalDocs).toBe(0)
  })

  it('counts the live item in the catalogue tree, over REST and GraphQL', async () => {
    const rest = await doors.rest('GET', 'catalogue')
    expect(rest.status).toBe(200)
    const result = rest.body.children.find((n: { value: string }) => n.value === 'result')
    expect(result).toMatchObject({ count: 1, facet: 'openness', label: '结果公开' })
    const path = result.children[0].children[0].children[0].children[0]
    expect(path).toMatchObject({ count: 1, facet: 'year' })
    const gql = await doors.graphql('{ Catalogue { total children { value count children { value } } } }')
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data.Catalogue.total).toBe(rest.body.total)
  })

  it('never finds a draft, nor the unpublished edit of a live item', async () => {
    const draft = await doors.rest('POST', 'disclosures?draft=true', {
      body: { ...notice('关于整治噪音扰民的通告', '夜间施工噪音扰民将被查处。'), _status: 'draft' },
      token: editor,
    })
    expect(draft.status).toBe(201)
    expect((await search(`q=${encodeURIComponent('噪音')}`)).totalDocs).toBe(0)

    const edit = await doors.rest('PATCH', `disclosures/${fraudId}?draft=true`, {
      body: { _status: 'draft', title: '关于严厉打击电信网络诈骗与洗钱案件的通告' },
      token: editor,
    })
    expect(edit.status).toBe(200)
    expect((await search(`q=${encodeURIComponent('洗钱')}`)).totalDocs).toBe(0)
    const still = await search(`q=${encodeURIComponent('诈骗')}`)
    expect(still.docs.map((d) => [d.id, d.title])).toEqual([[fraudId, '关于严厉打击电信网络诈骗案件的通告']])
  })

  it('keeps the index itself unreadable to the public and to staff, and out of GraphQL', async () => {
    expect((await doors.rest('GET', 'search-index')).status).toBe(403)
    expect((await doors.rest('GET', 'search-index', { token: editor })).status).toBe(403)
    const gql = await doors.graphql('{ SearchIndices { docs { tokens } } }', editor)
    expect(gql.body.errors?.[0]?.message).toMatch(/SearchIndices/)
  })

  it('pages through equally ranked matches without repeating or skipping any', async () => {
    const ids: string[] = []
    for (const n of [1, 2, 3]) {
      const reply = await createAndPublish(
        doors,
        t.payload,
        'disclosures',
        notice(`第${n}批防范养老诈骗提示`, '提示'),
        editor,
      )
      ids.push(String(reply.body.doc.id))
    }
    const seen: string[] = []
    for (const page of [1, 2, 3]) {
      const result = await search(`q=${encodeURIComponent('养老')}&limit=1&page=${page}`)
      expect(result.totalDocs).toBe(3)
      seen.push(...result.docs.map((d) => d.id))
    }
    expect(seen.sort()).toEqual([...ids].sort())
  })

  it('lists live items newest first and then by id, so ties never jump between pages', async () => {
    // Three items published at the same instant: only the id can order them.
    const same = new Date().toISOString()
    const where = { title: { contains: '养老诈骗' } }
    await t.payload.db.updateMany({ collection: 'disclosures', data: { firstPublishedAt: same }, where })
    const query = `query ($page: Int!) {
      Disclosures(where: { title: { contains: "养老诈骗" } }, sort: "-firstPublishedAt,-id", limit: 1, page: $page) {
        totalDocs docs { id firstPublishedAt }
      }
    }`
    const seen: number[] = []
    for (const page of [1, 2, 3]) {
      const reply = await doors.graphql(query, undefined, { page })
      expect(reply.body.errors).toBeUndefined()
      expect(reply.body.data.Disclosures.totalDocs).toBe(3)
      expect(reply.body.data.Disclosures.docs[0].firstPublishedAt).toBe(same)
      seen.push(Number(reply.body.data.Disclosures.docs[0].id))
    }
    expect(seen).toEqual([...seen].sort((a, b) => b - a))
    expect(new Set(seen).size).toBe(3)
  })

  it('rebuilds the index from the live items alone', async () => {
    const before = await search(`q=${encodeURIComponent('养老')}`)
    await t.payload.delete({
      collection: 'search-index',
      overrideAccess: true,
      where: { id: { exists: true } },
    })
    expect((await search(`q=${encodeURIComponent('养老')}`)).totalDocs).toBe(0)
    const live = await t.payload.count({
      collection: 'disclosures',
      where: { _status: { equals: 'published' } },
    })
    expect(await rebuildSearchIndex(t.payload)).toEqual({ indexed: live.totalDocs, removed: 0 })
    const after = await search(`q=${encodeURIComponent('养老')}`)
    expect(after.docs.map((d) => d.id)).toEqual(before.docs.map((d) => d.id))
    expect((await search(`q=${encodeURIComponent('噪音')}`)).totalDocs).toBe(0)
  })

  it('drops a retracted item from search and catalogue at once', async () => {
    const before = await catalogueTotal()
    const retracted = await doors.rest('POST', `disclosures/${fraudId}/retract`, {
      body: { reason: '信息有误' },
      token: editor,
    })
    expect(retracted.status).toBe(200)
    const result = await search(`q=${encodeURIComponent('电信网络诈骗')}`)
    expect(result.docs.map((d) => d.id)).not.toContain(fraudId)
    expect(await catalogueTotal()).toBe(before - 1)
    const rows = await t.payload.find({
      collection: 'search-index',
      where: { itemKey: { equals: `disclosures:${fraudId}` } },
    })
    expect(rows.totalDocs).toBe(0)
  })
})
