import type { Access, FieldAccess } from 'payload'

import { hasRole, idOf, isAdminUser } from '@/lib/roles'

/**
 * Comments are read and moderated by the unit that runs the consultation. Each comment carries a copy
 * of that unit (see hooks/copyConsultationUnit), so the rules are plain `where`s on it.
 */
const ownUnit = (unit: unknown) => ({ unit: { equals: idOf(unit) } })

export const canReadComments: Access = ({ req: { user } }) => {
  if (!user?.roles?.length) return false
  if (isAdminUser(user)) return true
  return user.unit ? ownUnit(user.unit) : false
}

export const canModerateComments: Access = ({ req: { user } }) => {
  if (isAdminUser(user)) return true
  if (!(hasRole(user, 'editor') || hasRole(user, 'reviewer')) || !user?.unit) return false
  return ownUnit(user.unit)
}

/** The public's personal data (contact, client hash): admins and the owning unit's staff, nobody else. */
export const canSeeCommenterData: FieldAccess = ({ doc, req: { user } }) => {
  if (isAdminUser(user)) return true
  if (!user?.roles?.length || !user.unit || !doc) return false
  return String(idOf(user.unit)) === String(idOf(doc.unit))
}
