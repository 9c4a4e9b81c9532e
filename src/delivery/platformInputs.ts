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
import { mediaDir } from '@/lib/env'
import { lexicalUploads } from '@/lib/preflight/lexicalText'
import { idOf } from '@/lib/roles'
import type { Delivery } from '@/payload-types'

/** The Weibo post must link to the website page, so it waits for (or gives up with) the website delivery. */
export class WebsiteNotLiveError extends Error {
  constructor(
    message: string,
    readonly final: boolean,
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
  throw new WebsiteNotLiveError(
    pending
      ? '等待门户网站发布后再发微博（微博须附网站链接） (waiting for the website delivery)'
      : '门户网站未发布或已撤回，微博无法附网站链接：请先将本稿件提交网站渠道 (the item is not on the website)',
    !pending,
  )
}

export async function wechatInput(req: PayloadRequest, delivery: Delivery): Promise<WechatArticleInput> {
  const doc = await approvedContent(req, delivery)
  const cover = doc.coverImage ? await imageFile(req, idOf(doc.coverImage)!) : null
  if (!cover) throw new ContentChangedError('缺少封面图，微信公众号发布须有封面图 (a cover is required)')
  const body = doc.body ?? doc.draftText ?? null
  const images = (await Promise.all(lexicalUploads(body).map((upload) => imageFile(req, upload.id)))).filter(
    (image): image is ImageFile => image !== null,
  )
  const unit = doc.unit
    ? await req.payload.findByID({
        collection: 'units',
        depth: 0,
        disableErrors: true,
        id: idOf(doc.unit)!,
        req,
      })
    : null
  const website = await websiteAddress(req, delivery).catch(() => undefined)
  return {
    author: unit?.name ?? undefined,
    body,
    cover,
    digest: typeof doc.summary === 'string' ? doc.summary.slice(0, 120) : undefined,
    images,
    sourceUrl: website,
    title: String(doc.title ?? ''),
  }
}

export async function weiboInput(req: PayloadRequest, delivery: Delivery): Promise<WeiboPostInput> {
  const doc = await approvedContent(req, delivery)
  const permalink = await websiteAddress(req, delivery)
  const picture = doc.coverImage ? ((await imageFile(req, idOf(doc.coverImage)!)) ?? undefined) : undefined
  return { permalink, picture, title: String(doc.title ?? '') }
}
