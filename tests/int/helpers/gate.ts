/**
 * Reaching "published" in tests the only way the product allows: through review tickets and the
 * delivery job (the same functions the REST doors call).
 */
import type { Payload } from 'payload'

import { WEBSITE_ACCOUNT_NAME } from '../../../scripts/seed/channels'
import { publishThroughGate, runDeliveries, signAllStages } from '../../../scripts/seed/gateFlow'
import type { ContentCollection } from '@/gate/vocabulary'

export { runDeliveries, signAllStages }

export async function channelId(payload: Payload, name = WEBSITE_ACCOUNT_NAME): Promise<number | string> {
  const found = await payload.find({
    collection: 'channel-accounts',
    depth: 0,
    limit: 1,
    where: { name: { equals: name } },
  })
  if (!found.docs[0]) throw new Error(`channel account ${name} is not seeded`)
  return found.docs[0].id
}

/** Publishes an existing item on the website through the whole gate. */
export async function publish(
  payload: Payload,
  collection: ContentCollection,
  id: number | string,
): Promise<void> {
  await publishThroughGate(payload, collection, id, [await channelId(payload)])
}

/** Creates an item as a draft (as `user` when given) and publishes it through the gate. */
export async function createPublished<T extends ContentCollection>(
  payload: Payload,
  collection: T,
  data: Record<string, unknown>,
): Promise<Record<string, unknown> & { id: number | string }> {
  const draft = await payload.create({ collection, data: data as never, draft: true })
  await publish(payload, collection, draft.id)
  return (await payload.findByID({ collection, depth: 0, id: draft.id })) as never
}
