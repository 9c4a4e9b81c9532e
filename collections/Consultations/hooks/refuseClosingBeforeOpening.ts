import type { CollectionBeforeChangeHook } from 'payload'

import { refuseField } from '@/lib/errors'

const time = (value: unknown): number => (value ? new Date(value as string).getTime() : NaN)

/** Checked on drafts too (field validation skips drafts): a window that ends before it opens is a typo. */
export const refuseClosingBeforeOpening: CollectionBeforeChangeHook = ({ data }) => {
  if (time(data.closesAt) <= time(data.opensAt)) {
    refuseField('closesAt', '截止时间 (closesAt) 须晚于开始时间 (opensAt)')
  }
  return data
}
