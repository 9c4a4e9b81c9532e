import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '@/lib/audit'
import { idOf } from '@/lib/roles'

const WATCHED = [
  'name',
  'platform',
  'owningUnit',
  'filingStatus',
  'sandbox',
  'appId',
  'apiBase',
  'stages',
] as const

/** Opening, re-filing or closing an account changes who vets what: each change is on record (secrets: only that they changed). */
export const auditAccountChange: CollectionAfterChangeHook = async ({
  context,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const comparable = (value: unknown) => JSON.stringify(idOf(value) ?? value ?? null)
  const changed = WATCHED.filter((field) => comparable(doc[field]) !== comparable(previousDoc?.[field]))
  const secretsReplaced = (context.replacedSecrets as string[] | undefined) ?? []
  if (operation === 'update' && !changed.length && !secretsReplaced.length) return doc
  await recordAudit(req, {
    action: operation === 'create' ? 'channel_account_created' : 'channel_account_changed',
    details: {
      changed,
      filingStatus: { from: previousDoc?.filingStatus ?? null, to: doc.filingStatus },
      secretsReplaced,
    },
    summary: `${operation === 'create' ? '开设渠道账号' : '变更渠道账号'}：${doc.name}`,
    targetCollection: 'channel-accounts',
    targetId: doc.id,
  })
  return doc
}
