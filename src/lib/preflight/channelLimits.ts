/**
 * What each platform accepts, checked before review so an editor hears about it while still editing, not
 * from a failed delivery. The numbers are the platforms' documented limits; the renderer and the sandbox
 * read the same `CHANNEL_LIMITS`, so the check and the delivery cannot disagree.
 */
import { countChars } from './lexicalText'
import { fieldLabel, type Finding } from './types'

const KB = 1024
const MB = 1024 * KB

export const CHANNEL_LIMITS = {
  website: { titleMaxChars: 200 },
  wechat: {
    // 公众号 draft/add, one article.
    titleMaxChars: 32,
    authorMaxChars: 16,
    digestMaxChars: 128,
    // Content (HTML) must be under both; under 20 000 characters it is always under 1 MB, even in emoji.
    bodyCharsBelow: 20_000,
    bodyBytesBelow: 1 * MB,
    coverRequired: true,
    // Cover via material/add_material (image type).
    cover: { types: ['image/jpeg', 'image/png', 'image/gif', 'image/bmp'], maxBytes: 10 * MB },
    // Images in the article are re-hosted through media/uploadimg.
    inlineImage: { types: ['image/jpeg', 'image/png'], bytesBelow: 1 * MB },
  },
  weibo: {
    // statuses/share: counted in Chinese characters, two Latin letters or digits making one.
    textMaxChars: 140,
    // What the link to the website page counts for in the post (title + ' ' + link).
    linkChars: 23,
    websiteLinkRequired: true,
    picture: { types: ['image/jpeg', 'image/gif', 'image/png'], bytesBelow: 5 * MB },
  },
} as const

export type ChannelPlatform = keyof typeof CHANNEL_LIMITS

export type ImageInfo = { mimeType?: string | null; filesize?: number | null; filename?: string | null }

export type ChannelItem = {
  title: string
  author?: string | null
  digest?: string | null
  bodyText: string
  /** Length of the body as rendered HTML, in characters; WeChat's limit applies to it. */
  bodyHtmlLength?: number
  hasCover: boolean
  /** The cover's file, when known: checked against WeChat's cover and Weibo's picture limits. */
  cover?: ImageInfo | null
  websiteLinkAvailable: boolean
  images: ImageInfo[]
}

const TYPE_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  bmp: 'image/bmp',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  heic: 'image/heic',
}

function imageType(image: ImageInfo): string | undefined {
  const mimeType = image.mimeType?.toLowerCase()
  if (mimeType === 'image/jpg' || mimeType === 'image/pjpeg') return 'image/jpeg'
  if (mimeType) return mimeType
  const extension = image.filename?.split('.').pop()?.toLowerCase()
  return extension ? TYPE_BY_EXTENSION[extension] : undefined
}

// Rounded up, so a file one byte over a limit never reads as equal to it.
const formatSize = (bytes: number) =>
  bytes >= MB ? `${Math.ceil((bytes / MB) * 10) / 10} MB` : `${Math.ceil(bytes / KB)} KB`

const imageName = (image: ImageInfo, index?: number) =>
  image.filename ? `“${image.filename}”` : index === undefined ? '' : `第 ${index + 1} 张`

/** Weibo's count: a Chinese character is one, a Latin letter, digit or space half, rounded up. */
export function weiboTextLength(text: string): number {
  let halves = 0
  for (const char of text) halves += char.codePointAt(0)! < 0x80 ? 1 : 2
  return Math.ceil(halves / 2)
}

type Check = (item: ChannelItem) => Omit<Finding, 'channel'>[]

const blocking = (code: string, field: string, message: string) => ({
  code,
  severity: 'blocking' as const,
  field,
  message,
})
const warning = (code: string, field: string, message: string) => ({
  code,
  severity: 'warning' as const,
  field,
  message,
})

function tooLong(
  code: string,
  field: string,
  platform: string,
  limit: number,
  value: string | null | undefined,
) {
  const count = countChars(value ?? '')
  if (count <= limit) return []
  return [
    blocking(code, field, `${fieldLabel(field)}超过${platform}限制：最多 ${limit} 字，现有 ${count} 字`),
  ]
}

const checkWebsite: Check = (item) => {
  const { titleMaxChars } = CHANNEL_LIMITS.website
  return [
    ...(item.title.trim() ? [] : [blocking('missing_required', 'title', '网站发布须填写标题')]),
    ...tooLong('website_title_too_long', 'title', '网站', titleMaxChars, item.title),
    ...(item.bodyText.trim() ? [] : [blocking('missing_required', 'body', '网站发布须填写正文，现正文为空')]),
  ]
}

