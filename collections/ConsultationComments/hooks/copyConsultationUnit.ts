import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/lib/roles'

import { CONSULTATIONS } from '../../Consultations/slugs'

/** A comment belongs to its consultation's unit: copied at creation, never taken from the request. */
export const copyConsultationUnit: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  const consultationId = idOf(data.consultation)
  if (operation !== 'create' || consultationId === undefined) return data
  const consultation = await req.payload.findByID({
    collection: CONSULTATIONS,
    depth: 0,
    disableErrors: true,
    id: consultationId,
    overrideAccess: true,
    req,
  })
  return { ...data, unit: idOf((consultation as { unit?: unknown } | null)?.unit) ?? null }
}
