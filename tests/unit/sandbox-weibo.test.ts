/** The Weibo half of the platform sandbox, over real HTTP: posting rules, lookups, limits and faults. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { type RunningSandbox, startSandbox, weiboLength } from '../../channels/sandbox/server'

type Json = Record<string, unknown> & { error?: string; error_code?: number }
type Answer = { status: number; body: Json }

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)
const TOKEN = 'sandbox-xck-weibo'
const LINK = 'http://localhost:3000/xxgk/2026/001'

let sandbox: RunningSandbox
let base: string

const answer = async (response: Response): Promise<Answer> => ({
  body: (await response.json()) as Json,
  status: response.status,
})
const share = async (status: string, token = TOKEN, url = base) =>
  answer(
    await fetch(`${url}/2/statuses/share.json`, {
      body: new URLSearchParams({ access_token: token, status }),
      method: 'POST',
    }),
  )
const shareWithPic = async (status: string, pic: Buffer, filename: string) => {
  const form = new FormData()
  form.append('access_token', TOKEN)
  form.append('status', status)
  form.append('pic', new Blob([new Uint8Array(pic)]), filename)
  return answer(await fetch(`${base}/2/statuses/share.json`, { body: form, method: 'POST' }))
}
const get = async (path: string, params: Record<string, string>, url = base) =>
  answer(await fetch(`${url}${path}?${new URLSearchParams({ access_token: TOKEN, ...params })}`))
const destroy = async (id: string) =>
  answer(
    await fetch(`${base}/2/statuses/destroy.json`, {
      body: new URLSearchParams({ access_token: TOKEN, id }),
      method: 'POST',
    }),
  )
const control = async (path: string, body: unknown = {}, url = base) =>
  (
    await fetch(`${url}/__sandbox/${path}`, { body: JSON.stringify(body), method: 'POST' })
  ).json() as Promise<Json>
const state = async () =>
  (await (await fetch(`${base}/__sandbox/state`)).json()) as {
    counts: { weibo: { posts: number; deleted: number } }
    weibo: { posts: { idstr: string; text: string; deleted: boolean }[] }
    calls: { byPath: Record<string, number>; log: { outcome: string }[] }
  }

beforeAll(async () => {
  sandbox = await startSandbox({ publishDelayMs: 0 })
  base = sandbox.url
})
afterAll(() => sandbox.close())
beforeEach(async () => {
  await control('reset')
})

describe('posting and reading back', () => {
  it('share → show → user_timeline → page → destroy → gone', async () => {
    const text = `【政务公开】县政府关于城乡环境整治的通知 ${LINK}`
    const posted = await share(text)
    expect(posted.status).toBe(200)
    const status = posted.body
    expect(status).toMatchObject({ mid: status.idstr, text, user: { screen_name: expect.any(String) } })
    expect(typeof status.id).toBe('number')
    expect(status.idstr).toBe(String(status.id))
    expect(status.created_at).toMatch(
      /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} \+0800 \d{4}$/,
    )
    expect((status.user as Json).id).toEqual(expect.any(Number))

    const shown = await get('/2/statuses/show.json', { id: status.idstr as string })
    expect(shown.body).toMatchObject({ id: status.id, text })
    const second = await share(`第二条 ${LINK}`)
    const timeline = await get('/2/statuses/user_timeline.json', {})
    expect((timeline.body.statuses as Json[]).map((s) => s.idstr)).toEqual([second.body.idstr, status.idstr])

    const page = await (await fetch(`${base}/weibo/${String(status.idstr)}`)).text()
    expect(page).toContain('县政府关于城乡环境整治的通知')
    expect(page).toContain(`<a href="${LINK}">`)
    expect(await (await fetch(base)).text()).toContain(`/weibo/${String(status.idstr)}`)

    const destroyed = await destroy(status.idstr as string)
    expect(destroyed.body).toMatchObject({ id: status.id, text })
    expect(await get('/2/statuses/show.json', { id: status.idstr as string })).toEqual({
      body: { error: 'Target weibo does not exist!', error_code: 20101, request: '/2/statuses/show.json' },
      status: 400,
    })
    expect((await destroy(status.idstr as string)).body.error_code).toBe(20101)
    expect(await (await fetch(`${base}/weibo/${String(status.idstr)}`)).text()).toContain('已被作者删除')
    expect((await state()).counts.weibo).toEqual({ deleted: 1, posts: 1 })
  })

  it('takes a jpg/gif/png picture under 5 MB and serves it back', async () => {
    const posted = await shareWithPic(`配图 ${LINK}`, PNG, 'map.png')
    expect(posted.status).toBe(200)
    const picture = await fetch(posted.body.original_pic as string)
    expect(picture.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await picture.arrayBuffer()).equals(PNG)).toBe(true)
    expect((await shareWithPic(`位图 ${LINK}`, Buffer.from('BM0000000000'), 'a.bmp')).body.error_code).toBe(
      20005,
    )
    const huge = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)])
    expect((await shareWithPic(`大图 ${LINK}`, huge, 'big.png')).body.error_code).toBe(20006)
  })

  it('answers 20019 for text the account has already posted', async () => {
    expect((await share(`重复内容 ${LINK}`)).status).toBe(200)
    expect(await share(`重复内容 ${LINK}`)).toEqual({
      body: { error: 'Repeat content!', error_code: 20019, request: '/2/statuses/share.json' },
      status: 400,
    })
    expect((await share(`重复内容 ${LINK}`, 'sandbox-another-account')).status).toBe(200)
  })

  it('refuses GET on share (10021) and a missing status (10016)', async () => {
    expect((await get('/2/statuses/share.json', { status: 'x' })).body.error_code).toBe(10021)
    expect((await share('')).body.error_code).toBe(10016)
  })
})

describe('the 140-character rule', () => {
  it('counts a Chinese character as one and Latin letters, digits and spaces as halves, rounding up', () => {
    expect(weiboLength('政务公开')).toBe(4)
    expect(weiboLength('ab')).toBe(1)
    expect(weiboLength('abc')).toBe(2)
    expect(weiboLength('政务 2026')).toBe(5) // 2 + (5 halves → 2.5)
    expect(weiboLength('，。！')).toBe(3) // full-width punctuation is a whole character
  })

  it('counts a link as short as its t.cn link when it is longer', () => {
    const longLink = `http://localhost:3000/xxgk/${'a'.repeat(60)}`
    expect(weiboLength(longLink)).toBe(10)
    expect(weiboLength('http://localhost/a')).toBe(9) // 18 bytes: short links count as they are
  })

  it('accepts exactly 140 and answers 20012 at 141', async () => {
    const link = ` ${LINK}` // 36 halves = 18
    expect((await share(`${'政'.repeat(122)}${link}`)).status).toBe(200)
    const tooLong = await share(`${'务'.repeat(123)}${link}`)
    expect(tooLong).toMatchObject({ body: { error_code: 20012 }, status: 400 })
    expect((await share(`${'a'.repeat(244)}${link}`)).status).toBe(200) // 122 Chinese-character widths
    expect((await share(`${'b'.repeat(245)}${link}`)).body.error_code).toBe(20012)
  })
})

describe('safe domains and topics', () => {
  it('needs a link to a safe domain: localhost and 127.0.0.1 by default, plus registered ones', async () => {
    const noLink = await share('没有链接的微博')
    expect(noLink).toMatchObject({ body: { error_code: 10017 }, status: 400 })
    expect(noLink.body.error).toContain("Parameter (status)'s value invalid")
    expect((await share('外部链接 https://www.example.com/a')).body.error_code).toBe(10017)
    expect((await share('本机 http://127.0.0.1:3000/a')).status).toBe(200)
    await control('accounts', { weibo: [{ safeDomains: ['xck.gov.cn'], token: TOKEN }] })
    expect((await share('县政府网站 https://www.xck.gov.cn/xxgk/1')).status).toBe(200)
    expect((await share('仿冒网站 https://xck.gov.cn.evil.com/1')).body.error_code).toBe(10017)
  })

  it('refuses #topics#', async () => {
    expect((await share(`#政务公开# 通知 ${LINK}`)).body.error_code).toBe(10017)
  })
})

describe('tokens and rate limits', () => {
  it('answers 21332 for an unknown token and 21327 after expire-tokens, until it is registered again', async () => {
    expect(await share(`通知 ${LINK}`, 'not-a-sandbox-token')).toMatchObject({
      body: { error: 'invalid_access_token', error_code: 21332 },
      status: 403,
    })
    expect((await share(`通知一 ${LINK}`)).status).toBe(200)
    expect(await control('expire-tokens', { platform: 'weibo' })).toEqual({
      expired: { wechat: 0, weibo: 1 },
    })
    expect(await share(`通知二 ${LINK}`)).toMatchObject({
      body: { error: 'expired_token', error_code: 21327 },
      status: 403,
    })
    await control('accounts', { weibo: [{ token: TOKEN }] })
    expect((await share(`通知二 ${LINK}`)).status).toBe(200)
  })

  it('answers 10024 past the posts per hour, and allows posting again an hour later', async () => {
    let clock = Date.parse('2026-11-26T02:00:00Z')
    const timed = await startSandbox({ now: () => clock })
    try {
      await control('accounts', { weibo: [{ postsPerHour: 2, token: TOKEN }] }, timed.url)
      expect((await share(`一 ${LINK}`, TOKEN, timed.url)).status).toBe(200)
      expect((await share(`二 ${LINK}`, TOKEN, timed.url)).status).toBe(200)
      expect(await share(`三 ${LINK}`, TOKEN, timed.url)).toMatchObject({
        body: { error: 'User requests for (statuses/share) out of rate limit!', error_code: 10024 },
        status: 403,
      })
      clock += 3_600_001
      expect((await share(`三 ${LINK}`, TOKEN, timed.url)).status).toBe(200)
    } finally {
      await timed.close()
    }
  })

  it('answers 10023 past the requests per hour, whatever the API', async () => {
    await control('accounts', { weibo: [{ requestsPerHour: 3, token: TOKEN }] })
    expect((await share(`一 ${LINK}`)).status).toBe(200)
    expect((await get('/2/statuses/user_timeline.json', {})).status).toBe(200)
    expect((await get('/2/statuses/user_timeline.json', {})).status).toBe(200)
    expect(await get('/2/statuses/user_timeline.json', {})).toMatchObject({
      body: { error: 'User requests out of rate limit!', error_code: 10023 },
      status: 403,
    })
  })
})

describe('faults', () => {
  it('drop_after_commit stores the post once; the retry gets 20019 and the timeline finds it by text', async () => {
    const text = `关于征求意见的公告 ${LINK}`
    await control('faults', { fault: 'drop_after_commit', path: '/2/statuses/share.json' })
    await expect(share(text)).rejects.toThrow()
    expect((await state()).weibo.posts).toMatchObject([{ deleted: false, text }])
    expect((await share(text)).body.error_code).toBe(20019)
    const timeline = await get('/2/statuses/user_timeline.json', {})
    const found = (timeline.body.statuses as Json[]).filter((s) => s.text === text)
    expect(found).toHaveLength(1)
    expect((await state()).weibo.posts).toHaveLength(1)
  })

  it.each([
    [20019, 400, 'Repeat content!'],
    [10023, 403, 'User requests out of rate limit!'],
    [21327, 403, 'expired_token'],
  ])('errcode %i is answered in Weibo’s shape with HTTP %i', async (code, httpStatus, error) => {
    await control('faults', { code, fault: 'errcode', path: '/2/statuses/share.json' })
    expect(await share(`故障 ${LINK}`)).toEqual({
      body: { error, error_code: code, request: '/2/statuses/share.json' },
      status: httpStatus,
    })
    expect((await state()).weibo.posts).toHaveLength(0)
    expect((await share(`故障 ${LINK}`)).status).toBe(200)
  })

  it('http_500 and timeout post nothing', async () => {
    await control('faults', [
      { fault: 'http_500', path: '/2/statuses/share.json' },
      { fault: 'timeout', ms: 400, path: '/2/statuses/share.json' },
    ])
    const failed = await fetch(`${base}/2/statuses/share.json`, {
      body: new URLSearchParams({ access_token: TOKEN, status: `一 ${LINK}` }),
      method: 'POST',
    })
    expect(failed.status).toBe(500)
    const held = fetch(`${base}/2/statuses/share.json`, {
      body: new URLSearchParams({ access_token: TOKEN, status: `一 ${LINK}` }),
      method: 'POST',
      signal: AbortSignal.timeout(150),
    })
    await expect(held).rejects.toMatchObject({ name: 'TimeoutError' })
    const after = await state()
    expect(after.weibo.posts).toHaveLength(0)
    expect(after.calls.byPath['/2/statuses/share.json']).toBe(2)
    expect(after.calls.log.map((entry) => entry.outcome)).toEqual(['fault:http_500', 'fault:timeout'])
  })
})
