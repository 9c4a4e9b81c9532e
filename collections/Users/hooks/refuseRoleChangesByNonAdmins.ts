import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { say } from '@/lib/bilingual'
import { idOf, isAdminUser } from '@/lib/roles'

const sameSet = (a: unknown[], b: unknown[]) =>
  a.length === b.length && a.every((value) => b.map(String).includes(String(value)))

/**
 * Field access alone would silently drop a non-admin's attempt to grant themselves a role or move to
 * another unit. Refuse it loudly instead, so the attempt is visible and nothing is quietly ignored.
 * Values equal to the current ones pass: the account form sends every field back unchanged.
 */
export const refuseRoleChangesByNonAdmins: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' || !req.user || isAdminUser(req.user)) return args
  const data = (args.data ?? {}) as { roles?: unknown; unit?: unknown }
  const rolesChanged =
    'roles' in data && !sameSet(Array.isArray(data.roles) ? data.roles : [data.roles], req.user.roles ?? [])
  const unitChanged = 'unit' in data && String(idOf(data.unit)) !== String(idOf(req.user.unit))
  if (rolesChanged || unitChanged) {
    throw new APIError(
      say(
        req.i18n?.language,
        '只有管理员可以修改角色和所属单位',
        'Only administrators can change roles and units',
      ),
      403,
      undefined,
      true,
    )
  }
  return args
}
