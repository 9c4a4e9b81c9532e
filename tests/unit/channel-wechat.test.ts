/** The WeChat adapter over real HTTP against the platform sandbox: steps, resumption, faults, reconciling. */
import { createServer, type IncomingMessage } from 'node:http'

import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { ChannelError } from '../../channels/errors'
import { type RunningSandbox, startSandbox, wechatSignature } from '../../channels/sandbox/server'
import type { ImageFile } from '../../channels/types'
import {
  createWechatAdapter,
  restartWechatPublish,
  type WechatAdapterOptions,
} from '../../channels/wechat/adapter'
import { parsePublishJobFinish, verifyWechatSignature } from '../../channels/wechat/callback'
import { createWechatClient, forgetWechatTokens } from '../../channels/wechat/client'
import { resendDecision } from '../../channels/wechat/reconcile'
import type { WechatArticleInput, WechatProgress } from '../../channels/wechat/types'

type Summary = {
  counts: { wechat: Record<string, number> }
  calls: { byPath: Record<string, number>; log: { path: string; outcome: string }[] }
  wechat: {
    articles: {
      articleId: string
      items: { content: string; title: string; stripped: Record<string, unknown> }[]
    }[]
    publishes: { status: number }[]
  }
  callbacks: { delivered: boolean }[]
}

const APP = 'wx_sandbox_channel'
const CHINESE = /[\u4e00-\u9fff]/
const P = {
  add: '/cgi-bin/draft/add',
  batchget: '/cgi-bin/freepublish/batchget',
  cover: '/cgi-bin/material/add_material',
  get: '/cgi-bin/freepublish/get',
  submit: '/cgi-bin/freepublish/submit',
  token: '/cgi-bin/stable_token',
  uploadimg: '/cgi-bin/media/uploadimg',
}

let sandbox: RunningSandbox
let pngImage: ImageFile
let webpImage: ImageFile
let bigImage: ImageFile
let cover: ImageFile

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const control = async (path: string, body: unknown = {}) =>
  (await fetch(`${sandbox.url}/__sandbox/${path}`, {
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  }).then((r) => r.json())) as Record<string, unknown>
const fault = (spec: Record<string, unknown> | Record<string, unknown>[]) => control('faults', spec)
const summary = async () => (await (await fetch(`${sandbox.url}/__sandbox/state`)).json()) as Summary
const calls = async (path: string) => (await summary()).calls.byPath[path] ?? 0
/** What the engine does between steps: store the progress as JSON and read it back. */
const persisted = (progress: WechatProgress): WechatProgress => JSON.parse(JSON.stringify(progress))

const adapter = (options: Partial<WechatAdapterOptions> = {}) =>
  createWechatAdapter({
    apiBase: sandbox.url,
    appId: APP,
    appSecret: 'sandbox-secret',
    giveUpAfterMs: 60_000,
    pollIntervalMs: 20,
    reconcileIntervalMs: 20,
    resendQuietMs: 0,
    timeoutMs: 400,
    ...options,
  })

// Lexical nodes as Payload stores them.
const text = (t: string, format = 0) => ({
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: t,
  type: 'text',
  version: 1,
})
const paragraph = (...children: unknown[]) => ({
  children,
  format: '',
  indent: 0,
  type: 'paragraph',
  version: 1,
})
const upload = (id: string) => ({
  relationTo: 'media',
  type: 'upload',
  value: { alt: '示意图', id },
  version: 3,
})
const link = (url: string, label: string) => ({
  children: [text(label)],
  fields: { linkType: 'custom', newTab: false, url },
  type: 'link',
  version: 3,
})
const doc = (...children: unknown[]) => ({
  root: { children, format: '', indent: 0, type: 'root', version: 1 },
})

const input = (overrides: Partial<WechatArticleInput> = {}): WechatArticleInput => ({
  body: doc(
    { children: [text('一、基本情况')], tag: 'h2', type: 'heading', version: 1 },
    paragraph(text('县政府决定开展', 0), text('城乡环境整治', 1), text('。')),
    upload('img-png'),
    paragraph(
      link('https://www.example.gov.cn/xxgk/1.html', '政府网站原文'),
      text('；'),
      link('https://mp.weixin.qq.com/s/abc', '往期回顾'),
    ),
    upload('img-webp'),
    upload('img-big'),
  ),
  cover,
  images: [pngImage, webpImage, bigImage],
  sourceUrl: 'http://127.0.0.1:3000/xxgk/notice-1',
  title: '关于开展城乡环境整治的通知',
  ...overrides,
})

