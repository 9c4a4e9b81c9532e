/**
 * The outbox: an approved ticket becomes a `deliveries` row and a queued job in the approving
 * transaction, so an approval never exists without its delivery, nor a delivery without its approval.
 * The unique ticket index on deliveries makes a second delivery for one ticket impossible.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { Review } from '@/payload-types'
import { recordAudit } from '@/lib/audit'
import { idOf } from '@/lib/roles'

import { itemOfKey } from './vocabulary'

export const DELIVERY_QUEUE = 'deliveries'

/** Books a run of the delivery job for one delivery, now or at `waitUntil`. */
export async function queueDeliveryJob(
  payload: Payload,
  deliveryId: number | string,
  options: { req?: PayloadRequest; waitUntil?: Date } = {},
) {
  await payload.jobs.queue({
    input: { deliveryId: String(deliveryId) },
    queue: DELIVERY_QUEUE,
    req: options.req,
    task: 'deliverItem',
    waitUntil: options.waitUntil,
  })
}

export async function queueDelivery(req: PayloadRequest, ticket: Review) {
  const account = await req.payload.findByID({
    collection: 'channel-accounts',
    depth: 0,
    id: idOf(ticket.channel)!,
    overrideAccess: true,
    req,
  })
  const delivery = await req.payload.create({
    collection: 'deliveries',
    data: {
      attempts: 0,
      channel: account.id,
      contentHash: ticket.contentHash,
      item: ticket.item,
      itemKey: ticket.itemKey,
      itemTitle: ticket.itemTitle,
      itemUnit: (idOf(ticket.itemUnit) as number) ?? null,
      owningUnit: idOf(account.owningUnit) as number,
      platform: account.platform,
      publishAt: ticket.publishAt ?? null,
      nextAttemptAt: ticket.publishAt ?? null,
      queuedAt: new Date().toISOString(),
      state: 'queued',
      ticket: ticket.id,
      versionId: ticket.versionId,
    },
    overrideAccess: true,
    req,
  })
  // 定时发布: the job is not even picked up before the scheduled moment.
  const scheduled = ticket.publishAt && Date.parse(ticket.publishAt) > Date.now()
  await queueDeliveryJob(req.payload, delivery.id, {
    req,
    waitUntil: scheduled ? new Date(ticket.publishAt!) : undefined,
  })
  await recordAudit(req, {
    action: 'delivery_queued',
    details: { channel: account.id, channelName: account.name, delivery: delivery.id, ticket: ticket.id },
    summary: `投递入队：${ticket.itemTitle} → ${account.name}`,
    targetCollection: itemOfKey(ticket.itemKey).collection,
    targetId: itemOfKey(ticket.itemKey).id,
    targetVersion: ticket.contentHash,
  })
  return delivery
}
