import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/lib/roles'

/** A file belongs to the uploader's unit: that decides who may later replace or delete it. */
export const stampUploader: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !req.user) return data
  return { ...data, unit: idOf(req.user.unit), uploadedBy: req.user.id }
}
