/**
 * Moves a delivery from one state to the next exactly once: the compare-and-set on `state` is the
 * guard against two workers (or a worker and a retraction) acting on the same delivery, and every
 * move is an audit row.
 */
import type { PayloadRequest } from 'payload'

import { recordAudit } from '@/lib/audit'
import { compareAndSet } from '@/lib/atomicUpdate'
import type { Delivery } from '@/payload-types'

import { itemOfKey, type DeliveryState } from './vocabulary'

export async function moveDelivery(
  req: PayloadRequest,
  delivery: Delivery,
  from: DeliveryState[],
  to: DeliveryState,
  extra: Partial<
    Pick<
      Delivery,
      | 'attempts'
      | 'deliveredAt'
      | 'externalId'
      | 'lastError'
      | 'retractReason'
      | 'retractedAt'
      | 'retractedBy'
      | 'url'
    >
  > = {},
  /** Why a person made this move (人工确认), kept with the audit row. */
  note?: string,
): Promise<Delivery | null> {
  const moved = await compareAndSet(req, {
    collection: 'deliveries',
    column: 'state',
    expected: from,
    id: delivery.id,
    next: to,
  })
  if (!moved) return null
  const updated = (await req.payload.update({
    collection: 'deliveries',
    data: { ...extra, state: to },
    depth: 0,
    id: delivery.id,
    overrideAccess: true,
    req,
  })) as Delivery
  await recordAudit(req, {
    action: 'delivery_state_changed',
    details: {
      delivery: delivery.id,
      from: delivery.state,
      lastError: extra.lastError ?? undefined,
      note,
      to,
      url: extra.url ?? undefined,
    },
    summary: `投递状态 ${delivery.state} → ${to}：${delivery.itemTitle}${note ? `（${note}）` : ''}`.slice(
      0,
      500,
    ),
    targetCollection: itemOfKey(delivery.itemKey).collection,
    targetId: itemOfKey(delivery.itemKey).id,
    targetVersion: delivery.contentHash,
  })
  return updated
}

/** A delivery's progress as the engine reads it back, written inside the caller's transaction. */
export const writeDeliveryProgress = (req: PayloadRequest, id: Delivery['id'], progress: object) =>
  req.payload.update({
    collection: 'deliveries',
    data: { progress: progress as Record<string, unknown> },
    depth: 0,
    id,
    overrideAccess: true,
    req,
  })
