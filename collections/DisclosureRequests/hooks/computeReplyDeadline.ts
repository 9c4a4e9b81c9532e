import type { CollectionBeforeChangeHook } from 'payload'

import { refuseField } from '@/lib/errors'
import {
  type ClockPause,
  formatDeadlineZh,
  isReplyClockPaused,
  MAX_EXTENSION_WORKING_DAYS,
  requestReplyDeadline,
  StatutoryClockError,
  toChinaDate,
} from '@/lib/statutoryClocks'

type PauseRow = { from?: string | null; kind?: ClockPause['kind'] | null; to?: string | null }
type Extension = { approved?: boolean | null; approvedOn?: string | null; days?: number | null }

/**
 * The reply deadline (条例 art. 30–33): 20 working days from receipt, restarted by a 补正, stopped while
 * a third party is consulted, plus the one approved extension. While a pause is still open no deadline
 * runs, so none is stored. Recomputed on every save: correcting a date corrects the deadline.
 */
export const computeReplyDeadline: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  const pauses = (merged.pauses ?? []) as PauseRow[]
  if (!merged.receivedOn || isReplyClockPaused(pauses)) return { ...data, deadline: null }
  const extension = (merged.extension ?? {}) as Extension
  const days = extension.approved ? Number(extension.days ?? 0) : 0
  // Collection hooks run before field validation: leave an invalid extension to its field's refusal.
  if (!Number.isInteger(days) || days < 0 || days > MAX_EXTENSION_WORKING_DAYS) return data
  const closed = pauses
    .filter((pause) => pause.from && pause.to)
    .map((pause) => ({ from: pause.from!, kind: pause.kind ?? undefined, to: pause.to! }))
  try {
    const base = { pauses: closed, receivedOn: merged.receivedOn as string }
    if (extension.approved && extension.approvedOn) {
      // The extension must be granted while the ordinary period still runs.
      const ordinary = requestReplyDeadline(base)
      if (new Date(extension.approvedOn) > ordinary) {
        refuseField(
          'extension.approvedOn',
          `延长答复期限须在原答复期限（${formatDeadlineZh(ordinary)}）届满前批准，批准日期为 ${toChinaDate(extension.approvedOn)} (extension.approvedOn: the extension must be approved before the ordinary deadline)`,
        )
      }
    }
    const deadline = requestReplyDeadline({ ...base, extensionWorkingDays: days })
    return { ...data, deadline: deadline.toISOString() }
  } catch (error) {
    if (error instanceof StatutoryClockError) refuseField('deadline', error.messageZh)
    throw error
  }
}
