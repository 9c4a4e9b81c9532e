import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { recordAudit } from '@/lib/audit'

import { isPublishing } from './isPublishing'

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
    ...(doc.indexNumber ? { details: { indexNumber: doc.indexNumber } } : {}),
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
