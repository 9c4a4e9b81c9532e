import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '@/lib/audit'
import { toChinaDate } from '@/lib/statutoryClocks'

/**
 * The transitions an inspector asks about: a request registered, its deadline extended, its reply
 * given. Detected by comparing with the previous document, so other saves write no row. The
 * applicant's personal data never goes into the audit trail.
 */
export const auditRequestChanges: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const target = { targetCollection: 'disclosure-requests', targetId: doc.id, targetVersion: doc.updatedAt }
  const label = `${doc.subject ?? doc.id}`
  if (operation === 'create') {
    await recordAudit(req, {
      ...target,
      action: 'request_received',
      details: { receivedOn: toChinaDate(doc.receivedOn), deadline: doc.deadline ?? null },
      summary: `登记公开申请：${label}`,
    })
  }
  if (doc.extension?.approved && !previousDoc?.extension?.approved) {
    await recordAudit(req, {
      ...target,
      action: 'request_extended',
      details: { days: doc.extension.days, deadline: doc.deadline ?? null },
      summary: `延长答复期限 ${doc.extension.days} 个工作日：${label}`,
    })
  }
  if (doc.repliedOn && !previousDoc?.repliedOn) {
    await recordAudit(req, {
      ...target,
      action: 'request_replied',
      details: { outcome: doc.outcome, repliedOn: toChinaDate(doc.repliedOn) },
      summary: `答复公开申请：${label}`,
    })
  }
  return doc
}
