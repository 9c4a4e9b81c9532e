/**
 * The delivery engine end to end: an approved item goes out to the website, the WeChat Official Account
 * and Weibo of the platform sandbox over real HTTP, and a lost answer is reconciled without a second post.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'

import { startSandbox } from '../../channels/sandbox/server'
import { seed } from '../../scripts/seed/index'
import { DEMO_PASSWORD } from '../../scripts/seed/users'
import { plainPng } from '../fixtures/images'
import { policy, richText } from './fixtures/content'
import { channelId, runDeliveries, signAllStages } from './helpers/gate'
import { httpDoors } from './helpers/http'
import { describeOnDatabase, startPayload, type TestPayload } from './helpers/payload'
import { sandboxControl } from './helpers/sandbox'

describeOnDatabase('delivery engine: website, WeChat and Weibo through the sandbox', () => {
  let t: TestPayload
  let sandbox: Awaited<ReturnType<typeof startSandbox>>
  let doors: Awaited<ReturnType<typeof httpDoors>>
  let editor: string
  let accounts: (number | string)[]
  let cover: number | string

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, publishDelayMs: 30 })
    process.env.SANDBOX_URL = sandbox.url
    process.env.DELIVERY_POLL_INTERVAL_MS = '50'
    process.env.DELIVERY_RESEND_QUIET_MS = '300'
    t = await startPayload()
    await seed(t.payload, { demoUsers: true })
    doors = await httpDoors()
    editor = await doors.login('editor.xzfj@yangguang.example', DEMO_PASSWORD)
    accounts = [
      await channelId(t.payload),
      await channelId(t.payload, '宣城公安（微信公众号）'),
      await channelId(t.payload, '宣城公安（政务微博）'),
    ]
    const media = await t.payload.create({
      collection: 'media',
      data: { alt: '封面' },
      file: { data: await plainPng(900, 383), mimetype: 'image/png', name: 'cover.png', size: 0 },
    })
    cover = media.id
  })
  afterAll(async () => {
    await t?.cleanup()
    await sandbox?.close()
  })

  const control = (path: string, body?: unknown) => sandboxControl(sandbox.url)(path, body)

  /** Approves an item for all three accounts and runs the queue until every delivery settles. */
  async function deliverEverywhere(title: string) {
    const created = await doors.rest('POST', 'disclosures?draft=true', {
      body: { ...policy, body: richText('延时服务通告正文。'), coverImage: cover, title },
      token: editor,
    })
    const id = created.body.doc.id
    const submitted = await doors.rest('POST', `disclosures/${id}/submit`, {
      body: { channels: accounts },
      token: editor,
    })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201)
    for (const ticket of submitted.body.tickets) await signAllStages(t.payload, ticket.id)
    const deadline = Date.now() + 30_000
    for (;;) {
      await runDeliveries(t.payload)
      const rows = (
        await t.payload.find({
          collection: 'deliveries',
          where: { itemKey: { equals: `disclosures:${id}` } },
        })
      ).docs
      if (rows.length === 3 && rows.every((row) => ['delivered', 'failed'].includes(row.state)))
        return { id, rows }
      if (Date.now() > deadline)
        throw new Error(`not settled: ${JSON.stringify(rows.map((r) => [r.platform, r.state, r.lastError]))}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  it('delivers one item to all three channels and writes each address back', async () => {
    const { rows } = await deliverEverywhere('宣州分局户籍窗口延时服务')
    const byPlatform = Object.fromEntries(rows.map((row) => [row.platform, row]))
    expect(rows.map((row) => row.state)).toEqual(['delivered', 'delivered', 'delivered'])
    expect(byPlatform.wechat.url).toContain(sandbox.url)
    expect(byPlatform.weibo.url).toContain('/weibo/')
    expect(byPlatform.weibo.externalId).toBeTruthy()
    const state = await control('state')
    expect(state.counts.wechat.published).toBe(1)
    expect(state.counts.weibo.posts).toBe(1)
    expect(JSON.stringify(state.weibo ?? state)).toContain(byPlatform.website.url)
  })

  it('reconciles a WeChat submit and a Weibo post whose answers were lost, publishing each exactly once', async () => {
    await control('faults', [
      { fault: 'drop_after_commit', path: '/cgi-bin/freepublish/submit', times: 1 },
      { fault: 'drop_after_commit', path: '/2/statuses/share.json', times: 1 },
    ])
    const before = await control('state')
    const { rows } = await deliverEverywhere('宣州分局交通管制通告')
    expect(rows.map((row) => row.state)).toEqual(['delivered', 'delivered', 'delivered'])
    const after = await control('state')
    expect(after.counts.wechat.published - before.counts.wechat.published).toBe(1)
    expect(after.counts.weibo.posts - before.counts.weibo.posts).toBe(1)
    const changes = await t.payload.find({
      collection: 'audit-events',
      limit: 200,
      where: { action: { equals: 'delivery_state_changed' } },
    })
    expect(changes.docs.some((event) => String(event.summary).includes('→ unconfirmed'))).toBe(true)
  })

  it('retracts from every channel: the website page, the WeChat article and the Weibo post come down', async () => {
    const { id } = await deliverEverywhere('将从各渠道撤回的通告')
    const before = await control('state')
    const reply = await doors.rest('POST', `disclosures/${id}/retract`, {
      body: { reason: '内容需要更正' },
      token: editor,
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body.retracted.map((row: { state: string }) => row.state)).toEqual([
      'retracted',
      'retracted',
      'retracted',
    ])
    const after = await control('state')
    expect(after.counts.wechat.deleted - before.counts.wechat.deleted).toBe(1)
    expect(after.counts.weibo.deleted - before.counts.weibo.deleted).toBe(1)
    expect((await t.payload.findByID({ collection: 'disclosures', depth: 0, id }))._status).toBe('draft')
  })

  it('backs off when WeChat fails, then a worker that died mid-delivery is taken over and finishes once', async () => {
    await control('faults', { fault: 'http_500', path: '/cgi-bin/draft/add', times: 1 })
    const before = await control('state')
    const created = await doors.rest('POST', 'disclosures?draft=true', {
      body: {
        ...policy,
        body: richText('失败重试测试正文。'),
        coverImage: cover,
        title: '平台故障后重试的通告',
      },
      token: editor,
    })
    const id = created.body.doc.id
    const submitted = await doors.rest('POST', `disclosures/${id}/submit`, {
      body: { channels: [accounts[1]] },
      token: editor,
    })
    for (const ticket of submitted.body.tickets) await signAllStages(t.payload, ticket.id)
    await runDeliveries(t.payload)
    const [failedOnce] = (
      await t.payload.find({ collection: 'deliveries', where: { itemKey: { equals: `disclosures:${id}` } } })
    ).docs
    expect(failedOnce.state).toBe('queued')
    expect(failedOnce.lastError).toBeTruthy()
    expect(Date.parse(failedOnce.nextAttemptAt!)).toBeGreaterThan(Date.now() - 1_000)
    expect((failedOnce.progress as { coverMediaId?: string }).coverMediaId).toBeTruthy()

    // The next worker claimed it and died mid-step: the row says `sending`, untouched for 20 minutes.
    await t.payload.db.updateOne({
      collection: 'deliveries',
      data: { state: 'sending', updatedAt: new Date(Date.now() - 20 * 60_000).toISOString() },
      id: failedOnce.id,
    })
    await t.payload.jobs.queue({
      input: { deliveryId: String(failedOnce.id) },
      queue: 'deliveries',
      task: 'deliverItem',
    })
    const deadline = Date.now() + 20_000
    let row = failedOnce
    while (row.state !== 'delivered' && Date.now() < deadline) {
      await runDeliveries(t.payload)
      row = await t.payload.findByID({ collection: 'deliveries', depth: 0, id: failedOnce.id })
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(row.state).toBe('delivered')
    const after = await control('state')
    expect(after.counts.wechat.published - before.counts.wechat.published).toBe(1)
    // The cover uploaded before the failure was reused, not uploaded again.
    expect(after.counts.wechat.materials - before.counts.wechat.materials).toBe(1)
  })
})
