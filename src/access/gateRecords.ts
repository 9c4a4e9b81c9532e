import type { Access, Where } from 'payload'

import { hasRole, idOf, isAdminUser } from '@/lib/roles'

/**
 * Tickets and deliveries: read by the staff of the item's unit, and by the reviewers of the units that
 * vet it (谁开设谁管理). `reviewingUnitField` names where a record keeps those units.
 */
export const readableByItemUnitAndReviewers =
  (reviewingUnitField: string): Access =>
  ({ req: { user } }) => {
    if (!user?.roles?.length) return false
    if (isAdminUser(user)) return true
    const unit = idOf(user.unit)
    if (unit === undefined) return false
    const ownItems: Where = { itemUnit: { equals: unit } }
    if (!hasRole(user, 'reviewer')) return ownItems
    return { or: [ownItems, { [reviewingUnitField]: { in: [unit] } }] }
  }
