/**
 * The public front door over real HTTP: ETag and Cache-Control, 304s, rate limits per address and per
 * downstream key, and a cache that stays exact with two instances on one database — a retraction made
 * through instance A is gone from instance B's very next read.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import type { Server } from 'node:http'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { seed } from '../../scripts/seed/index'
import { DEMO_PASSWORD } from '../../scripts/seed/users'
import { policy, richText } from './fixtures/content'
import { httpDoors } from './helpers/http'
import { describeOnDatabase, startPayload, type TestPayload } from './helpers/payload'
import { createAndPublish } from './helpers/publishing'

const PORT_A = 3300 + Math.floor(Math.random() * 300)
const PORT_B = PORT_A + 300
const A = `http://127.0.0.1:${PORT_A}`
const B = `http://127.0.0.1:${PORT_B}`

async function waitFor(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status < 500) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer`)
}

const graphqlBody = (query: string) => JSON.stringify({ query })
const post = (base: string, query: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/graphql`, {
    body: graphqlBody(query),
    headers: { 'Content-Type': 'application/json', ...headers },
    method: 'POST',
  })

describeOnDatabase('public cache and limits over HTTP', () => {
  let t: TestPayload
  let doors: Awaited<ReturnType<typeof httpDoors>>
  let editor: string
  let admin: string
  let serverA: Server
  let instanceB: ChildProcess
  let liveId: number | string

  const LIST = '/api/disclosures?limit=100&sort=-createdAt&depth=1'
  const titles = async (response: Response) =>
    ((await response.json()).docs as { title: string }[]).map((doc) => doc.title)

  beforeAll(async () => {
    t = await startPayload()
    await seed(t.payload, { demoUsers: true })
    doors = await httpDoors()
    editor = await doors.login('editor.xzfj@yangguang.example', DEMO_PASSWORD)
    admin = await doors.login('admin.xck@yangguang.example', DEMO_PASSWORD)
    const { default: config } = await import('@payload-config')
    const { startPayloadServer } = await import('@/public/httpServer')
    serverA = await startPayloadServer({ config, port: PORT_A })
    // Instance B: another process, its own Payload, its own cache, the same database file.
    instanceB = spawn(
      process.execPath,
      ['scripts/run.mjs', 'scripts/bench/serveYangguang.ts', String(PORT_B)],
      {
        // Its own process group, so stopping it stops the server run.mjs starts under it too.
        detached: true,
        env: { ...process.env },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    )
    await waitFor(`${B}/api/units?limit=1`, 110_000)
    const live = await createAndPublish(
      doors,
      t.payload,
      'disclosures',
      { ...policy, body: richText('缓存测试正文。'), title: '缓存测试CACHED' },
      editor,
    )
    expect(live.status, JSON.stringify(live.body)).toBe(201)
    liveId = live.body.doc.id
  }, 240_000)

  afterAll(async () => {
    if (instanceB?.pid) process.kill(-instanceB.pid, 'SIGTERM')
    await new Promise((resolve) => serverA?.close(resolve))
    await t?.cleanup()
  })

  it('answers public reads with an ETag, Cache-Control and 304 on If-None-Match', async () => {
    const first = await fetch(`${B}${LIST}`)
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^".+"$/)
    expect(await titles(first)).toContain('缓存测试CACHED')
    const again = await fetch(`${B}${LIST}`, { headers: { 'If-None-Match': etag! } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')

    const query = `{ Disclosures(limit: 100) { docs { id title } } }`
    const graph = await post(B, query)
    expect(graph.status).toBe(200)
    const graphTag = graph.headers.get('etag')
    expect(JSON.stringify(await graph.json())).toContain('缓存测试CACHED')
    expect((await post(B, query, { 'If-None-Match': graphTag! })).status).toBe(304)
    const viaGet = await fetch(`${B}/api/graphql?query=${encodeURIComponent(query)}`)
    expect(viaGet.status).toBe(200)
    expect(viaGet.headers.get('etag')).toBe(graphTag)
    const mutationByGet = await fetch(
      `${B}/api/graphql?query=${encodeURIComponent('mutation { logoutUser }')}`,
    )
    expect(mutationByGet.status).toBe(405)
  })

  it('drops a retraction made through instance A from instance B’s next read', async () => {
    const query = `{ Disclosures(limit: 100) { docs { id title } } }`
    // Warm B's cache with the item in every shape.
    expect(await titles(await fetch(`${B}${LIST}`))).toContain('缓存测试CACHED')
    expect((await fetch(`${B}/api/disclosures/${liveId}`)).status).toBe(200)
    expect(JSON.stringify(await (await post(B, query)).json())).toContain('缓存测试CACHED')

    const retract = await fetch(`${A}/api/disclosures/${liveId}/retract`, {
      body: JSON.stringify({ reason: '信息有误，撤回' }),
      headers: { Authorization: `JWT ${editor}`, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(retract.status, await retract.clone().text()).toBe(200)

    expect(await titles(await fetch(`${B}${LIST}`))).not.toContain('缓存测试CACHED')
    expect((await fetch(`${B}/api/disclosures/${liveId}`)).status).toBe(404)
    expect(JSON.stringify(await (await post(B, query)).json())).not.toContain('缓存测试CACHED')
    expect(await titles(await fetch(`${A}${LIST}`))).not.toContain('缓存测试CACHED')
  })

  it('shows a new publication and a renamed unit on both instances at once', async () => {
    expect(await titles(await fetch(`${B}${LIST}`))).not.toContain('新发布NEW')
    const fresh = await createAndPublish(
      doors,
      t.payload,
      'disclosures',
      { ...policy, title: '新发布NEW' },
      editor,
    )
    expect(fresh.status).toBe(201)
    expect(await titles(await fetch(`${B}${LIST}`))).toContain('新发布NEW')

    const doc = await (await fetch(`${B}/api/disclosures/${fresh.body.doc.id}?depth=1`)).json()
    const rename = await doors.rest('PATCH', `units/${doc.unit.id}`, {
      body: { name: `${doc.unit.name}（更名）` },
      token: admin,
    })
    expect(rename.status, JSON.stringify(rename.body)).toBe(200)
    const after = await (await fetch(`${B}/api/disclosures/${fresh.body.doc.id}?depth=1`)).json()
    expect(after.unit.name).toBe(`${doc.unit.name}（更名）`)
  })

  it('passes staff straight through, uncached and private', async () => {
    const staff = await fetch(`${B}${LIST}&draft=true`, { headers: { Authorization: `JWT ${editor}` } })
    expect(staff.status).toBe(200)
    expect(staff.headers.get('cache-control')).toBe('private, no-store')
    expect(staff.headers.get('etag')).toBeNull()
    expect(await titles(staff)).toContain('缓存测试CACHED') // the retracted item, now a draft of the unit
    const bogus = await fetch(`${B}${LIST}`, { headers: { Authorization: 'JWT not-a-token' } })
    expect(await titles(bogus)).not.toContain('缓存测试CACHED')
  })

  it('limits anonymous clients per address with 429, Retry-After and a bilingual message', async () => {
    process.env.PUBLIC_RATE_LIMIT_PER_MINUTE = '3'
    try {
      const statuses: Response[] = []
      for (let i = 0; i < 5; i++) statuses.push(await fetch(`${A}/api/disclosures?limit=1&i=${i}`))
      const refused = statuses.filter((response) => response.status === 429)
      expect(statuses.filter((response) => response.status === 200).length).toBeLessThanOrEqual(3)
      expect(refused.length).toBeGreaterThanOrEqual(2)
      expect(Number(refused[0].headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
      const message = (await refused[0].json()).errors[0].message as string
      expect(message).toContain('请求过于频繁')
      expect(message).toContain('too many requests')
    } finally {
      delete process.env.PUBLIC_RATE_LIMIT_PER_MINUTE
    }
  })

  it('issues downstream keys once, hashed, each with its own limit, and refuses revoked ones', async () => {
    const created = await doors.rest('POST', 'downstream-sites', {
      body: { contact: '李四 0563-1234567', name: '市政府门户', rateLimitPerMinute: 2 },
      token: admin,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const key = created.body.doc.apiKey as string
    expect(key).toMatch(/^yg_[\w-]{40,}$/)
    expect(created.body.doc).not.toHaveProperty('keyHash')
    const reread = await doors.rest('GET', `downstream-sites/${created.body.doc.id}`, { token: admin })
    expect(reread.body.apiKey ?? null).toBeNull()
    expect(reread.body).not.toHaveProperty('keyHash')
    expect(JSON.stringify(reread.body)).not.toContain(key.slice(10))
    const stored = await t.payload.find({ collection: 'downstream-sites', depth: 0, showHiddenFields: true })
    expect(JSON.stringify(stored.docs)).not.toContain(key.slice(10))
    expect((await doors.rest('GET', 'downstream-sites')).status).toBe(403)

    const withKey = (k: string) => fetch(`${A}/api/disclosures?limit=1`, { headers: { 'X-Api-Key': k } })
    const replies = [await withKey(key), await withKey(key), await withKey(key)]
    expect(replies.map((r) => r.status)).toEqual([200, 200, 429])
    // A wrong key counts against the address, which the previous test drained: let it refill (5/s) first.
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    expect((await withKey('yg_wrong')).status).toBe(401)

    const revoked = await doors.rest('POST', 'downstream-sites', {
      body: { contact: '王五', name: '已停用网站', revoked: true },
      token: admin,
    })
    expect((await withKey(revoked.body.doc.apiKey)).status).toBe(401)

    const rotated = await doors.rest('POST', `downstream-sites/${created.body.doc.id}/rotate-key`, {
      token: admin,
    })
    expect(rotated.status).toBe(200)
    expect(rotated.body.apiKey).not.toBe(key)
    // A client that can only set Authorization sends its key as a bearer token: same site, same limit.
    const other = await doors.rest('POST', 'downstream-sites', {
      body: { contact: '赵六', name: '省级平台', rateLimitPerMinute: 2 },
      token: admin,
    })
    const otherKey = other.body.doc.apiKey as string
    const bearer = await fetch(`${A}/api/disclosures?limit=1`, {
      headers: { Authorization: `Bearer ${otherKey}` },
    })
    expect(bearer.status).toBe(200)
    expect(bearer.headers.get('etag')).toBeTruthy()
    expect((await withKey(otherKey)).status).toBe(200)
    expect((await withKey(otherKey)).status).toBe(429)
    expect(
      (await doors.rest('POST', `downstream-sites/${created.body.doc.id}/rotate-key`, { token: editor }))
        .status,
    ).toBe(403)
    const audit = await t.payload.count({
      collection: 'audit-events',
      where: { action: { equals: 'downstream_key_issued' } },
    })
    expect(audit.totalDocs).toBe(4)
  })
})
