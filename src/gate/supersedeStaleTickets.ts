import type { CollectionAfterChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import { recordAudit } from '@/lib/audit'

import { contentHash } from './contentHash'
import { itemKeyOf } from './vocabulary'

/** The content of the item's newest version (draft or published), hashed the way tickets are. */
export async function currentContent(req: PayloadRequest, collection: CollectionSlug, id: number | string) {
  const doc = (await req.payload.findByID({
    collection,
    depth: 0,
    draft: true,
    id,
    overrideAccess: true,
    req,
  })) as unknown as Record<string, unknown> & { id: number | string }
  const fields = req.payload.collections[collection].config.fields
  return { doc, hash: contentHash(fields, doc) }
}

/**
 * An approval covers the words that were reviewed. When the item changes after submission, every open
 * or approved ticket for other words is void: it becomes `superseded`, and the new words need a new review.
 * Compared by content hash, so saves that change nothing an editor wrote (publishing, stamping) void nothing.
 */
export const supersedeStaleTickets: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const itemKey = itemKeyOf(collection.slug, doc.id)
  const open = await req.payload.find({
    collection: 'reviews',
    depth: 0,
    limit: 100,
    overrideAccess: true,
    pagination: false,
    req,
    where: { and: [{ itemKey: { equals: itemKey } }, { state: { in: ['pending', 'approved'] } }] },
  })
  if (!open.docs.length) return doc
  const { hash } = await currentContent(req, collection.slug as CollectionSlug, doc.id)
  for (const ticket of open.docs) {
    if (ticket.contentHash === hash) continue
    await req.payload.update({
      collection: 'reviews',
      data: { closedAt: new Date().toISOString(), currentStageName: '—', state: 'superseded' },
      id: ticket.id,
      overrideAccess: true,
      req,
    })
    await recordAudit(req, {
      action: 'review_superseded',
      details: {
        from: ticket.state,
        submittedHash: ticket.contentHash,
        currentHash: hash,
        ticket: ticket.id,
      },
      summary: `内容修改，工单失效：${ticket.title}`,
      targetCollection: collection.slug,
      targetId: doc.id,
      targetVersion: hash,
    })
  }
  return doc
}