/** Runs steps until done, as the engine would, persisting the progress after each one. */
async function deliver(
  run: ReturnType<typeof adapter>,
  item: WechatArticleInput,
  progress: WechatProgress = run.emptyProgress(),
): Promise<WechatProgress> {
  for (let i = 0; i < 200; i++) {
    if (run.nextStep(item, progress) === 'done') return progress
    const result = await run.runStep(item, progress)
    progress = persisted(result.progress)
    if (result.error) throw result.error
    if (result.next === 'done') return progress
    if (result.waitMs) await sleep(Math.min(result.waitMs, 30))
  }
  throw new Error('delivery did not finish')
}

beforeAll(async () => {
  sandbox = await startSandbox({ publishDelayMs: 30 })
  const solid = (format: 'png' | 'webp' | 'jpeg', size = 48) =>
    sharp({ create: { background: '#c0392b', channels: 3, height: size, width: size } })
      [format]()
      .toBuffer()
  pngImage = { bytes: await solid('png'), filename: 'chart.png', id: 'img-png', mimeType: 'image/png' }
  webpImage = {
    bytes: await solid('webp'),
    filename: '现场照片.webp',
    id: 'img-webp',
    mimeType: 'image/webp',
  }
  // Noise does not compress: a PNG well over WeChat's 1 MB limit for pictures in an article.
  const noise = Buffer.from(Array.from({ length: 700 * 700 * 3 }, () => Math.floor(Math.random() * 256)))
  const big = await sharp(noise, { raw: { channels: 3, height: 700, width: 700 } })
    .png()
    .toBuffer()
  bigImage = { bytes: big, filename: 'big.png', id: 'img-big', mimeType: 'image/png' }
  cover = { bytes: await solid('jpeg', 200), filename: 'cover.jpg', id: 'cover-1', mimeType: 'image/jpeg' }
  expect(big.length).toBeGreaterThan(1024 * 1024)
})
afterAll(() => sandbox.close())
beforeEach(async () => {
  await control('reset')
  forgetWechatTokens()
})

