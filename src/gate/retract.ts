/**
 * 撤回: takes an item down from the chosen channels (all of them if none are named), with a reason on
 * record. Taking down must be easier than putting up — the item's own unit (editors and reviewers),
 * the reviewers of the account's owning unit and admins may retract — but never silent.
 */
import type { PayloadRequest } from 'payload'

import { recordAudit } from '@/lib/audit'
import { hasRole, idOf, isAdminUser } from '@/lib/roles'
import type { Delivery } from '@/payload-types'

import { moveDelivery } from './deliveryState'
import { takeDownFromPlatform } from './takeDownFromPlatform'
import { unpublishFromWebsite } from './publishOnWebsite'
import { inGateTransaction, refuse } from './refusal'
import { itemKeyOf, type ContentCollection } from './vocabulary'

export type RetractInput = { channels?: unknown; reason?: unknown }

const LIVE_OR_PENDING = ['queued', 'sending', 'awaiting_platform', 'delivered', 'unconfirmed'] as const

export async function retractItem(
  req: PayloadRequest,
  collection: ContentCollection,
  id: number | string,
  input: RetractInput,
) {
  const target = { targetCollection: collection, targetId: id }
  return inGateTransaction(req, '撤回', target, async () => {
    const user = req.user
    if (!user) refuse(401, '请先登录 (log in first)', { target })
    const reason = typeof input.reason === 'string' ? input.reason.trim() : ''
    if (!reason) refuse(400, '撤回须写明理由 (reason is required)', { field: 'reason', target })
    if (reason.length > 500)
      refuse(400, '撤回理由不得超过 500 字 (reason: at most 500 characters)', { field: 'reason', target })
    if (input.channels !== undefined && !Array.isArray(input.channels)) {
      refuse(400, '撤回渠道须为渠道账号编号列表 (channels: a list of account ids)', {
        field: 'channels',
        target,
      })
    }

    const item = await req.payload.findByID({
      collection,
      depth: 0,
      disableErrors: true,
      id,
      overrideAccess: true,
      req,
    })
    if (!item) refuse(404, '稿件不存在 (item not found)', { target })
    const all = (
      await req.payload.find({
        collection: 'deliveries',
        depth: 0,
        limit: 200,
        overrideAccess: true,
        pagination: false,
        req,
        where: {
          and: [{ itemKey: { equals: itemKeyOf(collection, id) } }, { state: { in: [...LIVE_OR_PENDING] } }],
        },
      })
    ).docs as Delivery[]
    const wanted = Array.isArray(input.channels) ? input.channels.map(String) : null
    const chosen = wanted ? all.filter((delivery) => wanted.includes(String(idOf(delivery.channel)))) : all
    if (!chosen.length)
      refuse(409, '该稿件在所选渠道上没有可撤回的发布 (nothing to retract on those channels)', {
        field: 'channels',
        target,
      })

    const ownUnit = String(idOf(user.unit))
    const staffOfItemUnit =
      String(idOf(item.unit)) === ownUnit && (hasRole(user, 'editor') || hasRole(user, 'reviewer'))
    for (const delivery of chosen) {
      const reviewerOfOwner = hasRole(user, 'reviewer') && String(idOf(delivery.owningUnit)) === ownUnit
      if (!isAdminUser(user) && !staffOfItemUnit && !reviewerOfOwner) {
        refuse(
          403,
          '只有稿件所属单位、渠道开设单位的审核人或管理员可以撤回 (you may not retract this item)',
          { target },
        )
      }
    }

    const retracted: Delivery[] = []
    const now = new Date().toISOString()
    for (const delivery of chosen) {
      if (delivery.platform !== 'website' && !['queued', 'delivered'].includes(delivery.state)) {
        refuse(
          409,
          `该渠道的投递正在进行或待核对（${delivery.state}），请待其完成后再撤回 (the delivery is in progress)`,
          { target },
        )
      }
      if (delivery.platform === 'website' && delivery.state === 'delivered') {
        await unpublishFromWebsite(req, delivery)
      } else if (delivery.state === 'delivered') {
        await takeDownFromPlatform(req, delivery)
      }
      const moved = await moveDelivery(
        req,
        delivery,
        [delivery.state as (typeof LIVE_OR_PENDING)[number]],
        'retracted',
        {
          retractReason: reason,
          retractedAt: now,
          retractedBy: user.id,
        },
      )
      if (!moved)
        refuse(409, '投递状态刚刚发生变化，请刷新后重试 (the delivery changed just now)', { target })
      retracted.push(moved)
      await recordAudit(req, {
        action: 'content_retracted',
        details: { channel: idOf(delivery.channel), delivery: delivery.id, from: delivery.state, reason },
        summary: `撤回：${item.title} (${delivery.platform})，理由：${reason}`.slice(0, 500),
        ...target,
        targetVersion: delivery.contentHash,
      })
    }
    return { retracted }
  })
}
