import { afterAll, beforeAll, expect, it } from 'vitest'

import { seed } from '../../scripts/seed/index'
import { plainPng } from '../fixtures/images'
import { DEMO_PASSWORD } from '../../scripts/seed/users'
import { policy, richText } from './fixtures/content'
import { channelId, runDeliveries } from './helpers/gate'
import { httpDoors, type Reply } from './helpers/http'
import { describeOnDatabase, startPayload, type TestPayload } from './helpers/payload'

const FULL = { legal: true, political: true, secrecy: true, wording: true }

describeOnDatabase('review gate: 谁开设谁管理, 三审, supersede and the outbox', () => {
  let t: TestPayload
  let doors: Awaited<ReturnType<typeof httpDoors>>
  const tokens: Record<string, string> = {}
  let website: number | string
  let wechat: number | string
  let weibo: number | string
  let suspended: number | string

  beforeAll(async () => {
    t = await startPayload()
    await seed(t.payload, { demoUsers: true })
    doors = await httpDoors()
    for (const name of [
      'editor.xzfj',
      'reviewer.xzfj',
      'reviewer.xck',
      'lead.xck',
      'chief.xck',
      'admin.xck',
      'editor.xck',
    ]) {
      tokens[name] = await doors.login(`${name}@yangguang.example`, DEMO_PASSWORD)
    }
    website = await channelId(t.payload)
    wechat = await channelId(t.payload, '宣城公安（微信公众号）')
    weibo = await channelId(t.payload, '宣城公安（政务微博）')
    suspended = await channelId(t.payload, '宣州公安（微信公众号，已关停）')
  })
  afterAll(async () => t?.cleanup())

  const draft = async (title: string, extra: Record<string, unknown> = {}, who = 'editor.xzfj') => {
    const reply = await doors.rest('POST', 'disclosures?draft=true', {
      body: { ...policy, body: richText('本通知规范户籍业务办理流程。'), title, ...extra },
      token: tokens[who],
    })
    expect(reply.status).toBe(201)
    return reply.body.doc.id as number | string
  }
  const submit = (id: number | string, channels: unknown[], who = 'editor.xzfj') =>
    doors.rest('POST', `disclosures/${id}/submit`, { body: { channels }, token: tokens[who] })
  const decide = (
    ticket: number | string,
    who: string,
    body: Record<string, unknown> = { checklist: FULL, decision: 'approve' },
  ) => doors.rest('POST', `reviews/${ticket}/decision`, { body, token: tokens[who] })
  const refusals = async () =>
    (await t.payload.count({ collection: 'audit-events', where: { action: { equals: 'refused' } } }))
      .totalDocs
  const message = (reply: Reply) => String(reply.body?.errors?.[0]?.message ?? '')

  it('walks 初审 → 复审 → 终审 by three people of the right units and publishes on the website', async () => {
    const id = await draft('三审流程测试')
    const submitted = await submit(id, [website])
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201)
    const [ticket] = submitted.body.tickets
    expect(ticket.stages.map((s: { name: string }) => s.name)).toEqual(['初审', '复审', '终审'])

    // 初审 belongs to the author's unit (宣州分局), not to the account's owner.
    const wrongUnit = await decide(ticket.id, 'reviewer.xck')
    expect(wrongUnit.status).toBe(403)
    expect(message(wrongUnit)).toContain('初审')

    const incomplete = await decide(ticket.id, 'reviewer.xzfj', {
      checklist: { ...FULL, secrecy: false },
      decision: 'approve',
    })
    expect(incomplete.status).toBe(400)
    expect(message(incomplete)).toContain('保密关')

    expect((await decide(ticket.id, 'reviewer.xzfj')).status).toBe(200)
    expect((await decide(ticket.id, 'reviewer.xck')).status).toBe(200)
    const twice = await decide(ticket.id, 'reviewer.xck')
    expect(twice.status).toBe(403)
    expect(message(twice)).toContain('两个环节')

    const final = await decide(ticket.id, 'lead.xck')
    expect(final.status).toBe(200)
    expect(final.body.ticket.state).toBe('approved')
    expect(final.body.delivery).toMatchObject({ platform: 'website', state: 'queued' })

    // Approved is not yet published: the delivery job publishes.
    expect((await t.payload.findByID({ collection: 'disclosures', depth: 0, id }))._status).toBe('draft')
    await runDeliveries(t.payload)
    const live = await t.payload.findByID({ collection: 'disclosures', depth: 0, id })
    expect(live._status).toBe('published')
    expect(live.indexNumber).toMatch(/^XZFJ-\d{4}-\d{5}$/)
    const [delivery] = (
      await t.payload.find({ collection: 'deliveries', where: { ticket: { equals: ticket.id } } })
    ).docs
    expect(delivery).toMatchObject({ state: 'delivered', attempts: 1 })
    expect(delivery.url).toContain(`/disclosures/${id}`)

    const trail = await t.payload.find({
      collection: 'audit-events',
      limit: 50,
      sort: 'occurredAt',
      where: { and: [{ targetCollection: { equals: 'disclosures' } }, { targetId: { equals: String(id) } }] },
    })
    const actions = trail.docs.map((event) => event.action)
    expect(actions).toEqual(
      expect.arrayContaining([
        'review_submitted',
        'review_stage_signed',
        'review_approved',
        'delivery_queued',
        'delivery_state_changed',
        'content_published',
      ]),
    )
    const signer = trail.docs.find((event) => event.action === 'review_approved')
    expect(signer?.actorLabel).toContain('lead.xck@yangguang.example')
    expect(signer?.targetVersion).toBe(ticket.contentHash)
  })

  it('lets nobody sign their own item', async () => {
    const xzfj = (await t.payload.find({ collection: 'units', where: { code: { equals: 'XZFJ' } } })).docs[0]
    await t.payload.create({
      collection: 'users',
      data: {
        email: 'both.xzfj@yangguang.example',
        name: '吴双',
        password: DEMO_PASSWORD,
        roles: ['editor', 'reviewer'],
        unit: xzfj.id,
      },
    })
    tokens['both.xzfj'] = await doors.login('both.xzfj@yangguang.example', DEMO_PASSWORD)
    const id = await draft('自己写自己审', {}, 'both.xzfj')
    const { body } = await submit(id, [website], 'both.xzfj')
    const own = await decide(body.tickets[0].id, 'both.xzfj')
    expect(own.status).toBe(403)
    expect(message(own)).toContain('本人')
  })

  it('voids open and approved tickets when the item changes after submission', async () => {
    const cover = await t.payload.create({
      collection: 'media',
      data: { alt: '封面' },
      file: { data: await plainPng(900, 383), mimetype: 'image/png', name: 'cover.png', size: 0 },
    })
    const id = await draft('修改后须重审', { coverImage: cover.id })
    const { body } = await submit(id, [website, wechat])
    const [web, wx] = body.tickets
    for (const who of ['reviewer.xzfj', 'reviewer.xck', 'lead.xck'])
      expect((await decide(wx.id, who)).status).toBe(200)
    expect((await decide(web.id, 'reviewer.xzfj')).status).toBe(200)

    const edit = await doors.rest('PATCH', `disclosures/${id}?draft=true`, {
      body: { title: '修改后须重审（已改）' },
      token: tokens['editor.xzfj'],
    })
    expect(edit.status).toBe(200)
    const tickets = (await t.payload.find({ collection: 'reviews', where: { id: { in: [web.id, wx.id] } } }))
      .docs
    expect(tickets.map((ticket) => ticket.state).sort()).toEqual(['superseded', 'superseded'])

    const late = await decide(web.id, 'reviewer.xck')
    expect(late.status).toBe(409)
    // The WeChat ticket had been approved: its queued delivery fails instead of sending the old words.
    await runDeliveries(t.payload)
    const [delivery] = (
      await t.payload.find({ collection: 'deliveries', where: { ticket: { equals: wx.id } } })
    ).docs
    expect(delivery.state).toBe('failed')
    expect(delivery.lastError).toContain('工单已失效')
    expect((await t.payload.findByID({ collection: 'disclosures', id, depth: 0 }))._status).toBe('draft')
  })

  it('sends nothing to a 关停 account, at submission or at delivery', async () => {
    const id = await draft('关停账号测试')
    const refused = await submit(id, [suspended])
    expect(refused.status).toBe(409)
    expect(message(refused)).toContain('关停')

    const { body } = await submit(id, [website])
    for (const who of ['reviewer.xzfj', 'reviewer.xck', 'lead.xck']) await decide(body.tickets[0].id, who)
    await t.payload.update({
      collection: 'channel-accounts',
      data: { filingStatus: 'suspended' },
      id: website,
    })
    await runDeliveries(t.payload)
    const [delivery] = (
      await t.payload.find({ collection: 'deliveries', where: { ticket: { equals: body.tickets[0].id } } })
    ).docs
    expect(delivery.state).toBe('failed')
    expect(delivery.lastError).toContain('关停')
    expect((await t.payload.findByID({ collection: 'disclosures', id, depth: 0 }))._status).toBe('draft')
    await t.payload.update({ collection: 'channel-accounts', data: { filingStatus: 'opened' }, id: website })
  })

  it('lets exactly one of two simultaneous final approvals through, with one queued delivery', async () => {
    const id = await draft('并发终审')
    const { body } = await submit(id, [website])
    const ticket = body.tickets[0].id
    await decide(ticket, 'reviewer.xzfj')
    await decide(ticket, 'reviewer.xck')
    const replies = await Promise.all([decide(ticket, 'lead.xck'), decide(ticket, 'chief.xck')])
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 409])
    const deliveries = await t.payload.count({
      collection: 'deliveries',
      where: { ticket: { equals: ticket } },
    })
    expect(deliveries.totalDocs).toBe(1)
    const jobs = await t.payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'deliverItem' }, 'input.deliveryId': { exists: true } },
    })
    expect(jobs.totalDocs).toBeGreaterThanOrEqual(1)
    const final = await t.payload.findByID({ collection: 'reviews', depth: 0, id: ticket })
    expect(final.stages?.[2].reviewer).toBeTruthy()
    expect(final.state).toBe('approved')
  })

  it('refuses a submission with blocking findings and lists every one; warnings reach the reviewer', async () => {
    const id = await draft('这是一个标题超过了微信公众号三十二个字限制的很长很长很长的标题文字', {
      body: richText('本文件系内部资料，请按装说明办理。'),
    })
    const before = await refusals()
    const refused = await submit(id, [wechat, weibo])
    expect(refused.status).toBe(422)
    const codes = refused.body.errors[0].data.findings.map((finding: { code: string }) => finding.code)
    expect(codes).toEqual(expect.arrayContaining(['sensitive_word']))
    const text = message(refused)
    expect(text).toContain('内部资料')
    expect(text).toContain('32')
    expect(text).toContain('封面')
    expect(text).toMatch(/网站|website/)
    expect(await refusals()).toBe(before + 1)
    expect(
      await t.payload.count({ collection: 'reviews', where: { itemKey: { equals: `disclosures:${id}` } } }),
    ).toMatchObject({ totalDocs: 0 })

    const typoOnly = await draft('错别字提示', { body: richText('请按装说明办理。') })
    const accepted = await submit(typoOnly, [website])
    expect(accepted.status).toBe(201)
    expect(accepted.body.warnings.map((w: { code: string }) => w.code)).toContain('typo')
    const ticket = await t.payload.findByID({ collection: 'reviews', id: accepted.body.tickets[0].id })
    expect(JSON.stringify(ticket.findings)).toContain('安装')
  })

  it('answers a body that is not JSON, or names no channel, with the rule and writes nothing', async () => {
    const id = await draft('请求格式测试')
    const { default: config } = await import('@payload-config')
    const { REST_POST } = await import('@payloadcms/next/routes')
    const { serverURL } = await import('@/lib/env')
    const response = await REST_POST(config)(
      new Request(new URL(`/api/disclosures/${id}/submit`, serverURL()), {
        body: '{channels: [1',
        headers: {
          Authorization: `JWT ${tokens['editor.xzfj']}`,
          'Content-Type': 'application/json',
          Origin: serverURL(),
        },
        method: 'POST',
      }),
      { params: Promise.resolve({ slug: ['disclosures', String(id), 'submit'] }) },
    )
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('JSON')
    const none = await submit(id, [])
    expect(none.status).toBe(400)
    expect(message(none)).toContain('至少选择一个发布渠道')
    expect(
      (await t.payload.count({ collection: 'reviews', where: { itemKey: { equals: `disclosures:${id}` } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('refuses a duplicate submission of the same version to the same account', async () => {
    const id = await draft('重复提交')
    expect((await submit(id, [website])).status).toBe(201)
    const again = await submit(id, [website])
    expect(again.status).toBe(409)
    expect(message(again)).toContain('请勿重复提交')
  })

  it('retracts a published item with a reason, by the item’s unit, and refuses others', async () => {
    const id = await draft('将被撤回的通知')
    const { body } = await submit(id, [website])
    for (const who of ['reviewer.xzfj', 'reviewer.xck', 'lead.xck']) await decide(body.tickets[0].id, who)
    await runDeliveries(t.payload)
    expect((await t.payload.findByID({ collection: 'disclosures', id, depth: 0 }))._status).toBe('published')

    const noReason = await doors.rest('POST', `disclosures/${id}/retract`, {
      body: {},
      token: tokens['editor.xzfj'],
    })
    expect(noReason.status).toBe(400)
    const stranger = await doors.rest('POST', `disclosures/${id}/retract`, {
      body: { reason: '测试' },
      token: tokens['editor.xck'],
    })
    expect(stranger.status).toBe(403)
    const done = await doors.rest('POST', `disclosures/${id}/retract`, {
      body: { reason: '文件内容需要更正' },
      token: tokens['editor.xzfj'],
    })
    expect(done.status).toBe(200)
    expect((await t.payload.findByID({ collection: 'disclosures', id, depth: 0 }))._status).toBe('draft')
    const [delivery] = (
      await t.payload.find({ collection: 'deliveries', where: { itemKey: { equals: `disclosures:${id}` } } })
    ).docs
    expect(delivery).toMatchObject({ retractReason: '文件内容需要更正', state: 'retracted' })
    const audit = await t.payload.find({
      collection: 'audit-events',
      where: { action: { equals: 'content_retracted' } },
    })
    expect(
      audit.docs.some(
        (event) => event.targetId === String(id) && String(event.summary).includes('文件内容需要更正'),
      ),
    ).toBe(true)
  })

  it('keeps channel secrets encrypted and out of every API response', async () => {
    const created = await doors.rest('POST', 'channel-accounts', {
      body: {
        appId: 'wx_sandbox_test',
        appSecret: 'very-secret-app-secret',
        name: '测试公众号',
        owningUnit: (await t.payload.find({ collection: 'units', where: { code: { equals: 'XCK' } } }))
          .docs[0].id,
        platform: 'wechat',
      },
      token: tokens['admin.xck'],
    })
    expect(created.status).toBe(201)
    expect(JSON.stringify(created.body)).not.toContain('very-secret')
    expect(created.body.doc.credentialsSummary).toContain('AppSecret已设置')
    const id = created.body.doc.id
    const read = await doors.rest('GET', `channel-accounts/${id}`, { token: tokens['admin.xck'] })
    expect(read.body).not.toHaveProperty('appSecret')
    const gql = await doors.graphql(
      `{ ChannelAccount(id: ${JSON.stringify(id)}) { name appSecret } }`,
      tokens['admin.xck'],
    )
    expect(JSON.stringify(gql.body)).not.toContain('very-secret')
    const raw = await t.payload.findByID({ collection: 'channel-accounts', id, showHiddenFields: true })
    expect(String((raw as { appSecret?: string }).appSecret)).toMatch(/^enc:v1:/)
    const audit = await t.payload.find({
      collection: 'audit-events',
      where: { targetCollection: { equals: 'channel-accounts' } },
    })
    expect(JSON.stringify(audit.docs)).not.toContain('very-secret')
    expect(audit.docs.some((event) => JSON.stringify(event.details).includes('appSecret'))).toBe(true)
  })
})
