/** The Weibo adapter over real HTTP against the platform sandbox: sharing, faults, reconciling, retracting. */
import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { type RunningSandbox, startSandbox, weiboLength } from '../../channels/sandbox/server'
import type { ImageFile } from '../../channels/types'
import { createWeiboAdapter, type WeiboAdapterOptions } from '../../channels/weibo/adapter'
import { weiboPostUrl } from '../../channels/weibo/postUrl'
import { sameStatus } from '../../channels/weibo/reconcile'
import type { WeiboPostInput, WeiboProgress } from '../../channels/weibo/types'

type Post = { idstr: string; text: string; deleted: boolean; rip?: string; picUrl?: string; url: string }
type Summary = {
  counts: { weibo: { posts: number; deleted: number } }
  calls: { byPath: Record<string, number> }
  weibo: { posts: Post[] }
}

const SHARE = '/2/statuses/share.json'
const TIMELINE = '/2/statuses/user_timeline.json'
const CHINESE = /[\u4e00-\u9fff]/
const LINK = 'http://127.0.0.1:3000/xxgk/notice-1'

let sandbox: RunningSandbox
let picture: ImageFile

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const control = async (path: string, body: unknown = {}) =>
  (await fetch(`${sandbox.url}/__sandbox/${path}`, {
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  }).then((r) => r.json())) as Record<string, unknown>
const fault = (spec: Record<string, unknown>) => control('faults', spec)
const summary = async () => (await (await fetch(`${sandbox.url}/__sandbox/state`)).json()) as Summary
const livePosts = async () => (await summary()).weibo.posts.filter((post) => !post.deleted)
const calls = async (path: string) => (await summary()).calls.byPath[path] ?? 0
const persisted = (progress: WeiboProgress): WeiboProgress => JSON.parse(JSON.stringify(progress))

const adapter = (options: Partial<WeiboAdapterOptions> = {}) =>
  createWeiboAdapter({
    accessToken: 'sandbox-channel-test',
    apiBase: sandbox.url,
    resendQuietMs: 0,
    rip: '203.0.113.7',
    timeoutMs: 400,
    ...options,
  })
const input = (overrides: Partial<WeiboPostInput> = {}): WeiboPostInput => ({
  permalink: LINK,
  title: '县政府关于开展城乡环境整治的通知',
  ...overrides,
})

async function deliver(run: ReturnType<typeof adapter>, item: WeiboPostInput, progress: WeiboProgress = {}) {
  for (let i = 0; i < 20; i++) {
    if (run.nextStep(item, progress) === 'done') return progress
    const result = await run.runStep(item, progress)
    progress = persisted(result.progress)
    if (result.error && result.error.kind !== 'duplicate_content') throw result.error
    if (result.waitMs) await sleep(Math.min(result.waitMs, 30))
  }
  throw new Error('delivery did not finish')
}

beforeAll(async () => {
  sandbox = await startSandbox({ publishDelayMs: 10 })
  const webp = await sharp({ create: { background: '#2e86de', channels: 3, height: 64, width: 64 } })
    .webp()
    .toBuffer()
  picture = { bytes: webp, filename: 'cover.webp', id: 'cover-1', mimeType: 'image/webp' }
})
afterAll(() => sandbox.close())
beforeEach(async () => {
  await control('reset')
})

