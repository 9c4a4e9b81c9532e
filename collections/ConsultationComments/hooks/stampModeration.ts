import type { CollectionBeforeChangeHook } from 'payload'

/** Who decided and when: stamped whenever the status moves, never taken from the request. */
export const stampModeration: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || data.status === originalDoc?.status) return data
  return { ...data, moderatedAt: new Date().toISOString(), moderatedBy: req.user?.id ?? null }
}
