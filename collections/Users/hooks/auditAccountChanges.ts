import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { recordAudit } from '@/lib/audit'
import { idOf } from '@/lib/roles'

const rolesOf = (doc?: { roles?: null | string[] }) => [...(doc?.roles ?? [])].sort().join(',')

/** Accounts and what they may do: creation, a change of roles or unit, removal. */
export const auditAccountChanges: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const before = { roles: rolesOf(previousDoc), unit: idOf(previousDoc?.unit) }
  const after = { roles: rolesOf(doc), unit: idOf(doc.unit) }
  if (operation === 'create') {
    await recordAudit(req, {
      action: 'user_created',
      details: after,
      summary: `创建用户：${doc.name}（${doc.email}）`,
      targetCollection: 'users',
      targetId: doc.id,
    })
  } else if (before.roles !== after.roles || String(before.unit) !== String(after.unit)) {
    await recordAudit(req, {
      action: 'user_access_changed',
      details: { after, before },
      summary: `变更角色或单位：${doc.name}（${doc.email}）`,
      targetCollection: 'users',
      targetId: doc.id,
    })
  }
  return doc
}

export const auditAccountDeletion: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recordAudit(req, {
    action: 'user_deleted',
    details: { roles: rolesOf(doc), unit: idOf(doc.unit) },
    summary: `删除用户：${doc.name}（${doc.email}）`,
    targetCollection: 'users',
    targetId: doc.id,
  })
}
