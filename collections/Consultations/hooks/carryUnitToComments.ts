import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '@/lib/roles'

import { CONSULTATION_COMMENTS } from '../slugs'

/**
 * Comments carry a copy of their consultation's unit, which decides who may read and moderate them.
 * When an admin publishes the consultation under another unit, its comments follow. Matching on the
 * stale copy rather than on previousDoc also catches a unit changed in a draft and published later.
 */
export const carryUnitToComments: CollectionAfterChangeHook = async ({ doc, req }) => {
  const unit = idOf(doc.unit)
  if (doc._status !== 'published' || unit === undefined) return doc
  await req.payload.update({
    collection: CONSULTATION_COMMENTS,
    data: { unit: unit as number }, // payload-types declares the SQL adapters' numeric ids
    overrideAccess: true,
    req,
    where: {
      and: [
        { consultation: { equals: doc.id } },
        { or: [{ unit: { not_equals: unit } }, { unit: { exists: false } }] },
      ],
    },
  })
  return doc
}
