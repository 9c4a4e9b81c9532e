import type { CollectionBeforeChangeHook } from 'payload'

import { refuseField } from '@/lib/errors'
import { toChinaDate } from '@/lib/statutoryClocks'

type Extension = { approved?: boolean | null; approvedOn?: string | null; days?: number | null }

const sameDay = (a?: string | null, b?: string | null) =>
  (a ? toChinaDate(a) : null) === (b ? toChinaDate(b) : null)

/**
 * 条例 art. 33 allows one extension. Once approved it is a fact: it can be neither withdrawn nor
 * replaced by another, only its reason reworded.
 */
export const refuseSecondExtension: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const before = (originalDoc?.extension ?? {}) as Extension
  if (!before.approved || data.extension === undefined) return data
  const after = { ...before, ...(data.extension as Extension) }
  const unchanged =
    Boolean(after.approved) &&
    Number(after.days) === Number(before.days) &&
    sameDay(after.approvedOn, before.approvedOn)
  if (!unchanged) {
    refuseField(
      'extension',
      `答复期限只能延长一次（《政府信息公开条例》第三十三条）：已于 ${before.approvedOn ? toChinaDate(before.approvedOn) : '此前'} 批准延长 ${before.days} 个工作日，不能撤销或再次延长 (extension: only one extension, already approved)`,
    )
  }
  return data
}
