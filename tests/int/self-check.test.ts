/**
 * The self-check end to end on a real database: seeded stale and blank columns, a dead link (a local
 * HTTP server that starts answering 404) and a typo are found, alerted once by e-mail, and resolved
 * when fixed. Access to the findings and the dashboard goes through REST and GraphQL.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { PayloadEmailAdapter, SendEmailOptions } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { seed } from '../../scripts/seed/index'
import { DEMO_PASSWORD } from '../../scripts/seed/users'
import { CATALOGUE_NODES } from '@/selfcheck/catalogue'

import { httpDoors } from './helpers/http'
import { createAndPublish } from './helpers/publishing'
import { describeOnDatabase, startPayload, type TestPayload } from './helpers/payload'

/** An e-mail adapter that keeps what it is asked to send: Payload's own seam, nothing of ours mocked. */
function recordingEmail(outbox: SendEmailOptions[]): PayloadEmailAdapter {
  return () => ({
    defaultFromAddress: 'selfcheck@test.example',
    defaultFromName: 'test',
    name: 'recording',
    sendEmail: async (message) => {
      outbox.push(message)
    },
  })
}

const MONITORED = ['docType__news', 'docType__statistics']
const lexical = (paragraph: object[]) => ({
  root: { children: [{ children: paragraph, type: 'paragraph', version: 1 }], type: 'root', version: 1 },
})
const words = (text: string) => ({ text, type: 'text', version: 1 })
const link = (url: string, text: string) => ({
  children: [words(text)],
  fields: { linkType: 'custom', url },
  type: 'link',
  version: 3,
})

const news = {
  disclosureMode: 'proactive',
  docType: 'news',
  formedOn: new Date().toISOString(),
  openness: 'execution',
  topic: 'general',
}

