import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '@/lib/audit'

const WATCHED = ['name', 'contact', 'revoked', 'rateLimitPerMinute', 'keyPrefix'] as const

/** Issuing, revoking and re-limiting a site's key are on record (the key itself never is). */
export const auditSiteChange: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  const changed = WATCHED.filter((field) => doc[field] !== previousDoc?.[field])
  if (operation === 'update' && !changed.length) return doc
  const keyIssued = operation === 'create' || changed.includes('keyPrefix')
  await recordAudit(req, {
    action: keyIssued ? 'downstream_key_issued' : 'downstream_site_changed',
    details: {
      changed,
      keyPrefix: doc.keyPrefix,
      rateLimitPerMinute: doc.rateLimitPerMinute,
      revoked: doc.revoked,
    },
    summary: `${keyIssued ? '签发下游网站密钥' : '变更下游网站'}：${doc.name}${doc.revoked ? '（已吊销）' : ''}`,
    targetCollection: 'downstream-sites',
    targetId: doc.id,
  })
  return doc
}
