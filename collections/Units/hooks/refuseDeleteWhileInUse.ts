import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { say } from '@/lib/bilingual'

/** Deleting a unit that still has sub-units or users would orphan them: refuse with the reason. */
export const refuseDeleteWhileInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const [children, users] = await Promise.all([
    req.payload.count({ collection: 'units', req, where: { parent: { equals: id } } }),
    req.payload.count({ collection: 'users', req, where: { unit: { equals: id } } }),
  ])
  if (children.totalDocs > 0 || users.totalDocs > 0) {
    throw new APIError(
      say(
        req.i18n?.language,
        `该单位仍有 ${children.totalDocs} 个下级单位和 ${users.totalDocs} 名用户，不能删除`,
        `This unit still has ${children.totalDocs} sub-units and ${users.totalDocs} users and cannot be deleted`,
      ),
      409,
      undefined,
      true,
    )
  }
}
