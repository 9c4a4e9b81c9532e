import type { CollectionBeforeChangeHook } from 'payload'

import { refuseField } from '@/lib/errors'

/**
 * A ticket starts pending with no signature, whichever code creates it: an approval can only be
 * reached by signing the stages, never written in at birth.
 */
export const refuseTicketsBornDecided: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation !== 'create') return data
  const signed = (data.stages ?? []).some((stage: { decidedAt?: unknown }) => Boolean(stage.decidedAt))
  if ((data.state ?? 'pending') !== 'pending' || signed || (data.currentStage ?? 0) !== 0) {
    refuseField('state', '审核工单只能以“审核中”状态创建 (a ticket starts pending and unsigned)', 403)
  }
  return data
}
