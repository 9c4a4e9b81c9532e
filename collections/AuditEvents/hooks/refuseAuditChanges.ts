import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

/**
 * Access rules already close every door; these close the Local API too, where code could pass
 * `overrideAccess`. An audit row, once written, stays as it was.
 */
const refusal = () =>
  new APIError(
    '审计日志只能新增，不能修改或删除 (audit events cannot be changed or deleted)',
    403,
    null,
    true,
  )

export const refuseAuditUpdate: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation !== 'create') throw refusal()
  return data
}

export const refuseAuditDelete: CollectionBeforeDeleteHook = () => {
  throw refusal()
}
