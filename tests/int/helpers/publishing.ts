/**
 * "Publish" in tests, through the REST doors a person uses: save a draft as the editor, submit it to
 * the website, let eligible reviewers sign every stage, run the delivery job. The reply has the shape
 * of a REST reply: the refusal where the flow stopped (a pre-flight finding, a failed delivery), or the
 * published item as the editor reads it.
 */
import type { Payload } from 'payload'

import { channelId, runDeliveries, signAllStages } from './gate'
import type { Reply } from './http'

type Doors = {
  rest: (
    method: 'GET' | 'PATCH' | 'POST',
    path: string,
    options?: { body?: unknown; token?: string },
  ) => Promise<Reply>
}

async function throughGate(
  doors: Doors,
  payload: Payload,
  collection: string,
  id: number | string,
  token: string,
  status: number,
) {
  const submitted = await doors.rest('POST', `${collection}/${id}/submit`, {
    body: { channels: [await channelId(payload)] },
    token,
  })
  if (submitted.status !== 201) return submitted
  for (const ticket of submitted.body.tickets) await signAllStages(payload, ticket.id)
  await runDeliveries(payload)
  const deliveries = await payload.find({
    collection: 'deliveries',
    where: { ticket: { in: submitted.body.tickets.map((t: { id: number | string }) => t.id) } },
  })
  const failed = deliveries.docs.find((delivery) => delivery.state !== 'delivered')
  if (failed) return { body: { errors: [{ message: failed.lastError ?? failed.state }] }, status: 400 }
  const read = await doors.rest('GET', `${collection}/${id}`, { token })
  return { body: { doc: read.body }, status }
}

/** Creates an item and publishes it through the gate. */
export async function createAndPublish(
  doors: Doors,
  payload: Payload,
  collection: string,
  data: object,
  token: string,
) {
  const created = await doors.rest('POST', `${collection}?draft=true`, {
    body: { ...data, _status: 'draft' },
    token,
  })
  if (created.status !== 201) return created
  return throughGate(doors, payload, collection, created.body.doc.id, token, 201)
}

/** Saves a change as a draft and publishes it through the gate. */
export async function editAndPublish(
  doors: Doors,
  payload: Payload,
  collection: string,
  id: number | string,
  data: object,
  token: string,
) {
  const edited = await doors.rest('PATCH', `${collection}/${id}?draft=true`, {
    body: { ...data, _status: 'draft' },
    token,
  })
  if (edited.status !== 200) return edited
  return throughGate(doors, payload, collection, id, token, 200)
}
