/**
 * Access to the content every unit writes (disclosures, interpretations, responses, consultations).
 * A unit's editors write and edit their unit's items; its reviewers read them; admins see everything.
 * Reviewers of a channel-owning unit get read access to items submitted to them through review tickets.
 */
import type { Access, Where } from 'payload'

import { hasRole, idOf, isAdminUser } from '@/lib/roles'

const ownUnit = (unit: unknown, path = 'unit'): Where => ({ [path]: { equals: idOf(unit) } })

const readOwnUnit =
  (path: string): Access =>
  ({ req: { user } }) => {
    if (!user?.roles?.length) return false
    if (isAdminUser(user)) return true
    return user.unit ? ownUnit(user.unit, path) : false
  }

export const canReadContent = readOwnUnit('unit')

/** Version rows keep the document's fields under `version.`: the same rule, one level down. */
export const canReadContentVersions = readOwnUnit('version.unit')

export const canCreateContent: Access = ({ req: { user } }) => isAdminUser(user) || hasRole(user, 'editor')

export const canUpdateContent: Access = ({ req: { user } }) => {
  if (isAdminUser(user)) return true
  if (!hasRole(user, 'editor') || !user?.unit) return false
  return ownUnit(user.unit)
}

/** Deleting is an admin's act: a unit's published record must not vanish at an editor's click. */
export const canDeleteContent: Access = ({ req: { user } }) => isAdminUser(user)
