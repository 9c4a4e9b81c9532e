import type { CollectionBeforeValidateHook } from 'payload'

/**
 * On a fresh installation the first account is created on /admin/create-first-user, where nobody can
 * yet grant roles. That account becomes the administrator; every later account gets roles from an admin.
 */
export const makeFirstUserAdmin: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || req.user) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs === 0 && data) return { ...data, roles: ['admin'] }
  return data
}
