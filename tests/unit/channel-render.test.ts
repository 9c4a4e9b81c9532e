/** Rendering for the platforms: Lexical → WeChat article HTML, the allowlist, Weibo text, image preparation. */
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { ChannelError, httpStatusError, networkError, wechatError, weiboError } from '../../channels/errors'
import { prepareImage, sniffImage } from '../../channels/render/prepareImage'
import { sanitizeArticleHtml } from '../../channels/render/sanitizeArticleHtml'
import { articleUploadIds, renderWechatArticleHtml } from '../../channels/render/wechatArticleHtml'
import { composeWeiboStatus, weiboCount } from '../../channels/render/weiboStatus'
import { weiboLength } from '../../channels/sandbox/server'
import { weiboTextLength } from '../../src/lib/preflight/channelLimits'

const text = (t: string, format = 0, style = '') => ({ format, style, text: t, type: 'text', version: 1 })
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  children,
  type,
  version: 1,
  ...extra,
})
const doc = (...children: unknown[]) => ({ root: { children, type: 'root', version: 1 } })
const IMG = 'http://mmbiz.qpic.cn/mmbiz_png/abc123/0'

describe('Lexical → WeChat article HTML', () => {
  it('renders headings, paragraphs, lists, quotes and text formats', () => {
    const { html } = renderWechatArticleHtml(
      doc(
        block('heading', [text('一、总体要求')], { tag: 'h2' }),
        block('paragraph', [text('加粗', 1), text('斜体', 2), text('下划线', 8), text('粗斜', 3)], {
          format: 'center',
        }),
        block('list', [block('listitem', [text('第一项')]), block('listitem', [text('第二项')])], {
          listType: 'number',
          tag: 'ol',
        }),
        block('list', [block('listitem', [text('要点')])], { listType: 'bullet', tag: 'ul' }),
        block('quote', [text('引文')]),
        block('paragraph', [text('上'), { type: 'linebreak' }, text('下')], { indent: 1 }),
      ),
      {},
    )
    expect(html).toBe(
      '<h2>一、总体要求</h2>' +
        '<p style="text-align:center"><strong>加粗</strong><em>斜体</em><u>下划线</u><strong><em>粗斜</em></strong></p>' +
        '<ol><li>第一项</li><li>第二项</li></ol><ul><li>要点</li></ul><blockquote>引文</blockquote>' +
        '<p style="padding-left:2em">上<br />下</p>',
    )
  })

  it('keeps the text of external and internal links but only the href of WeChat articles', () => {
    const link = (url: string, label: string, linkType = 'custom') =>
      block('link', [text(label)], { fields: { linkType, url } })
    const { html } = renderWechatArticleHtml(
      doc(
        block('paragraph', [
          link('https://www.gov.cn/zhengce/1.htm', '国务院文件'),
          link('', '本站另一条', 'internal'),
          link('https://mp.weixin.qq.com/s/XyZ', '往期'),
          link('javascript:alert(1)', '坏链接'),
        ]),
      ),
      {},
    )
    expect(html).toBe('<p>国务院文件本站另一条<a href="https://mp.weixin.qq.com/s/XyZ">往期</a>坏链接</p>')
  })

  it('replaces upload nodes by their re-hosted picture and reports those it had no picture for', () => {
    const { html, omittedUploads } = renderWechatArticleHtml(
      doc(
        { relationTo: 'media', type: 'upload', value: { alt: '现场"照片"', id: 7 } },
        { relationTo: 'media', type: 'upload', value: 8 },
      ),
      { '7': IMG },
    )
    expect(html).toBe(`<p style="text-align:center"><img src="${IMG}" alt="现场&quot;照片&quot;" /></p>`)
    expect(omittedUploads).toEqual(['8'])
    const body = doc(
      { relationTo: 'media', type: 'upload', value: 8 },
      { relationTo: 'media', type: 'upload', value: { id: 7 } },
      { relationTo: 'media', type: 'upload', value: 8 },
    )
    expect(articleUploadIds(body)).toEqual(['8', '7'])
  })

  it('escapes text that looks like HTML and keeps only safe inline styles', () => {
    const { html } = renderWechatArticleHtml(
      doc(
        block('paragraph', [
          text('<script>alert(1)</script>'),
          text('红字', 0, 'color: #e03e2d; position: fixed; background-image: url(https://x.example/a.png)'),
        ]),
      ),
      {},
    )
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;<span style="color:#e03e2d">红字</span></p>')
  })

  it('treats any value that is not a Lexical document as empty', () => {
    expect(renderWechatArticleHtml(null, {}).html).toBe('')
    expect(renderWechatArticleHtml('<p>x</p>', {}).html).toBe('')
  })
})

