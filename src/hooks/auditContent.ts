import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { recordAudit } from '@/lib/audit'

import { currentGatePass } from '@/gate/liveGuard'

import { isPublishing } from './isPublishing'

const gateTicket = (req: Parameters<typeof currentGatePass>[0]) => {
  const pass = currentGatePass(req)
  return pass?.ticketId !== undefined ? { ticket: pass.ticketId } : {}
}

/** Going public and being taken down are the transitions an inspector asks about. */
export const auditPublication: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  const published = isPublishing(doc, previousDoc)
  const unpublished = previousDoc?._status === 'published' && doc._status === 'draft'
  if (!published && !unpublished) return doc
  await recordAudit(req, {
    action: published ? 'content_published' : 'content_unpublished',
    summary: `${published ? '发布' : '撤回发布'}：${doc.title ?? doc.id}`,
    targetCollection: collection.slug,
    targetId: doc.id,
    targetVersion: doc.updatedAt,
    details: {
      ...(doc.indexNumber ? { indexNumber: doc.indexNumber } : {}),
      // The approved ticket the gate published or retracted under, when it did.
      ...gateTicket(req),
    },
  })
  return doc
}

export const auditDeletion: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await recordAudit(req, {
    action: 'content_deleted',
    details: { status: doc._status, ...(doc.indexNumber ? { indexNumber: doc.indexNumber } : {}) },
    summary: `删除：${doc.title ?? doc.id}`,
    targetCollection: collection.slug,
    targetId: doc.id,
    targetVersion: doc.updatedAt,
  })
}
