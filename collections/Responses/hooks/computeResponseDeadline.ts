import type { CollectionBeforeChangeHook } from 'payload'

import { HOUR_CLOCKS, hoursDeadline } from '@/lib/statutoryClocks'

/**
 * Public concern is answered within 48 hours of receipt; concern about a major emergency needs
 * authoritative information within 5 hours (国办发〔2016〕61号).
 */
export const computeResponseDeadline: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  if (!merged.receivedAt) return { ...data, dueAt: null }
  const hours =
    merged.topic === 'emergency' ? HOUR_CLOCKS.authoritativeInformation : HOUR_CLOCKS.publicConcernResponse
  return { ...data, dueAt: hoursDeadline(merged.receivedAt, hours).toISOString() }
}