describe('delivering an article', () => {
  it('re-hosts every picture, adds the draft, publishes once and can be retracted', async () => {
    const run = adapter()
    const progress = await deliver(run, input())

    expect(Object.keys(progress.images).sort()).toEqual(['img-big', 'img-png', 'img-webp'])
    for (const url of Object.values(progress.images))
      expect(url).toMatch(new RegExp(`^${sandbox.url}/mmbiz_(png|jpg)/`))
    expect(progress.images['img-webp']).toContain('/mmbiz_jpg/') // re-encoded: WeChat takes only jpg/png
    expect(progress.images['img-big']).toContain('/mmbiz_jpg/') // re-encoded under 1 MB
    expect(progress).toMatchObject({ articleId: expect.any(String), publishId: expect.any(String) })
    expect(progress.url).toBe(`${sandbox.url}/s/${progress.articleId}`)

    const state = await summary()
    expect(state.counts.wechat).toMatchObject({ failed: 0, published: 1 })
    expect(state.calls.byPath).toMatchObject({ [P.add]: 1, [P.cover]: 1, [P.submit]: 1, [P.uploadimg]: 3 })
    const [article] = state.wechat.articles
    const { content, stripped, title } = article!.items[0]!
    expect(title).toBe('关于开展城乡环境整治的通知')
    // Nothing left for WeChat to strip: no script, no handler, no picture it does not host.
    expect(stripped).toEqual({ eventHandlers: 0, externalImages: [], scripts: 0 })
    for (const url of Object.values(progress.images)) expect(content).toContain(`src="${url}"`)
    expect(content).toContain('<strong>城乡环境整治</strong>')
    expect(content).toContain('政府网站原文')
    expect(content).not.toContain('www.example.gov.cn') // an external href is dropped, its text kept
    expect(content).toContain('<a href="https://mp.weixin.qq.com/s/abc">往期回顾</a>')
    expect(await (await fetch(progress.url!)).text()).toContain('关于开展城乡环境整治的通知')

    expect(await run.checkStatus(progress)).toMatchObject({
      externalId: progress.articleId,
      state: 'delivered',
    })
    expect(await run.retract(progress)).toBe('retracted')
    expect((await summary()).counts.wechat).toMatchObject({ deleted: 1, published: 0 })
    expect(await run.checkStatus(progress)).toMatchObject({ platformStatus: 5, state: 'removed' })
    expect(await run.retract(progress)).toBe('already_gone') // a repeated retraction is harmless
  })

  it('resumed from the saved progress after every step, by a new process, repeats nothing', async () => {
    const item = input({ images: [pngImage, webpImage], body: doc(upload('img-png'), upload('img-webp')) })
    let progress = adapter().emptyProgress()
    const steps: string[] = []
    for (let i = 0; i < 50; i++) {
      forgetWechatTokens() // a new process: no cached token, a new client
      const run = adapter()
      if (run.nextStep(item, progress) === 'done') break
      const before = (await summary()).calls.byPath
      const result = await run.runStep(item, persisted(progress))
      expect(result.error).toBeUndefined()
      progress = persisted(result.progress)
      steps.push(result.step)
      const after = (await summary()).calls.byPath
      const changed = Object.keys(after).filter((path) => after[path] !== before[path] && path !== P.token)
      expect(changed).toHaveLength(1) // one platform call per step
      if (result.waitMs) await sleep(30)
    }
    expect(steps.slice(0, 4)).toEqual(['upload_image', 'upload_image', 'upload_cover', 'add_draft'])
    expect(steps[4]).toBe('submit')
    expect(steps.slice(5).every((step) => step === 'check_publish')).toBe(true)
    expect((await summary()).calls.byPath).toMatchObject({
      [P.add]: 1,
      [P.cover]: 1,
      [P.submit]: 1,
      [P.uploadimg]: 2,
    })
    expect((await summary()).counts.wechat.published).toBe(1)
    await expect(adapter().runStep(item, progress)).rejects.toThrow(/already done/)
  })
})

describe('access tokens', () => {
  it('refreshes once on 40001 and repeats the call; submit is not repeated but safe to run again', async () => {
    const notices: string[] = []
    const run = adapter({ notify: (message) => notices.push(message) })
    const item = input({ body: doc(paragraph(text('正文'))), images: [] })
    let progress = (await run.runStep(item, run.emptyProgress())).progress // the cover
    expect(await calls(P.token)).toBe(1)

    await control('expire-tokens', { platform: 'wechat' })
    const draft = await run.runStep(item, progress)
    expect(draft.error).toBeUndefined()
    progress = draft.progress
    expect(await calls(P.token)).toBe(2) // exactly one refresh
    expect(await calls(P.add)).toBe(2) // refused with 40001, then repeated
    expect(notices).toEqual(['微信接口令牌失效，已刷新后重试 (token expired, refreshed once)'])

    await control('expire-tokens', { platform: 'wechat' })
    const refused = await run.runStep(item, progress)
    expect(refused.error).toMatchObject({ kind: 'refresh_token', platformCode: 40001 })
    expect(refused.error!.operatorMessage).toMatch(CHINESE)
    expect(refused.progress.submitUncertain).toBeUndefined() // 40001 is a definite "did nothing"
    expect(await calls(P.submit)).toBe(1)
    expect(await calls(P.token)).toBe(3)
    await deliver(run, item, refused.progress)
    expect(await calls(P.submit)).toBe(2)
    expect((await summary()).counts.wechat.published).toBe(1)
  })

  it('turns a bad secret or an IP outside the whitelist into account_disconnected', async () => {
    const wrong = await adapter({ appSecret: 'not-the-secret' }).runStep(input(), { images: {} })
    expect(wrong.error).toMatchObject({ kind: 'account_disconnected', platformCode: 40125 })
    await control('accounts', { wechat: [{ appid: APP, ipWhitelist: ['10.0.0.1'] }] })
    const outside = await adapter().runStep(input(), { images: {} })
    expect(outside.error).toMatchObject({ kind: 'account_disconnected', platformCode: 40164 })
    expect(outside.error!.operatorMessage).toContain('白名单')
  })
})

