/**
 * The catalogue of what is live, read from the search index (one row per live item, so drafts,
 * withheld and retracted items cannot be counted). 主动公开 only: on-request disclosures are not listed.
 */
import type { Payload } from 'payload'

import { buildCatalogue, type Catalogue } from './tree'

export async function loadCatalogue(payload: Payload): Promise<Catalogue> {
  const rows = await payload.find({
    collection: 'search-index',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { keyArea: true, openness: true, topic: true, unitId: true, unitName: true, year: true },
    where: {
      and: [{ collection: { equals: 'disclosures' } }, { disclosureMode: { equals: 'proactive' } }],
    },
  })
  return buildCatalogue(
    rows.docs.map((row) => ({
      keyArea: row.keyArea ?? null,
      openness: row.openness ?? null,
      topic: row.topic ?? null,
      unitId: row.unitId ?? null,
      unitName: row.unitName ?? null,
      year: row.year ?? 0,
    })),
  )
}
