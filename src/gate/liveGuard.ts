/**
 * Nothing goes live, changes while live or goes offline except through the gate. Payload's own
 * publish, unpublish and restore buttons, a REST or GraphQL update without `draft`, a Local API call
 * and a scheduled publish all end in one of the operations checked here, so the rule holds in every door.
 * The gate itself passes by putting a pass for exactly one item in the request context, which no
 * client can set.
 */
import type {
  CollectionBeforeDeleteHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
  PayloadRequest,
  Where,
} from 'payload'

import { refuse } from './refusal'
import { itemKeyOf } from './vocabulary'

export type GatePass = {
  /** A reviewed publication may update other live items it governs (a cleanup list changes the validity of those it lists). */
  allowSideEffects?: boolean
  itemKey: string
  kind: 'publish' | 'retract'
  ticketId?: number | string
}

const PASS = 'yangguangGatePass'

/** The request context carrying a pass, for server code (and tests of the publication mechanics) that passes `context` to the Local API. */
export const gatePassContext = (pass: GatePass) => ({ [PASS]: pass })

export function withGatePass(req: PayloadRequest, pass: GatePass): void {
  req.context[PASS] = pass
}

export const currentGatePass = (req: PayloadRequest): GatePass | undefined =>
  req.context[PASS] as GatePass | undefined

export function clearGatePass(req: PayloadRequest): void {
  delete req.context[PASS]
}

const holdsPass = (req: PayloadRequest, itemKey: string) => {
  const pass = req.context[PASS] as GatePass | undefined
  return Boolean(pass && (pass.itemKey === itemKey || pass.allowSideEffects))
}

async function liveCount(req: PayloadRequest, collection: CollectionSlug, where: Where): Promise<number> {
  const { totalDocs } = await req.payload.db.count({
    collection,
    req,
    where: { and: [where, { _status: { equals: 'published' } }] },
  })
  return totalDocs
}

const OUTSIDE_GATE =
  '发布、修改已发布内容或取消发布须经审核：请保存草稿后“提交审核” (publishing goes through review: save a draft and submit it)'

export const refuseLiveChangesOutsideGate: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (!['create', 'update', 'updateByID', 'restoreVersion'].includes(operation)) return args
  const { data, draft, id, where } = args as {
    data?: { _status?: string }
    draft?: boolean
    id?: number | string
    where?: Where
  }
  // A draft save leaves the live version alone (Payload treats a draft save with _status published as a publish).
  if (draft && data?._status !== 'published') return args
  const target = { targetCollection: collection.slug, targetId: id ?? '' }
  if (operation === 'restoreVersion') {
    refuse(403, '历史版本只能恢复为草稿，再经审核发布 (restore a version as a draft, then submit it)', {
      target,
    })
  }
  if (operation === 'create') {
    if (data?._status === 'published') refuse(403, OUTSIDE_GATE, { field: '_status', target })
    return args
  }
  if (id !== undefined && holdsPass(req, itemKeyOf(collection.slug, id))) return args
  const scope: Where = id !== undefined ? { id: { equals: id } } : (where ?? {})
  if (data?._status === 'published' || (await liveCount(req, collection.slug as CollectionSlug, scope)) > 0) {
    refuse(403, OUTSIDE_GATE, { field: '_status', target })
  }
  return args
}

/** Deleting a live item would take it offline without a retraction on record. */
export const refuseDeletingLiveItem: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (holdsPass(req, itemKeyOf(collection.slug, id))) return
  if ((await liveCount(req, collection.slug as CollectionSlug, { id: { equals: id } })) > 0) {
    refuse(409, '已发布的内容须先撤回，才能删除 (retract a published item before deleting it)', {
      target: { targetCollection: collection.slug, targetId: id },
    })
  }
}
