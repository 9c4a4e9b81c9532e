/**
 * 依申请公开 records hold applicants' personal data: they stay with the handling unit (承办单位).
 * Its editors register and answer them, its reviewers read them, admins see all; other units and the
 * public see nothing of them.
 */
import type { Access, FieldAccess } from 'payload'

import { hasRole, idOf, isAdminUser } from '@/lib/roles'

const sameUnit = (a: unknown, b: unknown) => {
  const [left, right] = [idOf(a), idOf(b)]
  return left !== undefined && right !== undefined && String(left) === String(right)
}

export const canReadRequests: Access = ({ req: { user } }) => {
  if (!user?.roles?.length) return false
  if (isAdminUser(user)) return true
  const unit = idOf(user.unit)
  return unit === undefined ? false : { unit: { equals: unit } }
}

export const canCreateRequests: Access = ({ req: { user } }) =>
  isAdminUser(user) || (hasRole(user, 'editor') && idOf(user?.unit) !== undefined)

export const canUpdateRequests: Access = ({ req: { user } }) => {
  if (isAdminUser(user)) return true
  const unit = idOf(user?.unit)
  if (!hasRole(user, 'editor') || unit === undefined) return false
  return { unit: { equals: unit } }
}

/** A request is part of the bureau's record of its legal duties: only an admin removes one. */
export const canDeleteRequests: Access = ({ req: { user } }) => isAdminUser(user)

/**
 * The applicant's name, ID number, phone and address: the handling unit's staff and admins only,
 * checked on the field too, so no later widening of the collection's read rule can expose them.
 */
export const canReadApplicant: FieldAccess = ({ doc, req: { user } }) =>
  isAdminUser(user) || (Boolean(user?.roles?.length) && sameUnit(user?.unit, doc?.unit))

/** On create the record is the editor's own unit's by construction (stampOwningUnit). */
export const canCreateApplicant: FieldAccess = ({ req: { user } }) =>
  isAdminUser(user) || hasRole(user, 'editor')

export const canUpdateApplicant: FieldAccess = ({ doc, req: { user } }) =>
  isAdminUser(user) || (hasRole(user, 'editor') && sameUnit(user?.unit, doc?.unit))

export const requestAccess = {
  create: canCreateRequests,
  delete: canDeleteRequests,
  read: canReadRequests,
  update: canUpdateRequests,
}
