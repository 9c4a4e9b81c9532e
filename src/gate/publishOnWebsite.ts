/**
 * The website delivery: the approved version becomes the item's live version (索引号 and first
 * publication stamped by the content hooks), under a gate pass for exactly this item and ticket.
 * The content is hashed again inside the transaction: if it is not what was approved, nothing goes live.
 */
import type { PayloadRequest } from 'payload'

import { announcePublicChange } from '@/public/announcePublicChange'
import { serverURL } from '@/lib/env'
import { idOf } from '@/lib/roles'
import type { Delivery } from '@/payload-types'

import { clearGatePass, type GatePass, withGatePass } from './liveGuard'
import { currentContent } from './supersedeStaleTickets'
import { itemOfKey } from './vocabulary'

export class ContentChangedError extends Error {}

/** Where an item lives on the website once delivered; the admin's channel preview links to it too. */
export const websitePermalink = (collection: string, id: number | string): string =>
  `${serverURL()}/${collection}/${id}`

/** The one write that takes an item live or offline, allowed by a pass for exactly this item. */
async function setStatusUnderPass(
  req: PayloadRequest,
  delivery: Delivery,
  status: 'draft' | 'published',
  pass: GatePass,
) {
  const { collection, id } = itemOfKey(delivery.itemKey)
  withGatePass(req, pass)
  let doc
  try {
    doc = await req.payload.update({
      collection,
      data: { _status: status },
      depth: 0,
      id,
      overrideAccess: true,
      req,
    })
  } finally {
    clearGatePass(req)
  }
  // In this transaction: public caches go stale and downstream sites are notified only if it commits.
  const event = status === 'published' ? 'published' : 'retracted'
  await announcePublicChange(req, event, collection, doc, websitePermalink(collection, id))
}

/** The item's content, provided it is still exactly what the delivery's ticket approved. */
export async function approvedContent(
  req: PayloadRequest,
  delivery: Delivery,
): Promise<Record<string, unknown>> {
  const { collection, id } = itemOfKey(delivery.itemKey)
  const { doc, hash } = await currentContent(req, collection, id)
  if (hash !== delivery.contentHash) {
    throw new ContentChangedError(
      '稿件在审核通过后又被修改，本次投递作废，请重新提交审核 (the item changed after approval)',
    )
  }
  return doc
}

export async function publishOnWebsite(req: PayloadRequest, delivery: Delivery): Promise<{ url: string }> {
  const { collection, id } = itemOfKey(delivery.itemKey)
  await approvedContent(req, delivery)
  await setStatusUnderPass(req, delivery, 'published', {
    allowSideEffects: true,
    itemKey: delivery.itemKey,
    kind: 'publish',
    ticketId: idOf(delivery.ticket),
  })
  const after = await currentContent(req, collection, id)
  if (after.hash !== delivery.contentHash) {
    throw new ContentChangedError(
      '发布时内容与审核通过的版本不一致，已取消发布 (published content differs from the approved one)',
    )
  }
  return { url: websitePermalink(collection, id) }
}

export async function unpublishFromWebsite(req: PayloadRequest, delivery: Delivery): Promise<void> {
  await setStatusUnderPass(req, delivery, 'draft', { itemKey: delivery.itemKey, kind: 'retract' })
}
