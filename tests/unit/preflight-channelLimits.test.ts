import { describe, expect, it } from 'vitest'

import {
  CHANNEL_LIMITS,
  checkChannelLimits,
  weiboTextLength,
  type ChannelItem,
} from '@/lib/preflight/channelLimits'

const MB = 1024 * 1024
const chinese = (count: number) => '政'.repeat(count)

const item = (overrides: Partial<ChannelItem> = {}): ChannelItem => ({
  title: '关于开展2024年度政府信息公开工作的通知',
  author: '市政府办公室',
  digest: '本通知说明年度工作安排。',
  bodyText: '各区县人民政府，市政府各部门：现将有关事项通知如下。',
  hasCover: true,
  websiteLinkAvailable: true,
  images: [],
  ...overrides,
})

const codes = (findings: { code: string }[]) => findings.map((f) => f.code)

describe('website limits', () => {
  it('accepts an ordinary item', () => {
    expect(checkChannelLimits('website', item())).toEqual([])
  })

  it('allows a 200-character title and blocks 201, naming both figures', () => {
    expect(checkChannelLimits('website', item({ title: chinese(200) }))).toEqual([])
    expect(checkChannelLimits('website', item({ title: chinese(201) }))).toEqual([
      {
        code: 'website_title_too_long',
        severity: 'blocking',
        field: 'title',
        message: '标题超过网站限制：最多 200 字，现有 201 字',
      },
    ])
  })

  it('blocks a blank body or title', () => {
    const findings = checkChannelLimits('website', item({ title: ' ', bodyText: ' \n ' }))
    expect(findings.map((f) => [f.code, f.severity, f.field])).toEqual([
      ['missing_required', 'blocking', 'title'],
      ['missing_required', 'blocking', 'body'],
    ])
  })
})

describe('WeChat limits', () => {
  it('accepts an ordinary item and tags findings with the channel', () => {
    expect(checkChannelLimits('wechat', item(), 'acct-1')).toEqual([])
    const [finding] = checkChannelLimits('wechat', item({ hasCover: false }), 'acct-1')
    expect(finding.channel).toBe('acct-1')
  })

  it('allows a 32-character title and blocks 33', () => {
    expect(checkChannelLimits('wechat', item({ title: chinese(32) }))).toEqual([])
    expect(checkChannelLimits('wechat', item({ title: chinese(33) }))).toEqual([
      {
        code: 'wechat_title_too_long',
        severity: 'blocking',
        field: 'title',
        message: '标题超过微信限制：最多 32 字，现有 33 字',
      },
    ])
  })

  it('counts characters as code points, so an emoji is one', () => {
    expect(checkChannelLimits('wechat', item({ title: `${chinese(31)}😀` }))).toEqual([])
    expect(codes(checkChannelLimits('wechat', item({ title: `${chinese(32)}😀` })))).toEqual([
      'wechat_title_too_long',
    ])
  })

  it('allows a 16-character author and blocks 17', () => {
    expect(checkChannelLimits('wechat', item({ author: chinese(16) }))).toEqual([])
    const [finding] = checkChannelLimits('wechat', item({ author: chinese(17) }))
    expect(finding).toMatchObject({ code: 'wechat_author_too_long', severity: 'blocking', field: 'author' })
    expect(finding.message).toBe('作者超过微信限制：最多 16 字，现有 17 字')
  })

  it('allows a 128-character digest and blocks 129; a missing author or digest is fine', () => {
    expect(checkChannelLimits('wechat', item({ digest: chinese(128), author: null }))).toEqual([])
    expect(checkChannelLimits('wechat', item({ digest: chinese(129) }))[0].message).toBe(
      '摘要超过微信限制：最多 128 字，现有 129 字',
    )
  })

  it('needs the body under 20 000 characters, measured on the HTML when given', () => {
    expect(checkChannelLimits('wechat', item({ bodyText: chinese(19_999) }))).toEqual([])
    expect(checkChannelLimits('wechat', item({ bodyText: chinese(20_000) }))[0]).toMatchObject({
      code: 'wechat_body_too_long',
      message: '正文超过微信限制：须少于 20000 字，现有 20000 字',
    })
    expect(checkChannelLimits('wechat', item({ bodyHtmlLength: 19_999 }))).toEqual([])
    expect(checkChannelLimits('wechat', item({ bodyHtmlLength: 25_000 }))[0].message).toBe(
      '正文超过微信限制：须少于 20000 字符（含排版代码），现有 25000 字符（含排版代码）',
    )
  })

  it('requires a cover', () => {
    expect(checkChannelLimits('wechat', item({ hasCover: false }))).toEqual([
      {
        code: 'missing_required',
        severity: 'blocking',
        field: 'cover',
        message: '微信发布须设置封面图（微信图文消息必须有封面）',
      },
    ])
  })

  it('warns, without blocking, that other formats and images of 1 MB or more will be converted', () => {
    const findings = checkChannelLimits(
      'wechat',
      item({
        images: [
          { mimeType: 'image/png', filesize: MB - 1, filename: 'small.png' },
          { mimeType: 'image/jpeg', filesize: MB, filename: 'photo.jpg' },
          { mimeType: 'image/webp', filesize: 10_000, filename: 'chart.webp' },
          { mimeType: null, filesize: 10_000, filename: 'map.GIF' },
          { mimeType: 'image/jpg', filesize: 2_000 },
        ],
      }),
    )
    expect(findings.map((f) => [f.code, f.severity, f.message])).toEqual([
      [
        'wechat_image_resized',
        'warning',
        '正文图片“photo.jpg”大小 1 MB，微信正文图片须小于 1 MB，投递时将压缩',
      ],
      [
        'wechat_image_converted',
        'warning',
        '正文图片“chart.webp”格式为 image/webp，微信正文图片仅支持 JPG、PNG，投递时将转换为 JPG',
      ],
      [
        'wechat_image_converted',
        'warning',
        '正文图片“map.GIF”格式为 image/gif，微信正文图片仅支持 JPG、PNG，投递时将转换为 JPG',
      ],
    ])
  })

  it('allows a 10 MB cover and blocks a larger one', () => {
    const cover = (filesize: number) => ({ mimeType: 'image/jpeg', filesize, filename: 'cover.jpg' })
    expect(checkChannelLimits('wechat', item({ cover: cover(10 * MB) }))).toEqual([])
    expect(checkChannelLimits('wechat', item({ cover: cover(10 * MB + 1) }))).toEqual([
      {
        code: 'wechat_cover_too_large',
        severity: 'blocking',
        field: 'cover',
        message: '封面图超过微信限制：最大 10 MB，现有 10.1 MB',
      },
    ])
    expect(
      codes(checkChannelLimits('wechat', item({ cover: { mimeType: 'image/webp', filesize: 1 } }))),
    ).toEqual(['wechat_cover_converted'])
  })
})