describe('faults', () => {
  const item = () => input({ body: doc(paragraph(text('正文')), upload('img-png')), images: [pngImage] })

  it('http_500 is retry_later and changes nothing, on an upload and on submit', async () => {
    const run = adapter()
    await fault({ fault: 'http_500', path: P.uploadimg })
    const first = await run.runStep(item(), run.emptyProgress())
    expect(first.error).toMatchObject({ kind: 'retry_later', platformCode: 'HTTP 500' })
    expect(first.error!.operatorMessage).toMatch(CHINESE)
    expect(first.progress).toEqual({ images: {} })
    expect(first.next).toBe('upload_image')

    let progress = first.progress
    for (let i = 0; i < 3; i++) progress = (await run.runStep(item(), progress)).progress
    expect(run.nextStep(item(), progress)).toBe('submit')
    await fault({ fault: 'http_500', path: P.submit })
    const submit = await run.runStep(item(), progress)
    expect(submit.error?.kind).toBe('retry_later')
    expect(submit.progress.submitUncertain).toBeUndefined()
    await deliver(run, item(), submit.progress)
    expect((await summary()).counts.wechat.published).toBe(1)
  })

  it('a timeout on an upload is safe to repeat: retry_later, nothing recorded', async () => {
    const run = adapter()
    await fault({ fault: 'timeout', ms: 1500, path: P.uploadimg })
    const result = await run.runStep(item(), run.emptyProgress())
    expect(result.error).toMatchObject({ kind: 'retry_later' })
    expect(result.error!.operatorMessage).toContain('不会重复发表')
    expect(result.progress.images).toEqual({})
    const progress = await deliver(run, item(), result.progress)
    expect(Object.keys(progress.images)).toEqual(['img-png'])
    expect(await calls(P.uploadimg)).toBe(2)
  })

  it('a timeout on submit is outcome_unknown: resent only once draft/get proves it never left the draft box', async () => {
    const run = adapter({ giveUpAfterMs: 800 })
    let progress = run.emptyProgress()
    for (let i = 0; i < 3; i++) progress = (await run.runStep(item(), progress)).progress
    await fault({ fault: 'timeout', ms: 1500, path: P.submit })
    const submit = await run.runStep(item(), progress)
    expect(submit.error).toMatchObject({ kind: 'outcome_unknown' })
    expect(submit.error!.operatorMessage).toContain('不会重发')
    expect(submit.progress).toMatchObject({ submitUncertain: true, uncertainSince: expect.any(Number) })
    expect(submit.next).toBe('reconcile_submit')

    // Not in the published list, and draft/get still returns the draft (WeChat takes a submitted draft out
    // of the box): it was never submitted, so once the quiet spell is over the submit may go again.
    await sleep(100)
    const decided = await run.runStep(item(), persisted(submit.progress))
    expect(decided.error).toBeUndefined()
    expect(decided.next).toBe('submit')
    const done = await deliver(run, item(), persisted(decided.progress))
    expect(done.articleId).toBeTruthy()
    expect(await calls(P.submit)).toBe(2)
    expect(await calls('/cgi-bin/draft/get')).toBeGreaterThanOrEqual(1)
    expect((await summary()).counts.wechat.published).toBe(1)
  })

  it('drop_after_commit on submit: reconciliation finds the one real article, and nothing is published twice', async () => {
    const run = adapter()
    let progress = run.emptyProgress()
    for (let i = 0; i < 3; i++) progress = (await run.runStep(item(), progress)).progress
    await fault({ fault: 'drop_after_commit', path: P.submit })
    const submit = await run.runStep(item(), progress)
    expect(submit.error?.kind).toBe('outcome_unknown')
    expect(submit.progress.submitUncertain).toBe(true)

    forgetWechatTokens()
    const done = await deliver(adapter(), item(), persisted(submit.progress))
    const state = await summary()
    expect(state.counts.wechat).toMatchObject({ published: 1 })
    expect(state.wechat.publishes).toHaveLength(1)
    expect(state.calls.byPath[P.submit]).toBe(1)
    expect(done.articleId).toBe(state.wechat.articles[0]!.articleId)
    expect(done.url).toBe(`${sandbox.url}/s/${done.articleId}`)
    expect(done.submitUncertain).toBeUndefined()
    // No publish_id was ever learned; the status comes from the published list.
    expect(await run.checkStatus(done)).toMatchObject({ externalId: done.articleId, state: 'delivered' })
    expect(await run.retract(done)).toBe('retracted')
  })

  it('drop_after_commit on an upload and on draft/add is retry_later: a repeat only leaves an unused copy', async () => {
    const run = adapter()
    await fault([
      { fault: 'drop_after_commit', path: P.uploadimg },
      { fault: 'drop_after_commit', path: P.add },
    ])
    let state = run.emptyProgress()
    const errors: string[] = []
    for (let i = 0; i < 20 && run.nextStep(item(), state) !== 'done'; i++) {
      const result = await run.runStep(item(), state)
      if (result.error) errors.push(`${result.step}:${result.error.kind}`)
      state = persisted(result.progress)
      if (result.waitMs) await sleep(30)
    }
    expect(errors).toEqual(['upload_image:retry_later', 'add_draft:retry_later'])
    expect((await summary()).counts.wechat).toMatchObject({ drafts: 2, published: 1 })
    expect(await calls(P.uploadimg)).toBe(2)
  })

  it.each([
    [45009, P.add, 'retry_later', '上限'],
    [-1, P.uploadimg, 'retry_later', '繁忙'],
    [40164, P.cover, 'account_disconnected', '白名单'],
    [48001, P.submit, 'account_disconnected', '权限'],
  ])('errcode %i on %s is %s with a Chinese message', async (code, path, kind, words) => {
    const run = adapter()
    await fault({ code, fault: 'errcode', path })
    let result = await run.runStep(item(), run.emptyProgress())
    for (let i = 0; i < 5 && !result.error; i++) result = await run.runStep(item(), result.progress)
    expect(result.error).toMatchObject({ kind, platform: 'wechat', platformCode: code })
    expect(result.error!.operatorMessage).toContain(words)
    expect(result.progress.submitUncertain).toBeUndefined()
    expect(result.next).toBe(result.step)
  })

  it('a publish job that ends refused by review (4) fails as bad_content; a failed one (3) can start over', async () => {
    const run = adapter()
    await fault({ fault: 'publish_status', path: P.submit, status: 4 })
    const failed = await deliver(run, item()).catch((error: ChannelError) => error)
    expect(failed).toMatchObject({ kind: 'bad_content', platformCode: 'publish_status 4' })
    expect((failed as ChannelError).operatorMessage).toContain('审核未通过')

    await fault({ fault: 'publish_status', path: P.submit, status: 3 })
    let progress = run.emptyProgress()
    let result
    do {
      result = await run.runStep(item(), progress)
      progress = result.progress
      if (result.waitMs) await sleep(30)
    } while (!result.error)
    expect(result).toMatchObject({ error: { kind: 'retry_later' }, next: 'failed' })
    expect(run.nextStep(item(), progress)).toBe('failed')
    const uploads = await calls(P.uploadimg)
    const again = await deliver(run, item(), restartWechatPublish(progress))
    expect(again.articleId).toBeDefined()
    expect(await calls(P.uploadimg)).toBe(uploads) // pictures and cover are kept
    expect((await summary()).counts.wechat).toMatchObject({ failed: 2, published: 1 })
  })

  it('a title over 32 characters is refused by WeChat as bad_content', async () => {
    const run = adapter()
    const long = input({ body: doc(paragraph(text('正文'))), images: [], title: '关'.repeat(33) })
    let result = await run.runStep(long, run.emptyProgress())
    result = await run.runStep(long, result.progress)
    expect(result).toMatchObject({ next: 'add_draft', step: 'add_draft' })
    expect(result.error).toMatchObject({ kind: 'bad_content', platformCode: 45003 })
    expect(result.error!.operatorMessage).toContain('32 字')
  })

  it('a refused connection is retry_later: nothing was sent', async () => {
    const closed = await startSandbox()
    const url = closed.url
    await closed.close()
    const client = createWechatClient({
      apiBase: url,
      appId: APP,
      appSecret: 'sandbox-secret',
      timeoutMs: 400,
    })
    const error = await client.call('/cgi-bin/draft/add', {}).catch((e: ChannelError) => e)
    expect(error).toMatchObject({ kind: 'retry_later' })
    expect((error as ChannelError).operatorMessage).toContain('请求未发出')
  })
})