describe('the article HTML allowlist', () => {
  const clean = (html: string) =>
    sanitizeArticleHtml(html, {
      imageUrls: [IMG],
      keepLink: (url) => url.startsWith('https://mp.weixin.qq.com/'),
    })

  it('removes script, style, iframes, event handlers and javascript: URLs', () => {
    expect(
      clean('<p onclick="steal()">正文<script>alert(1)</script></p><style>p{display:none}</style>'),
    ).toBe('<p>正文</p>')
    expect(clean('<iframe src="https://x.example"></iframe><object data="x"></object><p>留</p>')).toBe(
      '<p>留</p>',
    )
    expect(
      clean(
        '<a href="javascript:alert(1)">点</a><a href="https://mp.weixin.qq.com/s/a" onmouseover="x()">文</a>',
      ),
    ).toBe('点<a href="https://mp.weixin.qq.com/s/a">文</a>')
    expect(clean('<svg onload="x()"><circle /></svg><p>后</p>')).toBe('<p>后</p>')
  })

  it('keeps a picture only at a re-hosted address, without its handlers', () => {
    expect(clean(`<img src="${IMG}" onerror="x()" alt="图">`)).toBe(`<img src="${IMG}" alt="图" />`)
    expect(clean('<img src="https://evil.example/a.png"><img src="data:image/png;base64,AAAA">')).toBe('')
  })

  it('keeps only the listed inline style properties', () => {
    expect(
      clean('<p style="text-align:center;position:absolute;top:0;color:red;font-weight:bold">x</p>'),
    ).toBe('<p style="text-align:center;font-weight:bold">x</p>')
    expect(clean('<span style="background-color:#fff3a3;behavior:url(x.htc)">y</span>')).toBe(
      '<span style="background-color:#fff3a3">y</span>',
    )
  })
})

