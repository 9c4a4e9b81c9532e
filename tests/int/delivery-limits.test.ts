/**
 * What keeps deliveries within the platforms' limits: per-account quotas booked before each counted
 * call (the rest wait for the next window instead of failing), a platform's own quota refusal waiting
 * for the window to turn, and WeChat's PUBLISHJOBFINISH push finishing a delivery without polling; and the
 * person's last word (人工确认) on a delivery that no check can settle.
 */
import { createHash } from 'node:crypto'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { nextChinaMidnight } from '../../channels/quotas'
import { startSandbox } from '../../channels/sandbox/server'
import { seed } from '../../scripts/seed/index'
import { wechatCallbackUrl } from '@/delivery/wechatCallback'
import { DEMO_PASSWORD } from '../../scripts/seed/users'
import { plainPng } from '../fixtures/images'
import { policy, richText } from './fixtures/content'
import { channelId, runDeliveries, signAllStages } from './helpers/gate'
import { httpDoors } from './helpers/http'
import { serveRestOverHttp } from './helpers/httpServer'
import { describeOnDatabase, startPayload, type TestPayload } from './helpers/payload'
import { sandboxControl } from './helpers/sandbox'
import { requeueOrphanedDeliveries } from '@/jobs/recoverStalledJobs'
import type { Delivery } from '@/payload-types'

const CALLBACK_TOKEN = 'sandbox-callback-token'