describe('posting', () => {
  it('shares title and link with a picture, records the post, checks and retracts it', async () => {
    const run = adapter()
    const result = await run.runStep(input({ picture }), run.emptyProgress())
    expect(result).toMatchObject({ next: 'done', step: 'share' })
    expect(result.error).toBeUndefined()
    const { progress } = result
    expect(progress.text).toBe(`县政府关于开展城乡环境整治的通知 ${LINK}`)
    expect(progress.url).toBe(`${sandbox.url}/weibo/${progress.idstr}`)
    expect(progress.uid).toMatch(/^\d+$/)

    const [post] = await livePosts()
    expect(post).toMatchObject({ idstr: progress.idstr, rip: '203.0.113.7', text: progress.text })
    expect(post!.picUrl).toMatch(/\.jpg$/) // webp is not accepted by Weibo: re-encoded
    expect(await (await fetch(progress.url!)).text()).toContain('县政府关于开展城乡环境整治的通知')
    expect(run.nextStep(input(), progress)).toBe('done')

    expect(await run.checkStatus(progress)).toMatchObject({ externalId: progress.idstr, state: 'delivered' })
    expect(await run.retract(progress)).toBe('retracted')
    expect(await run.checkStatus(progress)).toMatchObject({ state: 'removed' })
    expect(await run.retract(progress)).toBe('already_gone')
    expect((await summary()).counts.weibo).toEqual({ deleted: 1, posts: 0 })
  })

  it('shortens a long title with … so the post stays within 140, the link intact, and #topics# defused', async () => {
    const title = `#专项行动# ${'关于进一步加强城乡环境综合整治工作的实施意见'.repeat(8)}`
    const progress = await deliver(adapter(), input({ title }))
    expect(progress.text!.endsWith(`… ${LINK}`)).toBe(true)
    expect(progress.text!.startsWith('＃专项行动＃ 关于')).toBe(true)
    expect(progress.text).not.toContain('#')
    expect(weiboLength(progress.text!)).toBeLessThanOrEqual(140)
    expect((await livePosts()).map((post) => post.text)).toEqual([progress.text])
  })

  it('turns the platform refusing the link into bad_content (10017)', async () => {
    const result = await adapter().runStep(input({ permalink: 'https://evil.example.com/x' }), {})
    expect(result.error).toMatchObject({ kind: 'bad_content', platformCode: 10017 })
    expect(result.error!.operatorMessage).toMatch(CHINESE)
    expect(result.progress).toEqual({})
  })

  it('builds the post URL from the API base: weibo.com for the real API, /weibo/{id} elsewhere', () => {
    expect(weiboPostUrl('https://api.weibo.com', '1234567890', '52000')).toBe(
      'https://weibo.com/1234567890/52000',
    )
    expect(weiboPostUrl('http://127.0.0.1:4010', '1234567890', '52000')).toBe(
      'http://127.0.0.1:4010/weibo/52000',
    )
  })
})