function wechatImageFindings(item: ChannelItem) {
  const { cover, inlineImage } = CHANNEL_LIMITS.wechat
  const findings: Omit<Finding, 'channel'>[] = []
  item.images.forEach((image, index) => {
    const type = imageType(image)
    const name = imageName(image, index)
    if (!type || !(inlineImage.types as readonly string[]).includes(type)) {
      findings.push(
        warning(
          'wechat_image_converted',
          'body',
          `正文图片${name}格式为 ${type ?? '未知'}，微信正文图片仅支持 JPG、PNG，投递时将转换为 JPG`,
        ),
      )
    } else if ((image.filesize ?? 0) >= inlineImage.bytesBelow) {
      findings.push(
        warning(
          'wechat_image_resized',
          'body',
          `正文图片${name}大小 ${formatSize(image.filesize!)}，微信正文图片须小于 ${formatSize(inlineImage.bytesBelow)}，投递时将压缩`,
        ),
      )
    }
  })
  if (item.cover) {
    const type = imageType(item.cover)
    const size = item.cover.filesize ?? 0
    if (size > cover.maxBytes) {
      findings.push(
        blocking(
          'wechat_cover_too_large',
          'cover',
          `封面图超过微信限制：最大 ${formatSize(cover.maxBytes)}，现有 ${formatSize(size)}`,
        ),
      )
    } else if (!type || !(cover.types as readonly string[]).includes(type)) {
      findings.push(
        warning(
          'wechat_cover_converted',
          'cover',
          `封面图格式为 ${type ?? '未知'}，微信封面仅支持 JPG、PNG、GIF、BMP，投递时将转换为 JPG`,
        ),
      )
    }
  }
  return findings
}

const checkWechat: Check = (item) => {
  const limits = CHANNEL_LIMITS.wechat
  const bodyLength = item.bodyHtmlLength ?? countChars(item.bodyText)
  const bodyRule = item.bodyHtmlLength === undefined ? '字' : '字符（含排版代码）'
  return [
    ...(item.title.trim() ? [] : [blocking('missing_required', 'title', '微信发布须填写标题')]),
    ...tooLong('wechat_title_too_long', 'title', '微信', limits.titleMaxChars, item.title),
    ...tooLong('wechat_author_too_long', 'author', '微信', limits.authorMaxChars, item.author),
    ...tooLong('wechat_digest_too_long', 'digest', '微信', limits.digestMaxChars, item.digest),
    ...(item.bodyText.trim() ? [] : [blocking('missing_required', 'body', '微信发布须填写正文，现正文为空')]),
    ...(bodyLength < limits.bodyCharsBelow
      ? []
      : [
          blocking(
            'wechat_body_too_long',
            'body',
            `正文超过微信限制：须少于 ${limits.bodyCharsBelow} ${bodyRule}，现有 ${bodyLength} ${bodyRule}`,
          ),
        ]),
    ...(item.hasCover || !limits.coverRequired
      ? []
      : [blocking('missing_required', 'cover', '微信发布须设置封面图（微信图文消息必须有封面）')]),
    ...wechatImageFindings(item),
  ]
}

const checkWeibo: Check = (item) => {
  const { textMaxChars, linkChars, picture, websiteLinkRequired } = CHANNEL_LIMITS.weibo
  const findings: Omit<Finding, 'channel'>[] = []
  if (!item.title.trim()) findings.push(blocking('missing_required', 'title', '微博发布须填写标题'))
  if (websiteLinkRequired && !item.websiteLinkAvailable) {
    findings.push({
      code: 'weibo_needs_website',
      severity: 'blocking',
      message: '微博发布须附网站页面链接：请同时选择网站渠道，或先在网站发布本条内容',
    })
  }
  const hashtag = item.title.match(/#[^#]+#/)
  if (hashtag) {
    findings.push(
      blocking('weibo_hashtag', 'title', `标题含微博话题“${hashtag[0]}”，微博分享接口不允许正文带 #话题#`),
    )
  }
  // The post is the title, a space and the link.
  const postLength = weiboTextLength(`${item.title} `) + linkChars
  if (postLength > textMaxChars) {
    const room = textMaxChars - linkChars - 1
    findings.push(
      warning(
        'weibo_title_shortened',
        'title',
        `标题加链接超过微博限制：最多 ${textMaxChars} 字，现有 ${postLength} 字（链接按 ${linkChars} 字计），发布时标题将截短至 ${room} 字`,
      ),
    )
  }
  if (item.cover) {
    const type = imageType(item.cover)
    const size = item.cover.filesize ?? 0
    if (!type || !(picture.types as readonly string[]).includes(type) || size >= picture.bytesBelow) {
      findings.push(
        warning(
          'weibo_picture_converted',
          'cover',
          `封面图（${type ?? '格式未知'}，${formatSize(size)}）不符合微博配图要求（JPG、GIF、PNG，小于 ${formatSize(picture.bytesBelow)}），发布时将转换压缩`,
        ),
      )
    }
  }
  return findings
}

const CHECKS: Record<ChannelPlatform, Check> = {
  website: checkWebsite,
  wechat: checkWechat,
  weibo: checkWeibo,
}

/** The platform's limits the item breaks: blocking when the platform would refuse it, else a warning. */
export function checkChannelLimits(
  platform: ChannelPlatform,
  item: ChannelItem,
  channelId?: string,
): Finding[] {
  const check = CHECKS[platform]
  if (!check) return []
  return check(item).map((finding) => (channelId ? { ...finding, channel: channelId } : finding))
}
