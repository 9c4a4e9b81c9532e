/**
 * Called inside the transaction that takes an item live on the website or offline: bumps the public
 * generation (every instance's cache of public reads goes stale at commit) and queues one signed webhook
 * job per downstream URL. Nothing is sent from this transaction: the jobs are an outbox, sent after commit
 * by the `deliveries` queue, and vanish with it if the publication rolls back.
 */
import { randomUUID } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { DELIVERY_QUEUE } from '@/gate/queueDelivery'

import { bumpPublicGeneration } from './generation'
import { webhookURLs, type WebhookEvent, type WebhookPayload } from './webhook'

type ItemDoc = {
  firstPublishedAt?: string | null
  id: number | string
  indexNumber?: string | null
  title?: string | null
}

export async function announcePublicChange(
  req: PayloadRequest,
  event: WebhookEvent,
  collection: string,
  doc: ItemDoc,
  url: string,
): Promise<number> {
  const generation = await bumpPublicGeneration(req)
  const payload: WebhookPayload = {
    event,
    collection,
    id: doc.id,
    indexNumber: doc.indexNumber ?? null,
    url,
    title: doc.title ?? '',
    publishedAt: doc.firstPublishedAt ?? null,
    occurredAt: new Date().toISOString(),
    generation,
  }
  const body = JSON.stringify(payload)
  for (const url of webhookURLs()) {
    await req.payload.jobs.queue({
      input: { attempt: 1, body, deliveryId: randomUUID(), event, url },
      queue: DELIVERY_QUEUE,
      req,
      task: 'notifySite',
    })
  }
  return generation
}
