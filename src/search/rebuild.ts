/**
 * Rebuilds the search index from what is live: for a database that had live items before the index
 * existed, or after a change to how text is tokenised. Idempotent; rows of items no longer live go.
 */
import { createLocalReq, type Payload } from 'payload'

import { CONTENT_COLLECTIONS, itemKeyOf } from '@/gate/vocabulary'

import { indexItem } from './syncSearchIndex'

const BATCH = 100

export async function rebuildSearchIndex(payload: Payload): Promise<{ indexed: number; removed: number }> {
  const req = await createLocalReq({}, payload)
  const live = new Set<string>()
  for (const collection of CONTENT_COLLECTIONS) {
    for (let page = 1; ; page++) {
      const found = await payload.find({
        collection,
        depth: 0,
        limit: BATCH,
        overrideAccess: true,
        page,
        sort: 'id',
        where: { _status: { equals: 'published' } },
      })
      for (const doc of found.docs) {
        await indexItem(req, collection, doc as unknown as Record<string, unknown>)
        live.add(itemKeyOf(collection, doc.id))
      }
      if (!found.hasNextPage) break
    }
  }
  const rows = await payload.find({
    collection: 'search-index',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { itemKey: true },
  })
  const stale = rows.docs.filter((row) => !live.has(row.itemKey)).map((row) => row.id)
  if (stale.length) {
    await payload.delete({ collection: 'search-index', overrideAccess: true, where: { id: { in: stale } } })
  }
  return { indexed: live.size, removed: stale.length }
}
