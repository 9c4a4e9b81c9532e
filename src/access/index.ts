/**
 * Small named access predicates shared by collections. Every collection names its rules explicitly:
 * Payload's default ("any logged-in user may do anything") is never left in place.
 */
import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { hasRole, isAdminUser } from '@/lib/roles'

export const anyone: Access = () => true

export const nobody: Access = () => false

export const isAdmin: Access = ({ req: { user } }) => isAdminUser(user)

export const isAdminField: FieldAccess = ({ req: { user } }) => isAdminUser(user)

/** For fields only the server reads or writes (secrets, computed summaries). */
export const nobodyField: FieldAccess = () => false

/** Logged-in users who hold at least one role; a user stripped of all roles is locked out. */
export const isStaffUser = ({ req: { user } }: { req: PayloadRequest }): boolean =>
  Boolean(user?.roles?.length)

export const isStaff: Access = isStaffUser

export const isEditorOrAdmin: Access = ({ req: { user } }) => hasRole(user, 'editor') || isAdminUser(user)

/** Admins see every record; anyone else only their own. */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdminUser(user)) return true
  return { id: { equals: user.id } }
}

/** Admins see everything; other staff only records of their own unit. */
export const isAdminOrOwnUnit: Access = ({ req: { user } }) => {
  if (!user?.roles?.length) return false
  if (isAdminUser(user)) return true
  if (user.unit == null) return false
  const unitId = typeof user.unit === 'object' ? user.unit.id : user.unit
  return { unit: { equals: unitId } }
}

/** For endpoints outside collections (jobs): a plain boolean check on the request. */
export const requestIsFromAdmin = ({ req }: { req: PayloadRequest }): boolean => isAdminUser(req.user)
