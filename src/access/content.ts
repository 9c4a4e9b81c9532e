/**
 * Access to the content every unit writes (disclosures, interpretations, responses, consultations).
 * A unit's editors write and edit their unit's items; all staff read published items; admins see everything.
 * Reviewers of a channel-owning unit read what was submitted to them in the ticket's snapshot.
 */
import type { Access, Where } from 'payload'

import { hasRole, idOf, isAdminUser } from '@/lib/roles'
import { liveOnWebsite } from '@/public/access'

const ownUnit = (unit: unknown, path = 'unit'): Where => ({ [path]: { equals: idOf(unit) } })

/**
 * Staff read everything their unit writes, drafts included, and what any unit has published (it is
 * public information, and an interpretation or a cleanup list must be able to point at it). Another
 * unit's drafts stay with that unit.
 */
export const canReadContent: Access = ({ req: { user } }) => {
  // The public (and downstream sites) read what is live on the website: see src/public/access.ts.
  if (!user?.roles?.length) return liveOnWebsite
  if (isAdminUser(user)) return true
  const published: Where = liveOnWebsite
  return user.unit ? { or: [ownUnit(user.unit), published] } : published
}

/** Version rows keep the document's fields under `version.`; history stays with the owning unit. */
export const canReadContentVersions: Access = ({ req: { user } }) => {
  if (!user?.roles?.length) return false
  if (isAdminUser(user)) return true
  return user.unit ? ownUnit(user.unit, 'version.unit') : false
}

export const canCreateContent: Access = ({ req: { user } }) => isAdminUser(user) || hasRole(user, 'editor')

export const canUpdateContent: Access = ({ req: { user } }) => {
  if (isAdminUser(user)) return true
  if (!hasRole(user, 'editor') || !user?.unit) return false
  return ownUnit(user.unit)
}

/** Deleting is an admin's act: a unit's published record must not vanish at an editor's click. */
export const canDeleteContent: Access = ({ req: { user } }) => isAdminUser(user)

/** The whole set, as every content collection uses it. */
export const contentAccess = {
  create: canCreateContent,
  delete: canDeleteContent,
  read: canReadContent,
  readVersions: canReadContentVersions,
  update: canUpdateContent,
}
