import type { Consultation } from '@/payload-types'

/** The two slugs, shared by the collections, their hooks and the comment endpoint. */
export const CONSULTATIONS = 'consultations' as const
export const CONSULTATION_COMMENTS = 'consultation-comments' as const

/** What the comment endpoint reads of a consultation. */
export type ConsultationWindow = Pick<Consultation, '_status' | 'closesAt' | 'id' | 'opensAt' | 'unit'>
