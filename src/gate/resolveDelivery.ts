/**
 * 人工确认: what a person does with a WeChat or Weibo delivery the engine could not settle by itself — an
 * answer lost and nothing the platform would say proves either way (未确认), or a failure out of retries
 * (失败). After checking the platform's own records they either register the post that is there
 * (`confirm_published`, with its link) or say it is not there and send it again (`redeliver`). Under
 * 谁开设谁管理 that is the account's owning unit's reviewers, or an admin; the note says what they checked.
 */
import type { PayloadRequest } from 'payload'

import { restartWechatPublish } from '../../channels/wechat/adapter'
import type { Delivery } from '@/payload-types'

import { moveDelivery, writeDeliveryProgress } from './deliveryState'
import { queueDeliveryJob } from './queueDelivery'
import { isResolvablePlatform, mayResolveDelivery, RESOLVE_ACTIONS } from './resolution'
import { inGateTransaction, refuse } from './refusal'
import { itemOfKey, type DeliveryState } from './vocabulary'

export type ResolveInput = { action?: unknown; externalId?: unknown; note?: unknown; url?: unknown }

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

function httpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

export async function resolveDelivery(req: PayloadRequest, id: number | string, input: ResolveInput) {
  const delivery = (await req.payload.findByID({
    collection: 'deliveries',
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: true,
    req,
  })) as Delivery | null
  const item = delivery ? itemOfKey(delivery.itemKey) : null
  // Refusals are audited against the item, or the delivery itself when it does not exist.
  const target = item
    ? { targetCollection: item.collection, targetId: item.id }
    : { targetCollection: 'deliveries', targetId: id }
  return inGateTransaction(req, '人工确认投递', target, async () => {
    const user = req.user
    if (!user) refuse(401, '请先登录 (log in first)', { target })
    if (!delivery) refuse(404, '投递记录不存在 (delivery not found)', { target })
    const action = text(input.action) as keyof typeof RESOLVE_ACTIONS
    if (!Object.hasOwn(RESOLVE_ACTIONS, action)) {
      refuse(400, '操作须为 confirm_published（确认已发布）或 redeliver（重新投递）', {
        field: 'action',
        target,
      })
    }
    if (!mayResolveDelivery(user, delivery)) {
      refuse(
        403,
        '只有渠道开设单位的审核人或管理员可以人工确认投递 (owning unit reviewers and admins only)',
        {
          target,
        },
      )
    }
    if (!isResolvablePlatform(delivery.platform)) {
      refuse(409, '门户网站的投递由系统直接完成，无需人工确认 (website deliveries settle themselves)', {
        target,
      })
    }
    const { from, label } = RESOLVE_ACTIONS[action]
    if (!from.includes(delivery.state as DeliveryState)) {
      refuse(409, `该投递当前为“${delivery.state}”，不能${label} (not allowed in this state)`, {
        field: 'action',
        target,
      })
    }
    const note = text(input.note)
    if (!note) refuse(400, '请写明核对情况 (note is required)', { field: 'note', target })
    if (note.length > 500)
      refuse(400, '核对情况不得超过 500 字 (note: at most 500 characters)', { field: 'note', target })

    const changedJustNow = () =>
      refuse(409, '投递状态刚刚发生变化，请刷新后重试 (the delivery changed just now)', { target })
    if (action === 'confirm_published') {
      const url = text(input.url)
      const externalId = text(input.externalId)
      if (!httpUrl(url))
        refuse(400, '请填写平台上该文章或微博的链接（http/https）(url is required)', { field: 'url', target })
      // Retracting a Weibo post later needs its id; WeChat finds an article again by its cover.
      if (delivery.platform === 'weibo' && !/^\d{6,20}$/.test(externalId)) {
        refuse(400, '请填写该条微博的编号 idstr（数字）(externalId: the post’s idstr)', {
          field: 'externalId',
          target,
        })
      }
      // A WeChat article without its id keeps the saved cover, by which retraction finds it in the list;
      // a link stored as its id would be sent to freepublish/delete.
      const found =
        delivery.platform === 'weibo' ? { idstr: externalId } : externalId ? { articleId: externalId } : {}
      await writeDeliveryProgress(req, delivery.id, {
        ...(delivery.progress as object),
        ...found,
        confirmedByHand: true,
        url,
      })
      const moved = await moveDelivery(
        req,
        delivery,
        from,
        'delivered',
        { deliveredAt: new Date().toISOString(), externalId: externalId || undefined, lastError: null, url },
        `${label}：${note}`,
      )
      return moved ?? changedJustNow()
    }
    // Not on the platform: start again, keeping WeChat's uploaded pictures and cover.
    const progress =
      delivery.platform === 'wechat' ? restartWechatPublish((delivery.progress ?? {}) as never) : {}
    await writeDeliveryProgress(req, delivery.id, progress)
    const moved = await moveDelivery(req, delivery, from, 'queued', { lastError: null }, `${label}：${note}`)
    if (!moved) return changedJustNow()
    await queueDeliveryJob(req.payload, delivery.id, { req })
    return moved
  })
}
