/** The WeChat half of the platform sandbox, over real HTTP: what it accepts, refuses, and how it fails. */
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { type RunningSandbox, startSandbox, wechatSignature } from '../../channels/sandbox/server'

type Json = Record<string, unknown> & { errcode?: number; errmsg?: string }

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')
/** Only the leading bytes matter to the platform's type check; the size is what the limits look at. */
const jpeg = (size = 256) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(size - 4)])
const pngOfSize = (size: number) => Buffer.concat([PNG, Buffer.alloc(size - PNG.length)])

let sandbox: RunningSandbox
let base: string

const post = async (path: string, body: unknown, url = base): Promise<Json> => {
  const response = await fetch(`${url}${path}`, {
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  return (await response.json()) as Json
}
const api = (path: string, token: string, body: unknown = {}, url = base) =>
  post(`${path}${path.includes('?') ? '&' : '?'}access_token=${token}`, body, url)
const token = async (appid = 'wx_sandbox_xck', secret = 'sandbox-secret', url = base) =>
  (await post('/cgi-bin/stable_token', { appid, grant_type: 'client_credential', secret }, url))
    .access_token as string
const upload = async (path: string, accessToken: string, data: Buffer, filename: string, url = base) => {
  const form = new FormData()
  form.append('media', new Blob([new Uint8Array(data)]), filename)
  const target = `${url}${path}${path.includes('?') ? '&' : '?'}access_token=${accessToken}`
  return (await (await fetch(target, { body: form, method: 'POST' })).json()) as Json
}
const state = async (url = base) =>
  (await (await fetch(`${url}/__sandbox/state`)).json()) as Json & {
    counts: { wechat: Record<string, number> }
    wechat: { accounts: Json[]; articles: Json[]; publishes: Json[] }
    calls: { byPath: Record<string, number>; log: { path: string; outcome: string }[] }
    callbacks: { delivered: boolean; publishId: string }[]
  }
const control = (path: string, body: unknown = {}, url = base) => post(`/__sandbox/${path}`, body, url)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function publishedUntil(accessToken: string, publishId: unknown, wanted = 0, url = base) {
  for (let i = 0; i < 100; i++) {
    const result = await api('/cgi-bin/freepublish/get', accessToken, { publish_id: publishId }, url)
    if (result.publish_status === wanted) return result
    await sleep(20)
  }
  throw new Error(`publish ${String(publishId)} never reached status ${wanted}`)
}

/** A cover, a draft and its media_id: the steps before freepublish/submit. */
async function draft(accessToken: string, article: Record<string, unknown> = {}, url = base) {
  const thumb = await upload(
    '/cgi-bin/material/add_material?type=thumb',
    accessToken,
    jpeg(),
    'cover.jpg',
    url,
  )
  const added = await api(
    '/cgi-bin/draft/add',
    accessToken,
    { articles: [{ content: '<p>正文</p>', thumb_media_id: thumb.media_id, title: '通知', ...article }] },
    url,
  )
  return added.media_id as string
}

beforeAll(async () => {
  sandbox = await startSandbox({ publishDelayMs: 30 })
  base = sandbox.url
})
afterAll(() => sandbox.close())
beforeEach(async () => {
  await control('reset')
})

describe('the publishing happy path', () => {
  it('goes token → uploadimg → add_material → draft → submit → published page → delete → status 5', async () => {
    const accessToken = await token()
    const inline = await upload('/cgi-bin/media/uploadimg', accessToken, PNG, 'chart.png')
    expect(inline.url).toMatch(new RegExp(`^${base}/mmbiz_png/[\\w-]+/0$`))
    const served = await fetch(inline.url as string)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true)

    const cover = await upload('/cgi-bin/material/add_material?type=image', accessToken, jpeg(), 'cover.jpg')
    expect(cover).toMatchObject({ media_id: expect.stringMatching(/^[\w-]{20,}$/), url: expect.any(String) })

    const content =
      `<p onclick="steal()">第一段</p><img src="${inline.url}"><script>alert(1)</script>` +
      '<img src="https://cdn.example.com/x.png"><p>第二段</p>'
    const added = await api('/cgi-bin/draft/add', accessToken, {
      articles: [
        {
          author: '县政府办公室',
          content,
          content_source_url: 'http://localhost:3000/xxgk/1',
          digest: '',
          need_open_comment: 0,
          only_fans_can_comment: 0,
          thumb_media_id: cover.media_id,
          title: '关于开展城乡环境整治的通知',
        },
      ],
    })
    expect(added).toEqual({ media_id: expect.any(String) })

    const submitted = await api('/cgi-bin/freepublish/submit', accessToken, { media_id: added.media_id })
    expect(submitted).toMatchObject({ errcode: 0, errmsg: 'ok', msg_data_id: expect.any(Number) })
    expect(submitted.publish_id).toMatch(/^\d+$/)

    const done = await publishedUntil(accessToken, submitted.publish_id)
    expect(done).toMatchObject({ article_detail: { count: 1 }, fail_idx: [], publish_status: 0 })
    const { article_url: articleUrl, idx } = (done.article_detail as { item: Json[] }).item[0]
    expect(idx).toBe(1)
    expect(articleUrl).toBe(`${base}/s/${String(done.article_id)}`)

    const page = await (await fetch(articleUrl as string)).text()
    expect(page).toContain('关于开展城乡环境整治的通知')
    expect(page).toContain('县政府办公室')
    expect(page).toContain(cover.url as string)
    expect(page).toContain(inline.url as string)
    expect(page).toContain('阅读原文')
    expect(page).not.toContain('alert(1)')
    expect(page).not.toContain('cdn.example.com')
    expect(page).not.toContain('onclick')
    expect(await (await fetch(base)).text()).toContain(`/s/${String(done.article_id)}`)

    const [article] = (await state()).wechat.articles
    expect(article).toMatchObject({ status: 0, publishId: submitted.publish_id })
    expect((article.items as Json[])[0]).toMatchObject({
      digest: '第一段第二段', // an empty digest is filled from the text, as WeChat does
      stripped: { eventHandlers: 1, externalImages: ['https://cdn.example.com/x.png'], scripts: 1 },
    })

    const deleted = await api('/cgi-bin/freepublish/delete', accessToken, { article_id: done.article_id })
    expect(deleted).toEqual({ errcode: 0, errmsg: 'ok' })
    const after = await api('/cgi-bin/freepublish/get', accessToken, { publish_id: submitted.publish_id })
    expect(after.publish_status).toBe(5)
    expect(await (await fetch(articleUrl as string)).text()).toContain('该内容已被发布者删除')
    expect((await state()).counts.wechat).toMatchObject({ deleted: 1, published: 0 })
  })

  it('stays at status 1 (publishing) until the delay has passed', async () => {
    const slow = await startSandbox({ publishDelayMs: 400 })
    try {
      const accessToken = await token('wx_sandbox_slow', 'sandbox-secret', slow.url)
      const mediaId = await draft(accessToken, {}, slow.url)
      const { publish_id: publishId } = await api(
        '/cgi-bin/freepublish/submit',
        accessToken,
        { media_id: mediaId },
        slow.url,
      )
      const early = await api('/cgi-bin/freepublish/get', accessToken, { publish_id: publishId }, slow.url)
      expect(early).toEqual({ fail_idx: [], publish_id: publishId, publish_status: 1 })
      expect(await publishedUntil(accessToken, publishId, 0, slow.url)).toHaveProperty('article_id')
    } finally {
      await slow.close()
    }
  })

  it('refuses to submit the same draft twice, so a retry cannot publish twice', async () => {
    const accessToken = await token()
    const mediaId = await draft(accessToken)
    const first = await api('/cgi-bin/freepublish/submit', accessToken, { media_id: mediaId })
    expect(first.errcode).toBe(0)
    expect(await api('/cgi-bin/freepublish/submit', accessToken, { media_id: mediaId })).toMatchObject({
      errcode: 40007,
    })
    await publishedUntil(accessToken, first.publish_id)
    expect((await state()).counts.wechat).toMatchObject({ published: 1 })
  })

  it('lists what was published with freepublish/batchget, newest first', async () => {
    const accessToken = await token()
    for (const title of ['第一篇', '第二篇']) {
      const submitted = await api('/cgi-bin/freepublish/submit', accessToken, {
        media_id: await draft(accessToken, { title }),
      })
      await publishedUntil(accessToken, submitted.publish_id)
    }
    const list = await api('/cgi-bin/freepublish/batchget', accessToken, {
      count: 20,
      no_content: 1,
      offset: 0,
    })
    expect(list).toMatchObject({ item_count: 2, total_count: 2 })
    const titles = (list.item as { content: { news_item: Json[] } }[]).map(
      (i) => i.content.news_item[0].title,
    )
    expect(titles).toEqual(['第二篇', '第一篇'])
  })
})

describe('access tokens', () => {
  it('returns the same stable token until force_refresh, which invalidates the old one', async () => {
    const first = await token()
    expect(first).toMatch(/^[\w-]{100,}$/)
    expect(await token()).toBe(first)
    const refreshed = await post('/cgi-bin/stable_token', {
      appid: 'wx_sandbox_xck',
      force_refresh: true,
      grant_type: 'client_credential',
      secret: 'sandbox-secret',
    })
    expect(refreshed).toMatchObject({ expires_in: 7200 })
    expect(refreshed.access_token).not.toBe(first)
    expect(await api('/cgi-bin/freepublish/get', first, { publish_id: '1' })).toEqual({
      errcode: 40001,
      errmsg: 'invalid credential, access_token is invalid or not latest',
    })
  })

  it('refuses an unknown appid (40013), a wrong secret (40125), a missing or unknown token', async () => {
    const ask = (appid: string, secret: string) =>
      post('/cgi-bin/stable_token', { appid, grant_type: 'client_credential', secret })
    expect((await ask('wx0123456789abcdef', 'sandbox-secret')).errcode).toBe(40013)
    expect((await ask('wx_sandbox_xck', 'wrong')).errcode).toBe(40125)
    expect((await post('/cgi-bin/draft/add', {})).errcode).toBe(41001)
    expect((await api('/cgi-bin/draft/add', 'not-a-token')).errcode).toBe(40001)
  })

  it('accepts an app registered through the control API, with its own secret', async () => {
    await control('accounts', { wechat: [{ appid: 'wx8f3c0d2a9b1e4c77', secret: 's3cret' }] })
    expect(await token('wx8f3c0d2a9b1e4c77', 's3cret')).toEqual(expect.any(String))
    expect(await token('wx8f3c0d2a9b1e4c77', 'sandbox-secret')).toBeUndefined()
  })

  it('invalidates every token on expire-tokens (40001), after which a new token works', async () => {
    const old = await token()
    expect(await control('expire-tokens')).toMatchObject({ expired: { wechat: 1 } })
    expect((await api('/cgi-bin/freepublish/get', old, { publish_id: '1' })).errcode).toBe(40001)
    const fresh = await token()
    expect(fresh).not.toBe(old)
    expect((await api('/cgi-bin/freepublish/get', fresh, { publish_id: '1' })).errcode).toBe(53600)
  })

  it('answers 42001 once a token has outlived its 7200 s', async () => {
    let clock = Date.parse('2026-11-26T02:00:00Z')
    const timed = await startSandbox({ now: () => clock, publishDelayMs: 0 })
    try {
      const accessToken = await token('wx_sandbox_xck', 'sandbox-secret', timed.url)
      clock += 7_199_000
      expect(
        (await api('/cgi-bin/freepublish/get', accessToken, { publish_id: '1' }, timed.url)).errcode,
      ).toBe(53600)
      clock += 2000
      expect(
        (await api('/cgi-bin/freepublish/get', accessToken, { publish_id: '1' }, timed.url)).errcode,
      ).toBe(42001)
    } finally {
      await timed.close()
    }
  })
})

describe('images', () => {
  it('uploadimg takes jpg/png under 1 MB, judged by name and bytes', async () => {
    const accessToken = await token()
    const uploadImg = (data: Buffer, name: string) =>
      upload('/cgi-bin/media/uploadimg', accessToken, data, name)
    expect((await uploadImg(jpeg(), 'photo.jpeg')).url).toMatch(/\/mmbiz_jpg\//)
    expect((await uploadImg(GIF, 'anim.gif')).errcode).toBe(40005)
    expect((await uploadImg(Buffer.from('<html></html>'), 'fake.png')).errcode).toBe(40005)
    expect((await uploadImg(PNG, 'blob')).errcode).toBe(40005) // no extension, as some clients send
    expect((await uploadImg(pngOfSize(1024 * 1024 - 1), 'big.png')).url).toEqual(expect.any(String))
    expect(await uploadImg(pngOfSize(1024 * 1024), 'big.png')).toMatchObject({
      errcode: 40009,
      errmsg: 'invalid image size',
    })
  })

  it('add_material: images up to 10 MB in five formats, thumbs JPG up to 64 KB', async () => {
    const accessToken = await token()
    const add = (type: string, data: Buffer, name: string) =>
      upload(`/cgi-bin/material/add_material?type=${type}`, accessToken, data, name)
    expect(await add('image', GIF, 'a.gif')).toMatchObject({
      media_id: expect.any(String),
      url: expect.any(String),
    })
    expect((await add('image', pngOfSize(10 * 1024 * 1024 + 1), 'huge.png')).errcode).toBe(40009)
    expect((await add('image', Buffer.from('%PDF-1.4'), 'a.jpg')).errcode).toBe(40005)
    expect(await add('thumb', jpeg(64 * 1024), 'thumb.jpg')).toEqual({ media_id: expect.any(String) })
    expect((await add('thumb', jpeg(64 * 1024 + 1), 'thumb.jpg')).errcode).toBe(40006)
    expect((await add('thumb', PNG, 'thumb.png')).errcode).toBe(40005)
    expect((await add('voice', jpeg(), 'a.jpg')).errcode).toBe(40004)
    expect((await state()).counts.wechat.materials).toBe(2)
  })
})

describe('draft/add validation', () => {
  let accessToken: string
  let thumb: string
  beforeEach(async () => {
    accessToken = await token()
    thumb = (await upload('/cgi-bin/material/add_material?type=thumb', accessToken, jpeg(), 'c.jpg'))
      .media_id as string
  })
  const add = (article: Record<string, unknown>) =>
    api('/cgi-bin/draft/add', accessToken, {
      articles: [{ content: '<p>正文</p>', thumb_media_id: thumb, title: '标题', ...article }],
    })

  it.each([
    ['title', 32, 45003],
    ['author', 16, 45110],
    ['digest', 128, 45004],
  ])('accepts %s of %i characters and answers %i beyond', async (field, limit, code) => {
    expect((await add({ [field]: '政'.repeat(limit) })).media_id).toEqual(expect.any(String))
    expect((await add({ [field]: '政'.repeat(limit + 1) })).errcode).toBe(code)
  })

  it('answers 45002 for 20 000 characters of text or 1 MB of HTML', async () => {
    expect((await add({ content: `<p>${'政'.repeat(19_999)}</p>` })).media_id).toEqual(expect.any(String))
    expect((await add({ content: `<p>${'政'.repeat(20_000)}</p>` })).errcode).toBe(45002)
    const markupHeavy =
      '<p style="color:#333;margin:0 0 8px"><span style="font-size:16px">字</span></p>'.repeat(14_000)
    expect((await add({ content: markupHeavy })).errcode).toBe(45002)
  })

  it('needs a permanent cover of the same account (40007), articles (44003) and JSON (47001)', async () => {
    expect((await add({ thumb_media_id: 'nope' })).errcode).toBe(40007)
    const other = await token('wx_sandbox_other')
    const otherThumb = await upload('/cgi-bin/material/add_material?type=thumb', other, jpeg(), 'c.jpg')
    expect((await add({ thumb_media_id: otherThumb.media_id })).errcode).toBe(40007)
    expect((await api('/cgi-bin/draft/add', accessToken, { articles: [] })).errcode).toBe(44003)
    expect((await api('/cgi-bin/draft/add', accessToken, '{"articles": [')).errcode).toBe(47001)
  })
})

describe('publishing errors', () => {
  it('answers 40007 for an unknown media_id, 53600 for unknown publish and article ids, 40060 for a bad index', async () => {
    const accessToken = await token()
    expect((await api('/cgi-bin/freepublish/submit', accessToken, { media_id: 'nope' })).errcode).toBe(40007)
    expect((await api('/cgi-bin/freepublish/get', accessToken, { publish_id: '123' })).errcode).toBe(53600)
    expect((await api('/cgi-bin/freepublish/delete', accessToken, { article_id: 'nope' })).errcode).toBe(
      53600,
    )
    const submitted = await api('/cgi-bin/freepublish/submit', accessToken, {
      media_id: await draft(accessToken),
    })
    const done = await publishedUntil(accessToken, submitted.publish_id)
    expect(
      (await api('/cgi-bin/freepublish/delete', accessToken, { article_id: done.article_id, index: 2 }))
        .errcode,
    ).toBe(40060)
  })

  it('ends a job as the publish_status fault says: 4 (rejected by review), no article', async () => {
    const accessToken = await token()
    await control('faults', { fault: 'publish_status', path: '/cgi-bin/freepublish/submit', status: 4 })
    const submitted = await api('/cgi-bin/freepublish/submit', accessToken, {
      media_id: await draft(accessToken),
    })
    expect(submitted.errcode).toBe(0)
    const ended = await publishedUntil(accessToken, submitted.publish_id, 4)
    expect(ended).toEqual({ fail_idx: [1], publish_id: submitted.publish_id, publish_status: 4 })
    expect((await state()).counts.wechat).toMatchObject({ failed: 1, published: 0 })
  })
})

describe('account limits', () => {
  it('gives each new account the default daily quotas and answers 45009 past a quota', async () => {
    const accessToken = await token()
    const [account] = (await state()).wechat.accounts as { quotas: Record<string, number> }[]
    expect(account.quotas).toEqual({
      '/cgi-bin/draft/add': 1000,
      '/cgi-bin/freepublish/delete': 10,
      '/cgi-bin/freepublish/get': 100,
      '/cgi-bin/freepublish/submit': 100,
    })
    await control('accounts', { wechat: [{ appid: 'wx_sandbox_xck', quotas: { 'freepublish/get': 2 } }] })
    expect((await api('/cgi-bin/freepublish/get', accessToken, { publish_id: '1' })).errcode).toBe(53600)
    expect((await api('/cgi-bin/freepublish/get', accessToken, { publish_id: '1' })).errcode).toBe(53600)
    expect(await api('/cgi-bin/freepublish/get', accessToken, { publish_id: '1' })).toEqual({
      errcode: 45009,
      errmsg: 'reach max api daily quota limit',
    })
  })

  it('resets the quotas at midnight Beijing time', async () => {
    let clock = Date.parse('2026-11-26T15:59:00Z') // 23:59 in Beijing
    const timed = await startSandbox({ now: () => clock, publishDelayMs: 0 })
    try {
      await control(
        'accounts',
        { wechat: [{ appid: 'wx_sandbox_xck', quotas: { 'freepublish/get': 1 } }] },
        timed.url,
      )
      const accessToken = await token('wx_sandbox_xck', 'sandbox-secret', timed.url)
      const get = () => api('/cgi-bin/freepublish/get', accessToken, { publish_id: '1' }, timed.url)
      expect((await get()).errcode).toBe(53600)
      expect((await get()).errcode).toBe(45009)
      clock += 120_000 // 00:01 the next day in Beijing, still the same day in UTC
      expect((await get()).errcode).toBe(53600)
    } finally {
      await timed.close()
    }
  })

  it('answers 40164 outside the IP whitelist and 48001 for an API the account may not use', async () => {
    await control('accounts', { wechat: [{ appid: 'wx_sandbox_ip', ipWhitelist: ['10.1.2.3'] }] })
    expect(
      await post('/cgi-bin/stable_token', {
        appid: 'wx_sandbox_ip',
        grant_type: 'client_credential',
        secret: 'sandbox-secret',
      }),
    ).toMatchObject({ errcode: 40164, errmsg: expect.stringContaining('127.0.0.1') })
    await control('accounts', {
      wechat: [{ appid: 'wx_sandbox_xck', unauthorizedApis: ['freepublish/submit'] }],
    })
    const accessToken = await token()
    expect(await api('/cgi-bin/freepublish/submit', accessToken, { media_id: 'x' })).toEqual({
      errcode: 48001,
      errmsg: 'api unauthorized',
    })
  })
})

describe('faults', () => {
  it('http_500 answers a gateway error page once, then the API works again', async () => {
    const accessToken = await token()
    const mediaId = await draft(accessToken)
    await control('faults', { fault: 'http_500', path: '/cgi-bin/freepublish/submit' })
    const failed = await fetch(`${base}/cgi-bin/freepublish/submit?access_token=${accessToken}`, {
      body: JSON.stringify({ media_id: mediaId }),
      method: 'POST',
    })
    expect(failed.status).toBe(500)
    expect(await failed.text()).toContain('500 Internal Server Error')
    expect((await state()).wechat.publishes).toHaveLength(0)
    expect((await api('/cgi-bin/freepublish/submit', accessToken, { media_id: mediaId })).errcode).toBe(0)
  })

  it('timeout never answers and does nothing, so a client times out', async () => {
    const accessToken = await token()
    const mediaId = await draft(accessToken)
    await control('faults', { fault: 'timeout', ms: 500, path: '/cgi-bin/freepublish/submit' })
    const call = fetch(`${base}/cgi-bin/freepublish/submit?access_token=${accessToken}`, {
      body: JSON.stringify({ media_id: mediaId }),
      method: 'POST',
      signal: AbortSignal.timeout(150),
    })
    await expect(call).rejects.toMatchObject({ name: 'TimeoutError' })
    const after = await state()
    expect(after.wechat.publishes).toHaveLength(0)
    expect(after.calls.log.at(-1)).toMatchObject({
      outcome: 'fault:timeout',
      path: '/cgi-bin/freepublish/submit',
    })
  })

  it('drop_after_commit publishes, loses the response, and the state shows the article exactly once', async () => {
    const accessToken = await token()
    const mediaId = await draft(accessToken)
    await control('faults', { fault: 'drop_after_commit', path: '/cgi-bin/freepublish/submit' })
    await expect(api('/cgi-bin/freepublish/submit', accessToken, { media_id: mediaId })).rejects.toThrow()
    // A blind retry is refused; the read-only list shows what landed.
    expect((await api('/cgi-bin/freepublish/submit', accessToken, { media_id: mediaId })).errcode).toBe(40007)
    const [publish] = (await state()).wechat.publishes
    await publishedUntil(accessToken, publish.publishId)
    const after = await state()
    expect(after.wechat.publishes).toHaveLength(1)
    expect(after.counts.wechat.published).toBe(1)
    const list = await api('/cgi-bin/freepublish/batchget', accessToken, { count: 20, offset: 0 })
    expect(list.total_count).toBe(1)
  })

  it.each([40001, 45009, -1, 40164, 48001])('errcode %i is answered in WeChat’s shape', async (code) => {
    const accessToken = await token()
    await control('faults', { code, fault: 'errcode', path: '/cgi-bin/draft/add' })
    const answer = await api('/cgi-bin/draft/add', accessToken, { articles: [] })
    expect(answer.errcode).toBe(code)
    expect(answer.errmsg).toEqual(expect.any(String))
    expect((await api('/cgi-bin/draft/add', accessToken, { articles: [] })).errcode).toBe(44003)
  })

  it('applies a fault the given number of times to any API with path *', async () => {
    const accessToken = await token()
    await control('faults', { code: -1, fault: 'errcode', path: '*', times: 2 })
    expect((await api('/cgi-bin/freepublish/get', accessToken, { publish_id: '1' })).errcode).toBe(-1)
    expect((await api('/cgi-bin/draft/add', accessToken, {})).errcode).toBe(-1)
    expect((await api('/cgi-bin/draft/add', accessToken, {})).errcode).toBe(44003)
  })

  it('random faults with a seed fail the same calls on every run', async () => {
    const run = async () => {
      await control('reset')
      const accessToken = await token()
      await control('faults', {
        code: -1,
        fault: 'errcode',
        path: '/cgi-bin/freepublish/get',
        probability: 0.5,
        seed: 7,
      })
      const codes: unknown[] = []
      for (let i = 0; i < 16; i++)
        codes.push((await api('/cgi-bin/freepublish/get', accessToken, { publish_id: '1' })).errcode)
      return codes
    }
    const first = await run()
    expect(await run()).toEqual(first)
    expect(first).toContain(-1)
    expect(first).toContain(53600)
  })

  it('refuses a fault it cannot apply, and DELETE clears the queue', async () => {
    const wrong = await fetch(`${base}/__sandbox/faults`, {
      body: JSON.stringify({ fault: 'errcode', path: '/cgi-bin/draft/add' }),
      method: 'POST',
    })
    expect(wrong.status).toBe(400)
    await control('faults', { fault: 'http_500', path: '*', times: 5 })
    await fetch(`${base}/__sandbox/faults`, { method: 'DELETE' })
    expect(await token()).toEqual(expect.any(String))
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
  afterEach(() => {
    received.length = 0
  })

  it('is posted to the account’s URL, signed with its token', async () => {
    const { port } = receiver.address() as { port: number }
    await control('accounts', {
      wechat: [
        {
          appid: 'wx_sandbox_xck',
          callbackToken: 'yangguang-callback-token',
          callbackUrl: `http://127.0.0.1:${port}/api/wechat/events`,
          originalId: 'gh_0123456789ab',
        },
      ],
    })
    const accessToken = await token()
    const submitted = await api('/cgi-bin/freepublish/submit', accessToken, {
      media_id: await draft(accessToken),
    })
    const done = await publishedUntil(accessToken, submitted.publish_id)
    for (let i = 0; i < 100 && received.length === 0; i++) await sleep(20)

    expect(received).toHaveLength(1)
    const [{ body, query }] = received
    const [timestamp, nonce] = [query.get('timestamp')!, query.get('nonce')!]
    const signature = wechatSignature('yangguang-callback-token', timestamp, nonce)
    expect(query.get('signature')).toBe(signature)
    // The rule itself, written out: sha1 of token, timestamp and nonce sorted as strings and joined.
    const sorted = ['yangguang-callback-token', timestamp, nonce].sort().join('')
    expect(signature).toBe(createHash('sha1').update(sorted).digest('hex'))
    expect(Math.abs(Number(timestamp) * 1000 - Date.now())).toBeLessThan(60_000)
    expect(wechatSignature('another-token', timestamp, nonce)).not.toBe(signature)
    expect(body).toContain('<ToUserName><![CDATA[gh_0123456789ab]]></ToUserName>')
    expect(body).toContain('<Event><![CDATA[PUBLISHJOBFINISH]]></Event>')
    expect(body).toContain(`<publish_id>${String(submitted.publish_id)}</publish_id>`)
    expect(body).toContain('<publish_status>0</publish_status>')
    expect(body).toContain(`<article_id><![CDATA[${String(done.article_id)}]]></article_id>`)
    expect(body).toMatch(/<article_detail><count>1<\/count><item><idx>1<\/idx><article_url>/)
    expect((await state()).callbacks).toMatchObject([{ delivered: true, publishId: submitted.publish_id }])
  })
})

describe('the state file', () => {
  it('keeps published articles and tokens across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-'))
    const stateFile = join(dir, 'state.json')
    try {
      const first = await startSandbox({ port: 0, publishDelayMs: 0, stateFile })
      const accessToken = await token('wx_sandbox_xck', 'sandbox-secret', first.url)
      const mediaId = await draft(accessToken, { title: '重启之后仍在' }, first.url)
      const submitted = await api(
        '/cgi-bin/freepublish/submit',
        accessToken,
        { media_id: mediaId },
        first.url,
      )
      const done = await publishedUntil(accessToken, submitted.publish_id, 0, first.url)
      await first.close()

      const second = await startSandbox({ port: 0, stateFile })
      try {
        const again = await api(
          '/cgi-bin/freepublish/get',
          accessToken,
          { publish_id: submitted.publish_id },
          second.url,
        )
        expect(again).toMatchObject({ article_id: done.article_id, publish_status: 0 })
        expect(await (await fetch(`${second.url}/s/${String(done.article_id)}`)).text()).toContain(
          '重启之后仍在',
        )
      } finally {
        await second.close()
      }
    } finally {
      rmSync(dir, { force: true, recursive: true })
    }
  })
})
