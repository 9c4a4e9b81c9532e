/**
 * Walks an item through the gate the way people do — the author submits, an eligible reviewer signs
 * each stage, the delivery job runs — using the same functions as the REST doors. Seeding uses it so
 * demo content is public for the same reason real content is; tests use it to reach "published".
 */
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { decide } from '@/gate/decide'
import { whyCannotSign } from '@/gate/signing'
import { submitForReview } from '@/gate/submit'
import type { ContentCollection } from '@/gate/vocabulary'
import { DELIVERY_QUEUE } from '@/gate/queueDelivery'
import { idOf } from '@/lib/roles'
import type { Review, User } from '@/payload-types'

const FULL_CHECKLIST = { legal: true, political: true, secrecy: true, wording: true }

export async function requestAs(payload: Payload, user: User): Promise<PayloadRequest> {
  return createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
}

/** Signs every remaining stage of a ticket with the first eligible reviewer of each stage's unit. */
export async function signAllStages(payload: Payload, ticketId: number | string): Promise<Review> {
  for (;;) {
    const ticket = (await payload.findByID({ collection: 'reviews', depth: 0, id: ticketId })) as Review
    if (ticket.state !== 'pending') return ticket
    const stage = ticket.stages?.[ticket.currentStage ?? 0]
    const candidates = await payload.find({
      collection: 'users',
      depth: 0,
      limit: 50,
      pagination: false,
      where: { and: [{ roles: { in: ['reviewer'] } }, { unit: { equals: idOf(stage?.reviewerUnit) } }] },
    })
    const signer = candidates.docs.find((user) => whyCannotSign(ticket, user) === null)
    if (!signer) throw new Error(`no eligible reviewer for stage “${stage?.name}” of ticket ${ticketId}`)
    await decide(await requestAs(payload, signer), ticket.id, {
      checklist: FULL_CHECKLIST,
      comment: '同意',
      decision: 'approve',
    })
  }
}

export async function runDeliveries(payload: Payload): Promise<void> {
  await payload.jobs.run({ limit: 100, queue: DELIVERY_QUEUE, silent: { info: true } })
}

/** Submits an unpublished item to the given accounts as its author, signs every stage and delivers it. */
export async function publishThroughGate(
  payload: Payload,
  collection: ContentCollection,
  id: number | string,
  channels: (number | string)[],
): Promise<void> {
  const live = await payload.count({
    collection,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
  })
  if (live.totalDocs > 0) return
  const item = await payload.findByID({ collection, depth: 0, draft: true, id })
  const authorId = idOf(item.author)
  // The author submits their unit's items; items without an author, or filed by an administrator under
  // another unit (the bureau's own documents), are submitted by an administrator.
  const written = authorId ? await payload.findByID({ collection: 'users', depth: 0, id: authorId }) : null
  const author =
    written && String(idOf(written.unit)) === String(idOf(item.unit))
      ? written
      : (await payload.find({ collection: 'users', depth: 0, limit: 1, where: { roles: { in: ['admin'] } } }))
          .docs[0]
  if (!author) throw new Error(`${collection} ${id} has no author or administrator to submit it`)
  const { tickets } = await submitForReview(await requestAs(payload, author), collection, id, { channels })
  for (const ticket of tickets) await signAllStages(payload, ticket.id)
  await runDeliveries(payload)
}
