import type { CollectionBeforeChangeHook } from 'payload'

import { HOUR_CLOCKS, hoursDeadline, proactiveDisclosureDeadline } from '@/lib/statutoryClocks'

/**
 * 主动公开 within 20 working days of 成文日期 (条例 art. 26); the first notice of an emergency within
 * 5 hours of the event, and a press conference within 24 hours. Recomputed on every save, so
 * correcting a date corrects the deadline.
 */
export const computeDeadline: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  let dueAt: Date | null = null
  let pressConferenceDueAt: Date | null = null
  if (merged.docType === 'emergency' && merged.stage === 'first' && merged.eventOccurredAt) {
    dueAt = hoursDeadline(merged.eventOccurredAt, HOUR_CLOCKS.authoritativeInformation)
    pressConferenceDueAt = hoursDeadline(merged.eventOccurredAt, HOUR_CLOCKS.pressConference)
  } else if (merged.disclosureMode === 'proactive' && merged.formedOn) {
    dueAt = proactiveDisclosureDeadline(merged.formedOn)
  }
  return {
    ...data,
    dueAt: dueAt?.toISOString() ?? null,
    pressConferenceDueAt: pressConferenceDueAt?.toISOString() ?? null,
  }
}