describe('the Weibo post text', () => {
  const link = 'https://www.xck.gov.cn/xxgk/2026/notice-1.html'

  it('is the title, a space and the link', () => {
    expect(composeWeiboStatus('县政府关于开展城乡环境整治的通知', link)).toBe(
      `县政府关于开展城乡环境整治的通知 ${link}`,
    )
  })

  it('defuses #topics# and @mentions, and puts the title on one line', () => {
    expect(composeWeiboStatus('  #环境整治#\n通知 @某某 ', link)).toBe(`＃环境整治＃ 通知 ＠某某 ${link}`)
  })

  it('shortens a long title with … and keeps the link whole, within 140 by every count', () => {
    for (const title of [
      '政'.repeat(200),
      'Policy '.repeat(60),
      '通知🎉'.repeat(60),
      `${'a'.repeat(231)}政务`,
    ]) {
      const status = composeWeiboStatus(title, link)
      expect(status.endsWith(`… ${link}`)).toBe(true)
      expect(weiboLength(status)).toBeLessThanOrEqual(140) // the platform's own count (the sandbox's)
      const withoutLink = status.slice(0, -link.length)
      expect(weiboCount(withoutLink) + 23).toBeLessThanOrEqual(140) // pre-flight's rule: a link is 23
    }
    // Not shortened more than needed: 116 characters of title + ' ' + a 23-character link is exactly 140.
    const fits = '政'.repeat(116)
    expect(composeWeiboStatus(fits, link)).toBe(`${fits} ${link}`)
    expect(composeWeiboStatus(`${fits}政`, link)).toBe(`${'政'.repeat(115)}… ${link}`)
  })

  it('counts an emoji as two, as Weibo does (UTF-16 units), where pre-flight counts one', () => {
    expect(weiboTextLength('🎉')).toBe(1)
    expect(weiboCount('🎉')).toBe(2)
    expect(weiboCount('政务 2026')).toBe(weiboLength('政务 2026'))
  })

  it('refuses an item without a usable website link as bad_content', () => {
    const error = (() => {
      try {
        composeWeiboStatus('通知', 'javascript:alert(1)')
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(ChannelError)
    expect(error).toMatchObject({ kind: 'bad_content', platform: 'weibo' })
  })
})

describe('preparing pictures for upload', () => {
  const rule = { accept: ['image/jpeg', 'image/png'], bytesBelow: 1024 * 1024, platform: 'wechat' as const }

  it('sends an accepted picture as it is, named by its real type', async () => {
    const png = await sharp({ create: { background: '#fff', channels: 3, height: 8, width: 8 } })
      .png()
      .toBuffer()
    const prepared = await prepareImage({ bytes: png, filename: 'photo.jpeg', id: 1 }, rule)
    expect(prepared).toMatchObject({ filename: 'photo.png', mimeType: 'image/png', reencoded: false })
    expect(prepared.bytes.equals(png)).toBe(true)
  })

  it('re-encodes another type, or one too large, to a JPEG under the limit with a safe .jpg name', async () => {
    const gif = await sharp({ create: { background: '#0a0', channels: 4, height: 16, width: 16 } })
      .gif()
      .toBuffer()
    const fromGif = await prepareImage({ bytes: gif, filename: '会议现场.gif', id: 'a/b' }, rule)
    expect(fromGif).toMatchObject({ filename: 'image-ab.jpg', mimeType: 'image/jpeg', reencoded: true })
    expect(sniffImage(fromGif.bytes)).toBe('jpg')

    let seed = 1 // a linear congruential generator: noise that PNG cannot compress, the same on every run
    const noise = Buffer.from(
      Array.from(
        { length: 400 * 400 * 3 },
        () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24,
      ),
    )
    const png = await sharp(noise, { raw: { channels: 3, height: 400, width: 400 } })
      .png()
      .toBuffer()
    const small = await prepareImage(
      { bytes: png, filename: 'map.png', id: 2 },
      { ...rule, bytesBelow: 60 * 1024 },
    )
    expect(png.length).toBeGreaterThan(60 * 1024)
    expect(small.bytes.length).toBeLessThan(60 * 1024)
    expect(small).toMatchObject({ filename: 'map.jpg', reencoded: true })
  })

  it('reports bytes that are no picture as bad_content', async () => {
    const error = await prepareImage({ bytes: Buffer.from('not an image'), id: 3 }, rule).catch(
      (e: unknown) => e,
    )
    expect(error).toMatchObject({ kind: 'bad_content', platform: 'wechat' })
  })
})

describe('classifying platform failures', () => {
  it.each([
    [40001, 'refresh_token'],
    [42001, 'refresh_token'],
    [45009, 'retry_later'],
    [-1, 'retry_later'],
    [45047, 'retry_later'],
    [40164, 'account_disconnected'],
    [48001, 'account_disconnected'],
    [40013, 'account_disconnected'],
    [40125, 'account_disconnected'],
    [41001, 'account_disconnected'],
    [45002, 'bad_content'],
    [45003, 'bad_content'],
    [45004, 'bad_content'],
    [45110, 'bad_content'],
    [40005, 'bad_content'],
    [40006, 'bad_content'],
    [40009, 'bad_content'],
    [40007, 'bad_content'],
  ])('WeChat errcode %i → %s', (code, kind) => {
    const error = wechatError(code, 'errmsg')
    expect(error).toMatchObject({ kind, platform: 'wechat', platformCode: code })
    expect(error.operatorMessage).toMatch(/[\u4e00-\u9fff].*\(.+\)/)
  })

  it.each([
    [21327, 'account_disconnected'],
    [21332, 'account_disconnected'],
    [21314, 'account_disconnected'],
    [10023, 'retry_later'],
    [10024, 'retry_later'],
    [20019, 'duplicate_content'],
    [20012, 'bad_content'],
    [10017, 'bad_content'],
    [20005, 'bad_content'],
    [20006, 'bad_content'],
  ])('Weibo error_code %i → %s', (code, kind) => {
    expect(weiboError(code)).toMatchObject({ kind, platform: 'weibo', platformCode: code })
  })

  it('tells a connection that never opened from an answer that never came', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
    expect(networkError(refused, 'wechat')?.kind).toBe('retry_later')
    expect(networkError(reset, 'weibo')?.kind).toBe('outcome_unknown')
    expect(networkError(new TypeError('a bug'), 'wechat')).toBeUndefined()
    expect(httpStatusError(500, 'wechat').kind).toBe('retry_later')
    expect(httpStatusError(504, 'wechat').kind).toBe('outcome_unknown')
  })
})
