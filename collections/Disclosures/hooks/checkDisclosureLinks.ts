import type { CollectionBeforeChangeHook } from 'payload'

import { refuseField } from '@/lib/errors'
import { idOf } from '@/lib/roles'

/** An item cannot replace itself or be its own emergency thread: both would make loops on public pages. */
export const checkDisclosureLinks: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const self = originalDoc?.id
  if (self === undefined) return data
  if (String(idOf(data.replacedBy)) === String(self)) {
    refuseField('replacedBy', '修订后文件不能是本文件 (replacedBy cannot be this document)')
  }
  if (String(idOf(data.thread)) === String(self)) {
    refuseField('thread', '首发信息不能是本条信息 (thread cannot be this item)')
  }
  return data
}
