import type { CollectionBeforeChangeHook } from 'payload'

import { refuseField } from '@/lib/errors'
import { idOf, isAdminUser } from '@/lib/roles'

/**
 * Content belongs to the author's unit (发布机构 by default). Only an admin may file an item under
 * another unit; an editor's attempt to do so is refused, not silently rewritten.
 */
export const stampOwningUnit: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  const user = req.user
  if (!user) return data
  const requested = idOf(data.unit)
  const own = idOf(user.unit)
  const authorship = operation === 'create' ? { author: user.id } : {}
  if (isAdminUser(user)) {
    return {
      ...data,
      ...authorship,
      unit: requested ?? (operation === 'create' ? own : idOf(originalDoc?.unit)),
    }
  }
  const current = operation === 'create' ? own : idOf(originalDoc?.unit)
  if (requested !== undefined && String(requested) !== String(current)) {
    refuseField('unit', '只能在本单位名下撰写和修改内容 (content belongs to your own unit)', 403)
  }
  return { ...data, ...authorship, unit: current }
}
