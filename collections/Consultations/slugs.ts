import type { CollectionSlug } from 'payload'

/**
 * The two slugs, typed for the local API and `relationTo`. Until `npm run generate` adds these
 * collections to src/payload-types.ts their names are not members of CollectionSlug; these two casts
 * and the shape below are the only places that paper over it, and can go once the types are regenerated.
 */
export const CONSULTATIONS = 'consultations' as CollectionSlug
export const CONSULTATION_COMMENTS = 'consultation-comments' as CollectionSlug

/** What the comment endpoint reads of a consultation. */
export type ConsultationWindow = {
  _status?: 'draft' | 'published' | null
  closesAt?: null | string
  id: number | string
  opensAt?: null | string
  unit?: unknown
}
