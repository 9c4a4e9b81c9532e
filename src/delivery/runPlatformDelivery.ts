/**
 * Drives one WeChat or Weibo delivery through its adapter's steps. The progress is saved after every
 * step, before anything else happens, so a crash at any point resumes without repeating a platform
 * write. An answer that never came leaves the delivery `unconfirmed` until a read-only check settles it.
 */
import type { PayloadRequest } from 'payload'

import type { ChannelError } from '../../channels/errors'
import { moveDelivery } from '@/gate/deliveryState'
import { DELIVERY_QUEUE } from '@/gate/queueDelivery'
import type { DeliveryState } from '@/gate/vocabulary'
import { nextAttemptAt } from '@/lib/backoff'
import { STALL_AFTER_MS } from '@/jobs/recoverStalledJobs'
import { idOf } from '@/lib/roles'
import { inTransaction } from '@/lib/transaction'
import type { ChannelAccount, Delivery } from '@/payload-types'

import { adapterFor, pollIntervalMs } from './adapterFor'
import { wechatInput, WebsiteNotLiveError, weiboInput } from './platformInputs'

const CLAIMABLE: DeliveryState[] = ['queued', 'awaiting_platform', 'unconfirmed']
const READ_ONLY_STEPS = new Set(['check_publish', 'reconcile_submit', 'reconcile_share'])
const MAX_STEPS_PER_RUN = 30

type Adapter = {
  emptyProgress(): unknown
  runStep(
    input: unknown,
    progress: unknown,
  ): Promise<{ error?: ChannelError; next: string; progress: unknown; step: string; waitMs?: number }>
}

async function requeue(req: PayloadRequest, delivery: Delivery, waitMs: number) {
  await req.payload.jobs.queue({
    input: { deliveryId: String(delivery.id) },
    queue: DELIVERY_QUEUE,
    req,
    task: 'deliverItem',
    waitUntil: new Date(Date.now() + waitMs),
  })
}

/** Leaves `sending` for `to`, records why, and books the next run when there is one. */
async function settle(
  req: PayloadRequest,
  delivery: Delivery,
  to: DeliveryState,
  extra: { lastError?: null | string; url?: string; externalId?: string },
  waitMs?: number,
) {
  await inTransaction(req, async () => {
    const moved = await moveDelivery(req, delivery, ['sending'], to, {
      ...extra,
      ...(to === 'delivered' ? { deliveredAt: new Date().toISOString() } : {}),
    })
    if (moved && waitMs !== undefined) {
      await req.payload.update({
        collection: 'deliveries',
        data: { nextAttemptAt: new Date(Date.now() + waitMs).toISOString() },
        depth: 0,
        id: delivery.id,
        overrideAccess: true,
        req,
      })
      await requeue(req, delivery, waitMs)
    }
  })
}

/** A delivery left `sending` this long lost its worker mid-step; its saved progress says where to resume. */
const abandoned = (delivery: Delivery) =>
  delivery.state === 'sending' && Date.now() - Date.parse(delivery.updatedAt) > STALL_AFTER_MS

export async function runPlatformDelivery(req: PayloadRequest, delivery: Delivery): Promise<string> {
  if (!CLAIMABLE.includes(delivery.state as DeliveryState) && !abandoned(delivery)) {
    return `skipped (${delivery.state})`
  }
  const attempts = (delivery.attempts ?? 0) + 1
  const claimed = await inTransaction(req, () =>
    moveDelivery(req, delivery, [delivery.state as DeliveryState], 'sending', { attempts }),
  )
  if (!claimed) return 'claimed by another worker'

  const account = (await req.payload.findByID({
    collection: 'channel-accounts',
    depth: 0,
    id: idOf(delivery.channel)!,
    overrideAccess: true,
  })) as ChannelAccount
  let input: unknown
  let adapter: Adapter
  try {
    adapter = adapterFor(account) as unknown as Adapter
    input = account.platform === 'wechat' ? await wechatInput(req, claimed) : await weiboInput(req, claimed)
  } catch (error) {
    if (error instanceof WebsiteNotLiveError && !error.final) {
      await settle(req, claimed, 'queued', { lastError: error.message }, pollIntervalMs())
      return 'waiting for the website'
    }
    const message = error instanceof Error ? error.message : String(error)
    await settle(req, claimed, 'failed', { lastError: message })
    return `failed: ${message}`
  }

  let progress = claimed.progress ?? adapter.emptyProgress()
  for (let step = 0; step < MAX_STEPS_PER_RUN; step++) {
    let result: Awaited<ReturnType<Adapter['runStep']>>
    try {
      result = await adapter.runStep(input, progress)
    } catch (error) {
      // Adapters report platform failures as results; a throw is unexpected, and whether the step reached
      // the platform is unknown. The saved progress lets the next run reconcile instead of resending.
      const message = error instanceof Error ? error.message : String(error)
      await settle(req, claimed, 'unconfirmed', { lastError: `投递中断：${message}` }, 60_000)
      return 'unconfirmed'
    }
    progress = result.progress
    // First the record of what happened, then any decision about it.
    await inTransaction(req, () =>
      req.payload.update({
        collection: 'deliveries',
        data: { progress: progress as Record<string, unknown> },
        depth: 0,
        id: claimed.id,
        overrideAccess: true,
        req,
      }),
    )
    const ids = progress as { articleId?: string; idstr?: string; url?: string }
    if (result.next === 'done') {
      await settle(req, claimed, 'delivered', {
        externalId: ids.articleId ?? ids.idstr,
        lastError: null,
        url: ids.url,
      })
      return 'delivered'
    }
    const error = result.error
    if (error) {
      const words = error.operatorMessage ?? error.message
      if (error.kind === 'refresh_token') continue
      if (error.kind === 'retry_later') {
        const next = nextAttemptAt(attempts)
        if (!next) {
          await settle(req, claimed, 'failed', { lastError: `多次重试仍未成功：${words}` })
          return 'failed: out of attempts'
        }
        await settle(req, claimed, 'queued', { lastError: words }, next.getTime() - Date.now())
        return 'retry later'
      }
      if (error.kind === 'outcome_unknown' || error.kind === 'duplicate_content') {
        // A write whose answer was lost: only a read-only check may follow. A check that gave up waits for a person.
        const gaveUp = READ_ONLY_STEPS.has(result.step) && result.next === 'failed'
        await settle(
          req,
          claimed,
          'unconfirmed',
          { lastError: words },
          gaveUp ? undefined : (result.waitMs ?? 30_000),
        )
        return 'unconfirmed'
      }
      await settle(req, claimed, 'failed', { lastError: words })
      return `failed: ${error.kind}`
    }
    if (result.next === 'failed') {
      await settle(req, claimed, 'failed', {
        lastError: '平台未能发布该内容 (the platform did not publish it)',
      })
      return 'failed'
    }
    if (result.waitMs) {
      const state: DeliveryState = READ_ONLY_STEPS.has(result.next) ? 'awaiting_platform' : 'queued'
      await settle(req, claimed, state, { lastError: null }, result.waitMs)
      return state
    }
  }
  await settle(req, claimed, 'queued', { lastError: null }, 1_000)
  return 'continues'
}
