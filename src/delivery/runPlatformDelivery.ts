/**
 * Drives one WeChat or Weibo delivery through its adapter's steps. The progress is saved after every
 * step, before anything else happens, so a crash at any point resumes without repeating a platform
 * write. An answer that never came leaves the delivery `unconfirmed` until a read-only check settles it.
 */
import type { PayloadRequest } from 'payload'

import type { ChannelError } from '../../channels/errors'
import { type QuotaRule, quotaRefusalWaitMs, STEP_QUOTAS } from '../../channels/quotas'
import { moveDelivery, writeDeliveryProgress } from '@/gate/deliveryState'
import { compareAndSet } from '@/lib/atomicUpdate'
import { queueDeliveryJob } from '@/gate/queueDelivery'
import type { DeliveryState } from '@/gate/vocabulary'
import { nextAttemptAt } from '@/lib/backoff'
import { STALL_AFTER_MS } from '@/jobs/recoverStalledJobs'
import { idOf } from '@/lib/roles'
import { inTransaction } from '@/lib/transaction'
import type { ChannelAccount, Delivery } from '@/payload-types'

import { adapterFor, pollIntervalMs } from './adapterFor'
import { bookQuota } from './quotaBook'
import { wechatInput, WebsiteNotLiveError, weiboInput } from './platformInputs'

const CLAIMABLE: DeliveryState[] = ['queued', 'awaiting_platform', 'unconfirmed']
const READ_ONLY_STEPS = new Set(['check_publish', 'reconcile_submit', 'reconcile_share'])
const MAX_STEPS_PER_RUN = 30

type StepOutcome = { error?: ChannelError; next: string; progress: unknown; step: string; waitMs?: number }

type Adapter = {
  emptyProgress(): unknown
  nextStep(input: unknown, progress: unknown): string
  runStep(input: unknown, progress: unknown): Promise<StepOutcome>
  /** Why a progress that ended in 'failed' failed, as the engine's error. */
  failureOf?(progress: unknown): ChannelError | undefined
  /** A fresh start after a platform job failed in a way that may be retried, keeping uploads. */
  restart?(progress: unknown): unknown
}

/** The engine's own entry in a delivery's progress: platform failures in a row, for the backoff. */
const RETRIES = 'engineRetries'
const retriesOf = (progress: unknown) => Number((progress as Record<string, unknown>)?.[RETRIES] ?? 0)
const withRetries = (progress: unknown, retries: number) => {
  const next = { ...(progress as Record<string, unknown>) }
  if (retries) next[RETRIES] = retries
  else delete next[RETRIES]
  return next
}

/** Another run took this delivery over (ours looked abandoned): we must not touch it or the platform again. */
class ClaimLost extends Error {}

/**
 * The fence: the row still carries our run number. Touching it also renews `updatedAt`, so a run that
 * keeps making progress never looks abandoned. Without it, a slow run that had been taken over could
 * save a draft the new run never saw, and both would publish their own. Every platform call follows either
 * the claim or a fenced save of the step before, so the calls need no check of their own.
 */
const holdsClaim = (req: PayloadRequest, delivery: Delivery) =>
  compareAndSet(req, {
    collection: 'deliveries',
    column: 'attempts',
    expected: [delivery.attempts ?? 0],
    id: delivery.id,
    next: delivery.attempts ?? 0,
  })

const saveProgress = (req: PayloadRequest, delivery: Delivery, progress: unknown) =>
  inTransaction(req, async () => {
    if (!(await holdsClaim(req, delivery))) throw new ClaimLost()
    await writeDeliveryProgress(req, delivery.id, progress as object)
  })

/** Leaves `sending` for `to`, records why, and books the next run when there is one. */
async function settle(
  req: PayloadRequest,
  delivery: Delivery,
  to: DeliveryState,
  extra: { lastError?: null | string; url?: string; externalId?: string },
  waitMs?: number,
) {
  await inTransaction(req, async () => {
    if (!(await holdsClaim(req, delivery))) throw new ClaimLost()
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
      await queueDeliveryJob(req.payload, delivery.id, { req, waitUntil: new Date(Date.now() + waitMs) })
    }
  })
}

const quotaWaitWords = (quota: QuotaRule, limit: number, resumeAt: Date) =>
  `已用完平台配额：${quota.label} ${quota.window === 'china_day' ? '每日' : '每小时'} ${limit} 次，排队至 ${resumeAt.toLocaleString(
    'zh-CN',
    {
      hour12: false,
      timeZone: 'Asia/Shanghai',
    },
  )}（北京时间）后自动继续 (platform quota used up; waiting for the next window)`

/** A delivery left `sending` this long lost its worker mid-step; its saved progress says where to resume. */
const abandoned = (delivery: Delivery) =>
  delivery.state === 'sending' && Date.now() - Date.parse(delivery.updatedAt) > STALL_AFTER_MS