describe('faults', () => {
  it('http_500 on share is retry_later and records nothing', async () => {
    await fault({ fault: 'http_500', path: SHARE })
    const result = await adapter().runStep(input(), {})
    expect(result).toMatchObject({ error: { kind: 'retry_later' }, next: 'share', progress: {} })
    expect(await livePosts()).toHaveLength(0)
  })

  it('drop_after_commit on share: uncertain, then the timeline shows the one real post; no second share', async () => {
    await fault({ fault: 'drop_after_commit', path: SHARE })
    const first = await adapter().runStep(input(), {})
    expect(first.error).toMatchObject({ kind: 'outcome_unknown' })
    expect(first.error!.operatorMessage).toContain('不会重发')
    expect(first.progress).toMatchObject({
      shareUncertain: true,
      text: `县政府关于开展城乡环境整治的通知 ${LINK}`,
    })
    expect(first.next).toBe('reconcile_share')

    const resumed = await adapter().runStep(input(), persisted(first.progress)) // a new process
    expect(resumed).toMatchObject({ next: 'done', step: 'reconcile_share' })
    const posts = await livePosts()
    expect(posts).toHaveLength(1)
    expect(resumed.progress).toMatchObject({
      idstr: posts[0]!.idstr,
      url: `${sandbox.url}/weibo/${posts[0]!.idstr}`,
    })
    expect(resumed.progress.shareUncertain).toBeUndefined()
    expect(await calls(SHARE)).toBe(1)
    expect(await calls(TIMELINE)).toBe(1)
  })

  it('a timeout on share is outcome_unknown; not on the timeline, so it is shared again, once', async () => {
    await fault({ fault: 'timeout', ms: 1500, path: SHARE })
    const first = await adapter().runStep(input(), {})
    expect(first.error?.kind).toBe('outcome_unknown')
    expect(first.progress.shareUncertain).toBe(true)
    const checked = await adapter().runStep(input(), first.progress)
    expect(checked).toMatchObject({ next: 'share', step: 'reconcile_share' })
    expect(checked.progress.shareUncertain).toBeUndefined()
    const done = await adapter().runStep(input(), checked.progress)
    expect(done).toMatchObject({ next: 'done' })
    expect(await livePosts()).toHaveLength(1)
    expect(await calls(SHARE)).toBe(2)
  })

  it('waits out the quiet spell before deciding that an unanswered share never landed', async () => {
    await fault({ fault: 'timeout', ms: 1500, path: SHARE })
    const run = adapter({ resendQuietMs: 60_000 })
    const first = await run.runStep(input(), {})
    const checked = await run.runStep(input(), first.progress)
    expect(checked).toMatchObject({ next: 'reconcile_share', progress: { shareUncertain: true } })
    expect(checked.waitMs).toBeGreaterThan(50_000)
    expect(await calls(SHARE)).toBe(1)
  })

  it('20019 for text already posted: the existing post is found and adopted, never a second one', async () => {
    const earlier = await deliver(adapter(), input())
    const run = adapter()
    const result = await run.runStep(input(), {})
    expect(result.error).toMatchObject({ kind: 'duplicate_content', platformCode: 20019 })
    expect(result.error!.operatorMessage).toContain('重复')
    expect(result.progress).toMatchObject({ duplicateSeen: true, shareUncertain: true })
    const adopted = await run.runStep(input(), result.progress)
    expect(adopted.progress.idstr).toBe(earlier.idstr)
    expect(await livePosts()).toHaveLength(1)
  })

  it('20019 with nothing on the timeline asks a person instead of posting', async () => {
    await fault({ code: 20019, fault: 'errcode', path: SHARE })
    const run = adapter()
    const result = await run.runStep(input(), {})
    expect(result.error?.kind).toBe('duplicate_content')
    const checked = await run.runStep(input(), result.progress)
    expect(checked.error).toMatchObject({ kind: 'outcome_unknown' })
    expect(checked.error!.operatorMessage).toContain('请管理员')
    // It stops there for a person: asking the timeline again and again would only spend the call quota.
    expect(checked.next).toBe('failed')
    expect(await livePosts()).toHaveLength(0)
    expect(await calls(SHARE)).toBe(1)
  })

  it('10023 (rate limit) is retry_later', async () => {
    await fault({ code: 10023, fault: 'errcode', path: SHARE })
    const result = await adapter().runStep(input(), {})
    expect(result.error).toMatchObject({ kind: 'retry_later', platform: 'weibo', platformCode: 10023 })
    expect(result.error!.operatorMessage).toContain('频率')
    expect(result.progress).toEqual({})
  })

  it('21327 (expired token, by fault or for real) is account_disconnected: an admin must re-authorise', async () => {
    await fault({ code: 21327, fault: 'errcode', path: SHARE })
    const injected = await adapter().runStep(input(), {})
    expect(injected.error).toMatchObject({ kind: 'account_disconnected', platformCode: 21327 })
    expect(injected.error!.operatorMessage).toContain('重新授权')

    const progress = await deliver(adapter(), input())
    await control('expire-tokens', { platform: 'weibo' })
    const expired = await adapter()
      .checkStatus(progress)
      .catch((error: unknown) => error)
    expect(expired).toMatchObject({ kind: 'account_disconnected', platformCode: 21327 })
  })
})

describe('matching our post on the timeline', () => {
  it('accepts the same words with the link shown as a t.cn link, and nothing else', () => {
    const ours = `县政府通知 ${LINK}`
    expect(sameStatus(ours, ours)).toBe(true)
    expect(sameStatus('县政府通知 http://t.cn/A6abcdE', ours)).toBe(true)
    expect(sameStatus('县政府通知', ours)).toBe(false)
    expect(sameStatus('县政府另一通知 http://t.cn/A6abcdE', ours)).toBe(false)
  })
})