describeOnDatabase('delivery limits: quotas, quota refusals and WeChat publish events', () => {
  let t: TestPayload
  let sandbox: Awaited<ReturnType<typeof startSandbox>>
  let server: Awaited<ReturnType<typeof serveRestOverHttp>>
  let doors: Awaited<ReturnType<typeof httpDoors>>
  let editor: string
  let website: number | string
  let wechat: number | string
  let weibo: number | string
  let cover: number | string

  beforeAll(async () => {
    // Publish jobs take a while, and polling is slow: only the pushed event can finish one quickly.
    sandbox = await startSandbox({ port: 0, publishDelayMs: 400 })
    process.env.SANDBOX_URL = sandbox.url
    process.env.DELIVERY_POLL_INTERVAL_MS = '600000'
    process.env.DELIVERY_RESEND_QUIET_MS = '300'
    t = await startPayload()
    await seed(t.payload, { demoUsers: true })
    doors = await httpDoors()
    server = await serveRestOverHttp()
    editor = await doors.login('editor.xzfj@yangguang.example', DEMO_PASSWORD)
    website = await channelId(t.payload)
    wechat = await channelId(t.payload, '宣城公安（微信公众号）')
    weibo = await channelId(t.payload, '宣城公安（政务微博）')
    const media = await t.payload.create({
      collection: 'media',
      data: { alt: '封面' },
      file: { data: await plainPng(900, 383), mimetype: 'image/png', name: 'cover.png', size: 0 },
    })
    cover = media.id
  })
  afterAll(async () => {
    await server?.close()
    await t?.cleanup()
    await sandbox?.close()
  })

  const control = (path: string, body?: unknown) => sandboxControl(sandbox.url)(path, body)

  /** Writes, submits and approves an item for the given accounts, then runs the queue once. */
  async function approve(title: string, channels: (number | string)[]) {
    const created = await doors.rest('POST', 'disclosures?draft=true', {
      body: { ...policy, body: richText(`${title}正文。`), coverImage: cover, title },
      token: editor,
    })
    const id = created.body.doc.id
    await submitAndSign(id, channels)
    return id as number | string
  }

  async function submitAndSign(id: number | string, channels: (number | string)[]) {
    const submitted = await doors.rest('POST', `disclosures/${id}/submit`, {
      body: { channels },
      token: editor,
    })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201)
    for (const ticket of submitted.body.tickets) await signAllStages(t.payload, ticket.id)
  }

  const deliveriesOf = async (id: number | string, platform: string) =>
    (
      await t.payload.find({
        collection: 'deliveries',
        depth: 0,
        where: { and: [{ itemKey: { equals: `disclosures:${id}` } }, { platform: { equals: platform } }] },
      })
    ).docs as Delivery[]

  /** Runs due jobs until the item's delivery on `platform` is in one of `states`. */
  async function until(id: number | string, platform: string, states: string[]): Promise<Delivery> {
    const deadline = Date.now() + 40_000
    for (;;) {
      await runDeliveries(t.payload)
      const [row] = await deliveriesOf(id, platform)
      if (row && states.includes(row.state)) return row
      if (Date.now() > deadline) throw new Error(`still ${row?.state}: ${row?.lastError}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  it('holds Weibo posts over the account’s hourly quota in the queue instead of sending them', async () => {
    await t.payload.update({ collection: 'channel-accounts', data: { weiboPostsPerHour: 2 }, id: weibo })
    const before = await control('state')
    // Live on the website first: polling is slowed down in this file, and Weibo posts link to the page.
    const ids = []
    for (const title of ['配额测试通告一', '配额测试通告二', '配额测试通告三']) {
      const id = await approve(title, [website])
      await until(id, 'website', ['delivered'])
      ids.push(id)
    }
    for (const id of ids) await submitAndSign(id, [weibo])
    const rows = [] as Delivery[]
    for (const id of ids) rows.push(await until(id, 'weibo', ['delivered', 'queued', 'failed']))
    // Run until the quota has spoken.
    const deadline = Date.now() + 20_000
    while (!rows.some((row) => row.lastError?.includes('配额')) && Date.now() < deadline) {
      await runDeliveries(t.payload)
      for (const [i, id] of ids.entries()) rows[i] = (await deliveriesOf(id, 'weibo'))[0]!
    }
    expect(rows.filter((row) => row.state === 'delivered')).toHaveLength(2)
    const held = rows.find((row) => row.state !== 'delivered')!
    expect(held.state).toBe('queued')
    expect(held.lastError).toContain('每小时 2 次')
    expect(Date.parse(held.nextAttemptAt!)).toBeGreaterThan(Date.now() + 30 * 60_000)
    const after = await control('state')
    expect(after.counts.weibo.posts - before.counts.weibo.posts).toBe(2)
  })

  it('waits for midnight in Beijing when WeChat itself says the daily quota is used up (45009)', async () => {
    await control('faults', { code: 45009, fault: 'errcode', path: '/cgi-bin/draft/add', times: 1 })
    const id = await approve('微信配额用尽的通告', [wechat])
    const row = await until(id, 'wechat', ['queued', 'failed', 'delivered'])
    expect(row.state).toBe('queued')
    expect(row.lastError).toContain('零点')
    expect(Date.parse(row.nextAttemptAt!)).toBeGreaterThanOrEqual(nextChinaMidnight(Date.now()))
  })

  it('finishes a WeChat delivery from the signed PUBLISHJOBFINISH push, without polling again', async () => {
    await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'DELETE' })
    await control('accounts', {
      wechat: [
        {
          appid: 'wx_sandbox_xcga',
          callbackToken: CALLBACK_TOKEN,
          callbackUrl: wechatCallbackUrl(wechat).replace(/^https?:\/\/[^/]+/, server.url),
        },
      ],
    })
    const before = await control('state')
    const id = await approve('由推送确认发表的通告', [wechat])
    const waiting = await until(id, 'wechat', ['awaiting_platform', 'failed', 'delivered'])
    expect(waiting.state).toBe('awaiting_platform')
    const delivered = await until(id, 'wechat', ['delivered', 'failed'])
    expect(delivered.state).toBe('delivered')
    expect(delivered.url).toContain(sandbox.url)
    const after = await control('state')
    expect(after.counts.wechat.published - before.counts.wechat.published).toBe(1)
    // The push settled it: not one status query was spent (the submit itself is counted, as a check).
    const calls = (state: { calls: { byPath: Record<string, number> } }, api: string) =>
      state.calls.byPath[`/cgi-bin/freepublish/${api}`] ?? 0
    expect(calls(after, 'submit') - calls(before, 'submit')).toBe(1)
    expect(calls(after, 'get') - calls(before, 'get')).toBe(0)
    expect(after.callbacks.at(-1).delivered).toBe(true)
  })

  it('takes a failed publish job from the push too: the delivery fails with WeChat’s reason, no polling', async () => {
    await control('faults', { fault: 'publish_status', path: '/cgi-bin/freepublish/submit', status: 4 })
    const before = await control('state')
    const id = await approve('推送报告审核未通过的通告', [wechat])
    const failed = await until(id, 'wechat', ['failed', 'delivered'])
    expect(failed.state).toBe('failed')
    expect(failed.lastError).toContain('审核未通过')
    const after = await control('state')
    expect(after.counts.wechat.published - before.counts.wechat.published).toBe(0)
    const gets = (state: { calls: { byPath: Record<string, number> } }) =>
      state.calls.byPath['/cgi-bin/freepublish/get'] ?? 0
    expect(gets(after) - gets(before)).toBe(0)
  })

  it('refuses unsigned or wrongly signed events, and answers WeChat’s URL check', async () => {
    const path = `${server.url}/api/channels/wechat/${wechat}/callback`
    const unsigned = await fetch(path, { body: '<xml></xml>', method: 'POST' })
    expect(unsigned.status).toBe(403)
    const forged = await fetch(`${path}?signature=${'0'.repeat(40)}&timestamp=1&nonce=2`, {
      body: '<xml></xml>',
      method: 'POST',
    })
    expect(forged.status).toBe(403)
    const timestamp = String(Math.floor(Date.now() / 1000))
    const nonce = '12345'
    const signature = createHash('sha1')
      .update([CALLBACK_TOKEN, timestamp, nonce].sort().join(''))
      .digest('hex')
    const check = await fetch(
      `${path}?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}&echostr=hello`,
    )
    expect(check.status).toBe(200)
    expect(await check.text()).toBe('hello')
    const otherAccount = await fetch(
      `${server.url}/api/channels/wechat/${weibo}/callback?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}&echostr=x`,
    )
    expect(otherAccount.status).toBe(403)
  })

  it('holds an approved item scheduled for later (定时发布) until its moment, then delivers it', async () => {
    const created = await doors.rest('POST', 'disclosures?draft=true', {
      body: { ...policy, body: richText('定时发布正文。'), title: '定时发布的通告' },
      token: editor,
    })
    const id = created.body.doc.id
    const past = await doors.rest('POST', `disclosures/${id}/submit`, {
      body: { channels: [website], publishAt: '2020-01-01T09:00:00+08:00' },
      token: editor,
    })
    expect(past.status).toBe(400)
    expect(past.body.errors[0].message).toContain('定时发布时间')
    const publishAt = new Date(Date.now() + 12_000).toISOString()
    const submitted = await doors.rest('POST', `disclosures/${id}/submit`, {
      body: { channels: [website], publishAt },
      token: editor,
    })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201)
    for (const ticket of submitted.body.tickets) await signAllStages(t.payload, ticket.id)
    await runDeliveries(t.payload)
    const [waiting] = await deliveriesOf(id, 'website')
    expect(waiting.state).toBe('queued')
    expect(waiting.publishAt).toBe(publishAt)
    expect((await t.payload.findByID({ collection: 'disclosures', depth: 0, id }))._status).toBe('draft')
    const anonymous = await doors.rest('GET', `disclosures/${id}`)
    expect(anonymous.status).not.toBe(200)

    const delivered = await until(id, 'website', ['delivered', 'failed'])
    expect(delivered.state).toBe('delivered')
    expect(Date.parse(delivered.deliveredAt!)).toBeGreaterThanOrEqual(Date.parse(publishAt))
  })

  it('gives a delivery whose job vanished a new one, once per stall period, and it is delivered', async () => {
    const id = await approve('丢失任务后补发的通告', [website])
    await t.payload.delete({ collection: 'payload-jobs', where: { queue: { equals: 'deliveries' } } })
    const [orphan] = await deliveriesOf(id, 'website')
    expect(orphan.state).toBe('queued')
    const later = new Date(Date.now() + 20 * 60_000)
    expect((await requeueOrphanedDeliveries(t.payload, later)).map(String)).toContain(String(orphan.id))
    expect(await requeueOrphanedDeliveries(t.payload, later)).toEqual([])
    const delivered = await until(id, 'website', ['delivered', 'failed'])
    expect(delivered.state).toBe('delivered')
  })
  it('lets the owning unit settle an unconfirmed Weibo post by hand (人工确认): send again, or register the post', async () => {
    await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'DELETE' })
    await t.payload.update({ collection: 'channel-accounts', data: { weiboPostsPerHour: null }, id: weibo })
    const ids: (number | string)[] = []
    for (const title of ['人工确认重发的通告', '人工登记链接的通告']) {
      const id = await approve(title, [website])
      await until(id, 'website', ['delivered'])
      // 20019 "repeated content" with nothing on the timeline: no check can settle it.
      await control('faults', { code: 20019, fault: 'errcode', path: '/2/statuses/share.json', times: 1 })
      await submitAndSign(id, [weibo])
      // First 未确认 while the timeline is read, then still 未确认 once the timeline has nothing: a person's turn.
      let stuck = await until(id, 'weibo', ['unconfirmed', 'delivered', 'failed'])
      const deadline = Date.now() + 20_000
      while (stuck.state === 'unconfirmed' && !stuck.lastError?.includes('核对：') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200))
        stuck = await until(id, 'weibo', ['unconfirmed', 'delivered', 'failed'])
      }
      expect(stuck.state).toBe('unconfirmed')
      expect(stuck.lastError).toContain('请管理员在微博上核对')
      ids.push(id)
    }
    const [resend, register] = await Promise.all(ids.map(async (id) => (await deliveriesOf(id, 'weibo'))[0]!))
    const resolve = (id: number | string, body: object, token?: string) =>
      doors.rest('POST', `deliveries/${id}/resolve`, { body, token })

    // 谁开设谁管理: the account belongs to 宣传科, so neither the writing unit's editor nor its reviewer may decide.
    const xzfjReviewer = await doors.login('reviewer.xzfj@yangguang.example', DEMO_PASSWORD)
    for (const token of [undefined, editor, xzfjReviewer]) {
      const refused = await resolve(resend.id, { action: 'redeliver', note: '已核对' }, token)
      expect(refused.status).toBe(token ? 403 : 401)
    }
    const reviewer = await doors.login('reviewer.xck@yangguang.example', DEMO_PASSWORD)
    const noNote = await resolve(resend.id, { action: 'redeliver' }, reviewer)
    expect(noNote.status).toBe(400)
    expect(noNote.body.errors[0].data.errors[0]).toMatchObject({
      message: expect.stringContaining('核对情况'),
      path: 'note',
    })
    const badAction = await resolve(resend.id, { action: 'delete', note: 'x' }, reviewer)
    expect(badAction.body.errors[0].data.errors[0].path).toBe('action')

    const before = await control('state')
    const again = await resolve(resend.id, { action: 'redeliver', note: '微博上确无此条' }, reviewer)
    expect(again.status, JSON.stringify(again.body)).toBe(200)
    expect(again.body.delivery.state).toBe('queued')
    const sent = await until(ids[0]!, 'weibo', ['delivered', 'failed', 'unconfirmed'])
    expect(sent.state).toBe('delivered')
    expect((await control('state')).counts.weibo.posts - before.counts.weibo.posts).toBe(1)
    // Delivered is final: a second decision is refused, not applied twice.
    expect((await resolve(resend.id, { action: 'redeliver', note: '再发一次' }, reviewer)).status).toBe(409)

    // The other post is on Weibo after all (published by hand): registered with its link and id, not resent.
    const url = 'https://weibo.com/7000000001/PostByHand'
    const withoutId = await resolve(
      register.id,
      { action: 'confirm_published', note: '已在微博找到', url },
      reviewer,
    )
    expect(withoutId.body.errors[0].data.errors[0].path).toBe('externalId')
    const admin = await doors.login('admin.xck@yangguang.example', DEMO_PASSWORD)
    const confirmed = await resolve(
      register.id,
      { action: 'confirm_published', externalId: '5012345678901234', note: '已在微博找到该条', url },
      admin,
    )
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200)
    const [registered] = await deliveriesOf(ids[1]!, 'weibo')
    expect(registered).toMatchObject({
      externalId: '5012345678901234',
      lastError: null,
      state: 'delivered',
      url,
    })
    const audit = await t.payload.find({
      collection: 'audit-events',
      where: { summary: { contains: '已在微博找到该条' } },
    })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0]!.summary).toContain('unconfirmed → delivered')
  })
})
