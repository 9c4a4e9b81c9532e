import type { CollectionAfterDeleteHook } from 'payload'

import { itemKeyOf } from './vocabulary'

/**
 * Tickets and deliveries outlive a deleted item as history, but they must stop answering to its key:
 * a database that reuses ids would otherwise hand them to the next item created. Open tickets close.
 */
export const retireDeletedItem: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  const itemKey = itemKeyOf(collection.slug, id)
  const retiredKey = `${itemKey}#deleted@${new Date().toISOString()}`
  const now = new Date().toISOString()
  for (const slug of ['reviews', 'deliveries'] as const) {
    const rows = await req.payload.find({
      collection: slug,
      depth: 0,
      limit: 1000,
      overrideAccess: true,
      pagination: false,
      req,
      where: { itemKey: { equals: itemKey } },
    })
    for (const row of rows.docs) {
      const closeTicket =
        slug === 'reviews' && ['approved', 'pending'].includes((row as { state: string }).state)
          ? { closedAt: now, currentStageName: '—', state: 'superseded' as const }
          : {}
      await req.payload.update({
        collection: slug,
        data: { itemKey: retiredKey, ...closeTicket },
        depth: 0,
        id: row.id,
        overrideAccess: true,
        req,
      })
    }
  }
}
