/**
 * What an adapter is given: the approved words (checked against the ticket's hash once more), the
 * cover and the pictures read from storage, and — for Weibo — the item's live website address.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import type { ImageFile } from '../../channels/types'
import type { WechatArticleInput } from '../../channels/wechat/types'
import type { WeiboPostInput } from '../../channels/weibo/types'
import { approvedContent, ContentChangedError } from '@/gate/publishOnWebsite'
import { pollIntervalMs } from './adapterFor'
import { mediaDir } from '@/lib/env'
import { lexicalUploads } from '@/lib/preflight/lexicalText'
import { idOf } from '@/lib/roles'
import type { Delivery } from '@/payload-types'

/** The Weibo post must link to the website page, so it waits for (or gives up with) the website delivery. */
export class WebsiteNotLiveError extends Error {
  constructor(
    message: string,
    readonly final: boolean,
    /** How long to wait before asking again; a ticket still in review is asked about less often. */
    readonly waitMs?: number,
  ) {
    super(message)
  }
}

async function imageFile(req: PayloadRequest, id: number | string): Promise<ImageFile | null> {
  const media = await req.payload.findByID({
    collection: 'media',
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: true,
    req,
  })
  if (!media?.filename) return null
  const bytes = await readFile(path.join(mediaDir(), media.filename))
  return { bytes, filename: media.filename, id: media.id, mimeType: media.mimeType ?? undefined }
}

async function websiteAddress(req: PayloadRequest, delivery: Delivery): Promise<string> {
  const website = await req.payload.find({
    collection: 'deliveries',
    depth: 0,
    limit: 10,
    overrideAccess: true,
    req,
    sort: '-queuedAt',
    where: { and: [{ itemKey: { equals: delivery.itemKey } }, { platform: { equals: 'website' } }] },
  })
  const live = website.docs.find((row) => row.state === 'delivered' && row.url)
  if (live?.url) return live.url
  const pending = website.docs.some((row) => ['queued', 'sending'].includes(row.state))
  if (pending) {
    throw new WebsiteNotLiveError(
      '等待门户网站发布后再发微博（微博须附网站链接） (waiting for the website delivery)',
      false,
    )
  }
  // The Weibo ticket may be signed before the website's: then the website's ticket is still in review.
  const inReview = await req.payload.count({
    collection: 'reviews',
    overrideAccess: true,
    req,
    where: {
      and: [
        { itemKey: { equals: delivery.itemKey } },
        { platform: { equals: 'website' } },
        { state: { equals: 'pending' } },
      ],
    },
  })
  if (inReview.totalDocs) {
    throw new WebsiteNotLiveError(
      '等待网站渠道审核通过并发布后再发微博（微博须附网站链接） (waiting for the website ticket)',
      false,
      pollIntervalMs() * 10,
    )
  }
  throw new WebsiteNotLiveError(
    '门户网站未发布或已撤回，微博无法附网站链接：请先将本稿件提交网站渠道 (the item is not on the website)',
    true,
  )
}

/** The article's words as WeChat gets them; the admin's channel preview renders the same. */
export async function wechatArticleText(
  req: PayloadRequest,
  doc: Record<string, unknown>,
): Promise<Pick<WechatArticleInput, 'author' | 'body' | 'digest' | 'title'>> {
  const unit = doc.unit
    ? await req.payload.findByID({
        collection: 'units',
        depth: 0,
        disableErrors: true,
        id: idOf(doc.unit)!,
        req,
      })
    : null
  return {
    author: unit?.name ?? undefined,
    body: doc.body ?? doc.draftText ?? null,
    digest: typeof doc.summary === 'string' ? doc.summary.slice(0, 120) : undefined,
    title: String(doc.title ?? ''),
  }
}

export async function wechatInput(req: PayloadRequest, delivery: Delivery): Promise<WechatArticleInput> {
  const doc = await approvedContent(req, delivery)
  const cover = doc.coverImage ? await imageFile(req, idOf(doc.coverImage)!) : null
  if (!cover) throw new ContentChangedError('缺少封面图，微信公众号发布须有封面图 (a cover is required)')
  const text = await wechatArticleText(req, doc)
  const images = (
    await Promise.all(lexicalUploads(text.body).map((upload) => imageFile(req, upload.id)))
  ).filter((image): image is ImageFile => image !== null)
  const website = await websiteAddress(req, delivery).catch(() => undefined)
  return { ...text, cover, images, sourceUrl: website }
}

/** The words of a Weibo post besides the link; the admin's channel preview composes the same. */
export const weiboTitle = (doc: Record<string, unknown>): string => String(doc.title ?? '')

export async function weiboInput(req: PayloadRequest, delivery: Delivery): Promise<WeiboPostInput> {
  const doc = await approvedContent(req, delivery)
  const permalink = await websiteAddress(req, delivery)
  const picture = doc.coverImage ? ((await imageFile(req, idOf(doc.coverImage)!)) ?? undefined) : undefined
  return { permalink, picture, title: weiboTitle(doc) }
}
