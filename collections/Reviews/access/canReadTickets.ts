import type { Access, Where } from 'payload'

import { hasRole, idOf, isAdminUser } from '@/lib/roles'

/**
 * A ticket is read by the unit whose item it is and by the reviewers of every unit that signs one of
 * its stages (谁开设谁管理: the owning unit vets everything submitted to its accounts). Nobody else.
 */
export const canReadTickets: Access = ({ req: { user } }) => {
  if (!user?.roles?.length) return false
  if (isAdminUser(user)) return true
  const unit = idOf(user.unit)
  if (unit === undefined) return false
  const ownItems: Where = { itemUnit: { equals: unit } }
  if (!hasRole(user, 'reviewer')) return ownItems
  const mine: Where = { or: [ownItems, { reviewerUnits: { in: [unit] } }] }
  return mine
}
