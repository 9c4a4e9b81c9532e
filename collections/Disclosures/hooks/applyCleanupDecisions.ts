import type { CollectionAfterChangeHook } from 'payload'

import { refuseField } from '@/lib/errors'
import { idOf } from '@/lib/roles'
import { isPublishing } from '@/hooks/isPublishing'

const VALIDITY_AFTER: Record<string, string> = {
  amend: 'amended',
  expire: 'expired',
  keep: 'valid',
  repeal: 'repealed',
}

type CleanupItem = { decision: string; document: unknown; replacement?: unknown }

/**
 * Publishing a 清理 result is what changes the listed documents' validity, in the same transaction:
 * either every listed document changes, or the publication is refused and nothing does. A document
 * with unpublished edits is not touched behind its editor's back: the publication is refused instead.
 */
export const applyCleanupDecisions: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.docType !== 'cleanup_result' || !isPublishing(doc, previousDoc)) return doc
  for (const item of (doc.cleanupItems ?? []) as CleanupItem[]) {
    const id = idOf(item.document) as number
    const latest = await req.payload.findVersions({
      collection: 'disclosures',
      limit: 1,
      req,
      sort: '-updatedAt',
      where: { parent: { equals: id } },
    })
    const pending = latest.docs[0]?.version
    if (pending && pending._status === 'draft') {
      refuseField(
        'cleanupItems',
        `清单中的文件《${pending.title}》有尚未发布的修改，请先发布或撤销后再发布清理结果 (a listed document has unpublished edits)`,
        409,
      )
    }
    await req.payload.update({
      collection: 'disclosures',
      data: {
        validity: VALIDITY_AFTER[item.decision] as 'valid',
        ...(item.decision === 'amend' ? { replacedBy: idOf(item.replacement) as number } : {}),
      },
      id,
      overrideAccess: true,
      req,
    })
  }
  return doc
}