describeOnDatabase('self-check', () => {
  let t: TestPayload
  let doors: Awaited<ReturnType<typeof httpDoors>>
  let server: http.Server
  let pageAlive = true
  let pageUrl = ''
  const outbox: SendEmailOptions[] = []
  const tokens: Record<string, string> = {}
  let staleItem: number | string

  const run = async () => {
    const reply = await doors.rest('POST', 'self-check/run', { token: tokens.admin })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    return reply.body
  }
  const findings = async () =>
    (
      await t.payload.find({
        collection: 'self-check-findings',
        depth: 0,
        pagination: false,
        where: { or: [{ target: { in: MONITORED } }, { target: { equals: `disclosures:${staleItem}` } }] },
      })
    ).docs
  const byKind = async (kind: string) => (await findings()).filter((f) => f.kind === kind)

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      res.writeHead(req.url === '/page' && pageAlive ? 200 : 404, { 'Content-Type': 'text/html' })
      res.end('<html></html>')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/page`

    t = await startPayload()
    t.payload.email = recordingEmail(outbox)({ payload: t.payload })
    t.payload.sendEmail = t.payload.email.sendEmail
    await seed(t.payload, { demoUsers: true })
    await t.payload.updateGlobal({ data: { typos: '按装=安装' }, slug: 'preflight-lexicon' })
    await t.payload.updateGlobal({
      data: {
        ignoredColumns: CATALOGUE_NODES.map((n) => n.key).filter((key) => !MONITORED.includes(key)) as never,
        linkTimeoutMs: 2000,
      },
      slug: 'self-check-settings',
    })
    doors = await httpDoors()
    for (const [who, email] of Object.entries({
      admin: 'admin.xck@yangguang.example',
      editor: 'editor.xck@yangguang.example',
      otherReviewer: 'reviewer.xzfj@yangguang.example',
      reviewer: 'reviewer.xck@yangguang.example',
    })) {
      tokens[who] = await doors.login(email, DEMO_PASSWORD)
    }

    // A news item with a typo and a link that worked when it was published, published a month ago.
    const published = await createAndPublish(
      doors,
      t.payload,
      'disclosures',
      {
        ...news,
        body: lexical([words('请市民及时按装防诈软件，详见'), link(pageUrl, '公告')]),
        title: '关于防诈软件的工作动态',
      },
      tokens.editor,
    )
    expect(published.status, JSON.stringify(published.body)).toBe(201)
    staleItem = published.body.doc.id
    const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString()
    await t.payload.db.updateOne({
      collection: 'disclosures',
      data: { firstPublishedAt: monthAgo },
      id: staleItem,
    })
    pageAlive = false
  })
  afterAll(async () => {
    await t?.cleanup()
    await new Promise((resolve) => server?.close(resolve))
  })

  it('finds the stale and blank columns, the dead link and the typo, and alerts once', async () => {
    const first = await run()
    expect(first.failed).toEqual([])
    const stale = await byKind('stale_column')
    expect(stale.map((f) => f.target)).toEqual(['docType__news'])
    expect(stale[0].message).toContain('已 30 天未更新')
    expect((await byKind('blank_column')).map((f) => f.target)).toEqual(['docType__statistics'])
    const [dead] = await byKind('broken_link')
    expect(dead.message).toContain(pageUrl)
    expect(dead.message).toContain('HTTP 404')
    expect(dead.link).toBe(`/admin/collections/disclosures/${staleItem}`)
    const [typo] = await byKind('typo')
    expect(typo.message).toContain('“按装”，应为“安装”')
    for (const f of await findings()) {
      expect(f.state).toBe('open')
      expect(f.alertedAt).toBeTruthy()
    }
    // The unit's staff get the unit's findings; the bureau-wide blank column goes to the admins.
    const toUnit = outbox.filter((m) => String(m.text).includes('按装'))
    expect(toUnit).toHaveLength(1)
    expect(String(toUnit[0].to)).toContain('editor.xck@yangguang.example')
    expect(String(toUnit[0].to)).not.toContain('editor.xzfj@yangguang.example')
    const toAdmins = outbox.filter((m) => String(m.text).includes('信息类别 › 统计信息'))
    expect(toAdmins).toHaveLength(1)
    expect(String(toAdmins[0].to)).toContain('admin.xzfj@yangguang.example')
  })

  it('keeps first-seen dates and sends nothing again on the next run', async () => {
    const before = await findings()
    const sent = outbox.length
    const second = await run()
    expect(second.opened).toBe(0)
    expect(outbox.length).toBe(sent)
    const after = await findings()
    expect(after.map((f) => [f.id, f.firstSeenAt, f.state])).toEqual(
      before.map((f) => [f.id, f.firstSeenAt, 'open']),
    )
    expect(after.some((f, i) => f.lastSeenAt !== before[i].lastSeenAt)).toBe(true)
  })

  it('shows staff only their unit’s findings, through REST and GraphQL', async () => {
    const ids = async (token: string) =>
      (
        await doors.rest('GET', 'self-check-findings?limit=100&where[state][equals]=open', { token })
      ).body.docs.map((f: { target: string }) => f.target)
    const own = await ids(tokens.reviewer)
    expect(own).toContain(`disclosures:${staleItem}`)
    expect(own).not.toContain('docType__statistics')
    expect(await ids(tokens.otherReviewer)).not.toContain(`disclosures:${staleItem}`)
    expect(await ids(tokens.admin)).toEqual(
      expect.arrayContaining([`disclosures:${staleItem}`, 'docType__statistics']),
    )
    const query = '{ SelfCheckFindings(limit: 100) { docs { target kind } } }'
    const gqlTargets = async (token: string) =>
      (await doors.graphql(query, token)).body.data.SelfCheckFindings.docs.map(
        (f: { target: string }) => f.target,
      )
    expect(await gqlTargets(tokens.reviewer)).toContain(`disclosures:${staleItem}`)
    expect(await gqlTargets(tokens.otherReviewer)).not.toContain(`disclosures:${staleItem}`)
    const anonymous = await doors.graphql(query)
    expect(anonymous.body.errors?.[0]?.message).toBeTruthy()
    expect(anonymous.body.data?.SelfCheckFindings ?? null).toBeNull()
    // Nobody writes findings through the API, admins included.
    const [one] = await findings()
    const patched = await doors.rest('PATCH', `self-check-findings/${one.id}`, {
      body: { state: 'resolved' },
      token: tokens.admin,
    })
    expect(patched.status).toBe(403)
  })

  it('serves the dashboard to staff, scoped to their unit, and the run to admins only', async () => {
    const mine = await doors.rest('GET', 'dashboard', { token: tokens.reviewer })
    expect(mine.status, JSON.stringify(mine.body)).toBe(200)
    expect(mine.body.admin).toBe(false)
    const hrefs = mine.body.findings.items.map((f: { targetHref: string }) => f.targetHref)
    expect(hrefs).toContain(`/admin/collections/disclosures/${staleItem}`)
    expect(mine.body.findings.counts.high).toBeGreaterThan(0)
    const theirs = await doors.rest('GET', 'dashboard', { token: tokens.otherReviewer })
    expect(theirs.body.findings.items.map((f: { targetHref: string }) => f.targetHref)).not.toContain(
      `/admin/collections/disclosures/${staleItem}`,
    )
    const all = await doors.rest('GET', 'dashboard', { token: tokens.admin })
    expect(all.body.admin).toBe(true)
    expect(all.body.findings.blankColumns).toBe(1)
    expect(mine.body.findings.blankColumns).toBe(0)
    expect(all.body.chart.months).toHaveLength(6)
    expect(all.body.channels.length).toBeGreaterThan(0)
    expect((await doors.rest('GET', 'dashboard')).status).toBe(401)
    expect((await doors.rest('POST', 'self-check/run', { token: tokens.reviewer })).status).toBe(403)
    expect((await doors.rest('POST', 'self-check/run')).status).toBe(401)
  })

  it('resolves each finding once it is fixed, without alerting again', async () => {
    const sent = outbox.length
    pageAlive = true // the linked page is back
    await t.payload.updateGlobal({ data: { typos: '' }, slug: 'preflight-lexicon' })
    for (const [docType, title] of [
      ['news', '新的工作动态'],
      ['statistics', '2026年第一季度统计信息'],
    ]) {
      const fresh = await createAndPublish(
        doors,
        t.payload,
        'disclosures',
        { ...news, body: lexical([words('本期工作情况。')]), docType, title },
        tokens.editor,
      )
      expect(fresh.status, JSON.stringify(fresh.body)).toBe(201)
    }
    const third = await run()
    expect(third.resolved).toBeGreaterThanOrEqual(4)
    const after = await findings()
    expect(after.map((f) => f.kind).sort()).toEqual(['blank_column', 'broken_link', 'stale_column', 'typo'])
    for (const f of after) {
      expect(f.state).toBe('resolved')
      expect(f.resolvedAt).toBeTruthy()
    }
    expect(outbox.length).toBe(sent)
    expect(outbox.filter((m) => String(m.text).includes('按装'))).toHaveLength(1)
  })

  it('flags a request past its reply deadline once, and clears it when the reply is recorded', async () => {
    const subject = '申请公开某路段事故统计'
    const created = await doors.rest('POST', 'disclosure-requests', {
      body: { receivedOn: '2026-01-05T00:00:00.000+08:00', subject },
      token: tokens.editor,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    const target = `disclosure-requests:${id}`
    const ofRequest = async () =>
      (await t.payload.find({ collection: 'self-check-findings', where: { target: { equals: target } } }))
        .docs
    await run()
    await run()
    const [overdue] = await ofRequest()
    expect(overdue).toMatchObject({ kind: 'request_overdue', severity: 'high', state: 'open' })
    expect(overdue.message).toContain(subject)
    const alerts = outbox.filter((m) => String(m.text).includes(subject))
    expect(alerts).toHaveLength(1)
    expect(String(alerts[0].to)).toContain('editor.xck@yangguang.example')
    const replied = await doors.rest('PATCH', `disclosure-requests/${id}`, {
      body: { outcome: 'disclosed', repliedOn: new Date().toISOString() },
      token: tokens.editor,
    })
    expect(replied.status, JSON.stringify(replied.body)).toBe(200)
    await run()
    expect((await ofRequest())[0]).toMatchObject({ state: 'resolved' })
    const audit = await t.payload.count({
      collection: 'audit-events',
      where: { action: { equals: 'self_check_run' } },
    })
    expect(audit.totalDocs).toBeGreaterThanOrEqual(6)
  })
})
