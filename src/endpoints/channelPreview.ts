/**
 * GET /api/{collection}/{id}/preview?channel=wechat|weibo|website&draft=true — what a channel would
 * show for the item's current draft, rendered on the server by the renderers the delivery uses, with
 * the inputs built by the same code (src/delivery/platformInputs.ts). Pictures point at the media
 * library: re-hosting on a platform happens only at delivery. Readable by whoever may read the item.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { renderWechatArticleHtml } from '../../channels/render/wechatArticleHtml'
import { renderWebsiteHtml } from '../../channels/render/websiteHtml'
import { cleanTitle, composeWeiboStatus, weiboStatusLength } from '../../channels/render/weiboStatus'
import { wechatArticleText, weiboTitle } from '@/delivery/platformInputs'
import { websitePermalink } from '@/gate/publishOnWebsite'
import { refuse } from '@/gate/refusal'
import { itemKeyOf, type ContentCollection } from '@/gate/vocabulary'
import { CHANNEL_LIMITS, checkChannelLimits, type ImageInfo } from '@/lib/preflight/channelLimits'
import { lexicalPlainText, lexicalUploads } from '@/lib/preflight/lexicalText'
import { idOf } from '@/lib/roles'
import type { Media } from '@/payload-types'

const CHANNELS = ['wechat', 'weibo', 'website'] as const
type PreviewChannel = (typeof CHANNELS)[number]

type Doc = Record<string, unknown> & { id: number | string }

const mediaUrl = (media: Pick<Media, 'filename'>) => `/api/media/file/${encodeURIComponent(media.filename!)}`

async function mediaByIds(req: PayloadRequest, ids: (number | string)[]): Promise<Media[]> {
  if (!ids.length) return []
  const found = await req.payload.find({
    collection: 'media',
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    pagination: false,
    req,
    where: { id: { in: ids } },
  })
  return found.docs.filter((media) => media.filename)
}

/** Upload id → its file in the media library, for the pictures placed in the body. */
async function bodyImages(req: PayloadRequest, body: unknown) {
  // Only pictures: a document placed in the body has nothing an article could show.
  const media = (
    await mediaByIds(
      req,
      lexicalUploads(body).map((upload) => upload.id),
    )
  ).filter((item) => item.mimeType?.startsWith('image/'))
  return {
    infos: media as ImageInfo[],
    urls: Object.fromEntries(media.map((item) => [String(item.id), mediaUrl(item)])),
  }
}

/** The live website page, when the item has one: the address a Weibo post links to. */
async function liveWebsiteUrl(req: PayloadRequest, collection: string, id: number | string) {
  const found = await req.payload.find({
    collection: 'deliveries',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    sort: '-deliveredAt',
    where: {
      and: [
        { itemKey: { equals: itemKeyOf(collection, id) } },
        { platform: { equals: 'website' } },
        { state: { equals: 'delivered' } },
      ],
    },
  })
  return found.docs[0]?.url ?? undefined
}

async function preview(
  req: PayloadRequest,
  collection: ContentCollection,
  doc: Doc,
  channel: PreviewChannel,
) {
  const text = await wechatArticleText(req, doc)
  const [cover] = doc.coverImage ? await mediaByIds(req, [idOf(doc.coverImage)!]) : []
  const images = await bodyImages(req, text.body)
  const liveUrl = await liveWebsiteUrl(req, collection, doc.id)
  const permalink = liveUrl ?? websitePermalink(collection, doc.id)
  // Only the channel's limits: cheap and local. Words and links are checked when the item is submitted.
  const findings = checkChannelLimits(channel, {
    author: text.author ?? null,
    bodyText: lexicalPlainText(text.body),
    cover: cover ?? null,
    digest: text.digest ?? null,
    hasCover: Boolean(cover),
    images: images.infos,
    title: text.title,
    websiteLinkAvailable: true,
  })
  const common = { channel, findings, permalink, websiteLive: Boolean(liveUrl) }

  if (channel === 'wechat') {
    const { html, omittedUploads } = renderWechatArticleHtml(text.body, images.urls)
    return {
      ...common,
      author: text.author ?? '',
      coverUrl: cover ? mediaUrl(cover) : null,
      digest: text.digest ?? '',
      html,
      omittedUploads,
      title: text.title,
    }
  }
  if (channel === 'weibo') {
    const title = weiboTitle(doc)
    const status = composeWeiboStatus(title, permalink)
    // What Weibo counts: the words, a space, and the link as a short link; before and after shortening.
    const fullLength = weiboStatusLength(cleanTitle(title))
    return {
      ...common,
      length: weiboStatusLength(status.slice(0, Math.max(0, status.lastIndexOf(' ')))),
      fullLength,
      limit: CHANNEL_LIMITS.weibo.textMaxChars,
      pictureUrl: cover ? mediaUrl(cover) : null,
      shortened: fullLength > CHANNEL_LIMITS.weibo.textMaxChars,
      text: status,
    }
  }
  return {
    ...common,
    html: renderWebsiteHtml(text.body, images.urls),
    summary: text.digest ?? '',
    title: text.title,
  }
}

export const channelPreviewEndpoint = (collection: ContentCollection): Endpoint => ({
  method: 'get',
  path: '/:id/preview',
  handler: async (req) => {
    if (!req.user) refuse(401, '请先登录 (log in first)')
    const channel = req.searchParams.get('channel') as PreviewChannel
    if (!CHANNELS.includes(channel)) {
      refuse(400, '参数 channel 须为 wechat、weibo 或 website (channel must be wechat, weibo or website)', {
        field: 'channel',
      })
    }
    const id = req.routeParams?.id as number | string
    // The caller's own read access decides, drafts included: another unit's drafts stay with that unit.
    const doc = (await req.payload.findByID({
      collection,
      depth: 0,
      disableErrors: true,
      draft: req.searchParams.get('draft') !== 'false',
      id,
      overrideAccess: false,
      req,
    })) as Doc | null
    if (!doc) refuse(404, '未找到该稿件，或无权查看 (not found or not readable)')
    return Response.json(await preview(req, collection, doc, channel))
  },
})