/** Books the step's platform quota; when it is used up, puts the delivery back to wait for the next window. */
async function holdForQuota(
  req: PayloadRequest,
  delivery: Delivery,
  account: ChannelAccount,
  step: string,
): Promise<string | undefined> {
  const quota = STEP_QUOTAS[account.platform as 'wechat' | 'weibo']?.[step]
  if (!quota) return undefined
  const limit = account[quota.override] ?? quota.limit
  const booking = await bookQuota(req, account.id, quota, limit)
  if (booking.booked) return undefined
  // Held back, not failed: the rest of the queue waits for the window to turn.
  await settle(
    req,
    delivery,
    READ_ONLY_STEPS.has(step) ? 'awaiting_platform' : 'queued',
    { lastError: quotaWaitWords(quota, limit, new Date(booking.resumeAt)) },
    booking.resumeAt - Date.now(),
  )
  return 'waiting for quota'
}

export async function runPlatformDelivery(req: PayloadRequest, delivery: Delivery): Promise<string> {
  if (!CLAIMABLE.includes(delivery.state as DeliveryState) && !abandoned(delivery)) {
    return `skipped (${delivery.state})`
  }
  const attempts = (delivery.attempts ?? 0) + 1
  const claimed = await inTransaction(req, async () => {
    // The run counter is the claim: of all the jobs that read this delivery as it is now, only one can
    // move it from N to N+1. A compare-and-set on `state` alone cannot tell two takeovers of an abandoned
    // `sending` delivery apart (sending → sending); the fault campaign caught two workers doing that.
    const won = await compareAndSet(req, {
      collection: 'deliveries',
      column: 'attempts',
      expected: [delivery.attempts ?? 0],
      id: delivery.id,
      next: attempts,
    })
    if (!won) return null
    return moveDelivery(req, delivery, [delivery.state as DeliveryState], 'sending', { attempts })
  })
  if (!claimed) return 'claimed by another worker'

  try {
    return await runClaimed(req, claimed)
  } catch (error) {
    if (error instanceof ClaimLost) return 'taken over by another run: stopped'
    throw error
  }
}

/** The steps of a run that holds the claim; every save and every settle first checks it still does. */
async function runClaimed(req: PayloadRequest, claimed: Delivery): Promise<string> {
  const account = (await req.payload.findByID({
    collection: 'channel-accounts',
    depth: 0,
    id: idOf(claimed.channel)!,
    overrideAccess: true,
  })) as ChannelAccount
  let input: unknown
  let adapter: Adapter
  try {
    adapter = adapterFor(account) as unknown as Adapter
    input = account.platform === 'wechat' ? await wechatInput(req, claimed) : await weiboInput(req, claimed)
  } catch (error) {
    if (error instanceof WebsiteNotLiveError && !error.final) {
      await settle(req, claimed, 'queued', { lastError: error.message }, error.waitMs ?? pollIntervalMs())
      return 'waiting for the website'
    }
    const message = error instanceof Error ? error.message : String(error)
    await settle(req, claimed, 'failed', { lastError: message })
    return `failed: ${message}`
  }

  let progress = claimed.progress ?? adapter.emptyProgress()
  for (let step = 0; step < MAX_STEPS_PER_RUN; step++) {
    const upcoming = adapter.nextStep(input, progress)
    let result: StepOutcome
    if (upcoming === 'done' || upcoming === 'failed') {
      // Settled without a step of ours: a platform callback already wrote the outcome into the progress.
      result = { error: adapter.failureOf?.(progress), next: upcoming, progress, step: upcoming }
    } else {
      const held = await holdForQuota(req, claimed, account, upcoming)
      if (held) return held
      try {
        result = await adapter.runStep(input, progress)
      } catch (error) {
        // Adapters report platform failures as results; a throw is unexpected, and whether the step reached
        // the platform is unknown. The saved progress lets the next run reconcile instead of resending.
        const message = error instanceof Error ? error.message : String(error)
        await settle(req, claimed, 'unconfirmed', { lastError: `投递中断：${message}` }, 60_000)
        return 'unconfirmed'
      }
      // A step that went through ends a run of failures.
      progress = result.error ? result.progress : withRetries(result.progress, 0)
      // First the record of what happened, then any decision about it.
      await saveProgress(req, claimed, progress)
    }
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
      const quotaWait = quotaRefusalWaitMs(error, Date.now())
      if (quotaWait !== undefined) {
        await settle(req, claimed, 'queued', { lastError: words }, quotaWait)
        return 'waiting for quota'
      }
      if (error.kind === 'retry_later') {
        // Backoff counts failures in a row, not runs: polls and quota waits are runs too.
        const failures = retriesOf(progress) + 1
        const next = nextAttemptAt(failures)
        if (!next) {
          await settle(req, claimed, 'failed', { lastError: `多次重试仍未成功：${words}` })
          return 'failed: out of attempts'
        }
        // A platform job that failed but may be started again (WeChat publish_status 3) starts afresh.
        if (result.next === 'failed' && adapter.restart) progress = adapter.restart(progress)
        await saveProgress(req, claimed, withRetries(progress, failures))
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