describe('when a second submit is safe', () => {
  const timing = {
    giveUpMs: 1800_000,
    lastSubmitAt: 1000,
    now: 1000 + 300_000,
    quietMs: 120_000,
    uncertainSince: 1000,
  }
  const published = { articleId: 'a1', url: 'https://mp.weixin.qq.com/s/a1' }

  it('only when the list has no article from the draft AND the draft box still holds it, after a quiet spell', () => {
    expect(resendDecision({ draftBox: 'holds', published }, timing)).toBe('adopt')
    expect(resendDecision({ draftBox: 'holds' }, timing)).toBe('resend')
    expect(resendDecision({ draftBox: 'holds' }, { ...timing, now: 1000 + 60_000 })).toBe('wait')
    expect(resendDecision({ draftBox: 'gone' }, timing)).toBe('wait')
    expect(resendDecision({ draftBox: 'unknown' }, timing)).toBe('wait')
    expect(resendDecision({ draftBox: 'gone' }, { ...timing, now: 1000 + 1800_000 })).toBe('ask_person')
  })
})

describe('the PUBLISHJOBFINISH callback', () => {
  const received: { query: URLSearchParams; body: string }[] = []
  const receiver = createServer((req: IncomingMessage, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      received.push({ body, query: new URL(req.url ?? '/', 'http://x').searchParams })
      res.end('success')
    })
  })
  beforeAll(() => new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve)))
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())))

  it('verifies the signature, refuses a tampered one, and reads the event', async () => {
    const { port } = receiver.address() as { port: number }
    await control('accounts', {
      wechat: [
        { appid: APP, callbackToken: 'cb-token', callbackUrl: `http://127.0.0.1:${port}/wechat/events` },
      ],
    })
    const progress = await deliver(adapter(), input({ body: doc(paragraph(text('正文'))), images: [] }))
    for (let i = 0; i < 100 && received.length === 0; i++) await sleep(20)
    expect(received).toHaveLength(1)
    const { body, query } = received[0]!
    const signed = {
      nonce: query.get('nonce'),
      signature: query.get('signature'),
      timestamp: query.get('timestamp'),
    }

    expect(verifyWechatSignature('cb-token', signed)).toBe(true)
    expect(verifyWechatSignature('other-token', signed)).toBe(false)
    expect(
      verifyWechatSignature('cb-token', { ...signed, timestamp: String(Number(signed.timestamp) + 1) }),
    ).toBe(false)
    const flipped = signed.signature!.replace(/^./, (c) => (c === '0' ? '1' : '0'))
    expect(verifyWechatSignature('cb-token', { ...signed, signature: flipped })).toBe(false)
    expect(verifyWechatSignature('cb-token', { ...signed, signature: 'short' })).toBe(false)
    expect(verifyWechatSignature('cb-token', { ...signed, signature: undefined })).toBe(false)
    expect(wechatSignature('cb-token', signed.timestamp!, signed.nonce!)).toBe(signed.signature)

    expect(parsePublishJobFinish(body)).toEqual({
      articleId: progress.articleId,
      failIdx: [],
      publishId: progress.publishId,
      status: 0,
      toUserName: expect.stringMatching(/^gh_/),
      url: progress.url,
    })
    expect(parsePublishJobFinish('<xml><Event><![CDATA[subscribe]]></Event></xml>')).toBeUndefined()
    expect(parsePublishJobFinish(`<!DOCTYPE x [<!ENTITY e "x">]>${body}`)).toBeUndefined()
    const failed = body
      .replace(/<publish_status>0</, '<publish_status>3<')
      .replace('</PublishEventInfo>', '<fail_idx>1</fail_idx></PublishEventInfo>')
    expect(parsePublishJobFinish(failed)).toMatchObject({ failIdx: [1], status: 3 })
  })
})