describe('Weibo limits', () => {
  it('accepts an ordinary item', () => {
    expect(checkChannelLimits('weibo', item())).toEqual([])
  })

  it('needs the website page to link to', () => {
    expect(checkChannelLimits('weibo', item({ websiteLinkAvailable: false }), 'weibo-1')).toEqual([
      {
        code: 'weibo_needs_website',
        severity: 'blocking',
        channel: 'weibo-1',
        message: '微博发布须附网站页面链接：请同时选择网站渠道，或先在网站发布本条内容',
      },
    ])
  })

  it('blocks a #topic# in the title, but not a lone #', () => {
    expect(checkChannelLimits('weibo', item({ title: '#政务公开# 年度报告发布' }))).toEqual([
      {
        code: 'weibo_hashtag',
        severity: 'blocking',
        field: 'title',
        message: '标题含微博话题“#政务公开#”，微博分享接口不允许正文带 #话题#',
      },
    ])
    expect(checkChannelLimits('weibo', item({ title: '第1#楼维修通知' }))).toEqual([])
  })

  it('fits a 116-character title beside the link and warns at 117 that it will be shortened', () => {
    const { textMaxChars, linkChars } = CHANNEL_LIMITS.weibo
    expect(textMaxChars - linkChars - 1).toBe(116)
    expect(checkChannelLimits('weibo', item({ title: chinese(116) }))).toEqual([])
    expect(checkChannelLimits('weibo', item({ title: chinese(117) }))).toEqual([
      {
        code: 'weibo_title_shortened',
        severity: 'warning',
        field: 'title',
        message:
          '标题加链接超过微博限制：最多 140 字，现有 141 字（链接按 23 字计），发布时标题将截短至 116 字',
      },
    ])
  })

  it('counts two Latin letters or digits as one character, as Weibo does', () => {
    expect(weiboTextLength('2024')).toBe(2)
    expect(weiboTextLength('政务a')).toBe(3)
    expect(checkChannelLimits('weibo', item({ title: 'a'.repeat(232) }))).toEqual([])
    expect(codes(checkChannelLimits('weibo', item({ title: 'a'.repeat(234) })))).toEqual([
      'weibo_title_shortened',
    ])
  })

  it('warns that a cover outside Weibo’s picture rules will be converted', () => {
    const cover = (mimeType: string, filesize: number) => ({ mimeType, filesize })
    expect(checkChannelLimits('weibo', item({ cover: cover('image/gif', 5 * MB - 1) }))).toEqual([])
    expect(codes(checkChannelLimits('weibo', item({ cover: cover('image/png', 5 * MB) })))).toEqual([
      'weibo_picture_converted',
    ])
    const [webp] = checkChannelLimits('weibo', item({ cover: cover('image/webp', 2 * MB) }))
    expect(webp).toMatchObject({ code: 'weibo_picture_converted', severity: 'warning', field: 'cover' })
    expect(webp.message).toBe(
      '封面图（image/webp，2 MB）不符合微博配图要求（JPG、GIF、PNG，小于 5 MB），发布时将转换压缩',
    )
  })
})
