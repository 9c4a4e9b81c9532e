/**
 * Keeps the search index equal to what is live: an item is (re)indexed whenever its live version is
 * saved (going live, or a reviewed side effect such as a cleanup changing its validity) and removed when
 * it is taken down or deleted. Rows are written in the same transaction as the change they mirror.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { idOf } from '@/lib/roles'
import { isContentCollection, itemKeyOf, type ContentCollection } from '@/gate/vocabulary'

import { searchEntry } from './entry'

const INDEX = 'search-index'

async function unitNameOf(req: PayloadRequest, unit: unknown): Promise<null | string> {
  if (unit && typeof unit === 'object' && 'name' in unit) return String(unit.name)
  const id = idOf(unit)
  if (id === undefined) return null
  const found = await req.payload.find({
    collection: 'units',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    where: { id: { equals: id } },
  })
  return found.docs[0]?.name ?? null
}

export async function indexItem(
  req: PayloadRequest,
  collection: ContentCollection,
  doc: Record<string, unknown>,
) {
  const entry = searchEntry(collection, doc as { id: number | string }, await unitNameOf(req, doc.unit))
  const existing = await req.payload.find({
    collection: INDEX,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    where: { itemKey: { equals: entry.itemKey } },
  })
  if (existing.docs[0]) {
    await req.payload.update({
      collection: INDEX,
      data: entry,
      depth: 0,
      id: existing.docs[0].id,
      overrideAccess: true,
      req,
    })
  } else {
    await req.payload.create({ collection: INDEX, data: entry, depth: 0, overrideAccess: true, req })
  }
}

async function removeItem(req: PayloadRequest, itemKey: string) {
  await req.payload.delete({
    collection: INDEX,
    overrideAccess: true,
    req,
    where: { itemKey: { equals: itemKey } },
  })
}

/** Whether the item's main row (what the public reads) is live. A draft save never touches it. */
async function isLive(req: PayloadRequest, collection: ContentCollection, id: number | string) {
  const { totalDocs } = await req.payload.db.count({
    collection,
    req,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
  })
  return totalDocs > 0
}

async function isIndexed(req: PayloadRequest, itemKey: string) {
  const { totalDocs } = await req.payload.db.count({
    collection: INDEX,
    req,
    where: { itemKey: { equals: itemKey } },
  })
  return totalDocs > 0
}

/**
 * A save of the live version (re)indexes the item. Any other save may be a draft over a live item or
 * the gate taking it offline; `previousDoc` cannot tell them apart (Payload hands over the newest
 * version, which may itself be a draft), so the main row decides.
 */
export const syncSearchIndex: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const slug = collection.slug
  if (!isContentCollection(slug)) return doc
  const itemKey = itemKeyOf(slug, doc.id)
  if (doc._status === 'published') {
    await indexItem(req, slug, doc)
  } else if ((await isIndexed(req, itemKey)) && !(await isLive(req, slug, doc.id))) {
    await removeItem(req, itemKey)
  }
  return doc
}

export const dropFromSearchIndex: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (isContentCollection(collection.slug)) await removeItem(req, itemKeyOf(collection.slug, doc.id))
}
