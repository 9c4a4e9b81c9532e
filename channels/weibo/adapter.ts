/**
 * Delivery to Weibo as resumable steps: share the post (title, website link, optional picture), and —
 * only when that answer was lost or was 20019 — reconcile through the account's timeline. A post is live
 * as soon as statuses/share answers, so a recorded idstr means delivered.
 */
import { CHANNEL_LIMITS } from '../../src/lib/preflight/channelLimits'
import { ChannelError, toChannelError } from '../errors'
import { prepareImage } from '../render/prepareImage'
import { composeWeiboStatus } from '../render/weiboStatus'
import type { ChannelAdapter, DeliveryStatus, RetractOutcome, StepResult } from '../types'
import { createWeiboClient, type WeiboClient, type WeiboClientOptions, type WeiboPicture } from './client'
import { weiboPostUrl } from './postUrl'
import { findOwnPost } from './reconcile'
import type { WeiboPostInput, WeiboProgress, WeiboStep } from './types'

export type WeiboAdapterOptions = WeiboClientOptions & {
  /** A second share is never decided sooner than this after the last one was sent. Default 1 min. */
  resendQuietMs?: number
  now?: () => number
}

export type WeiboAdapter = ChannelAdapter<WeiboPostInput, WeiboProgress, WeiboStep> & { client: WeiboClient }

type Result = StepResult<WeiboProgress, WeiboStep>

const { picture } = CHANNEL_LIMITS.weibo
const PICTURE_RULE = { accept: picture.types, bytesBelow: picture.bytesBelow, platform: 'weibo' as const }

const SHARE_UNCERTAIN =
  '微博发布请求已发出但未收到答复，是否已发布未知：将只读核对本账号时间线，核对前不会重发 (share sent, no answer; reconciling read-only, no resend)'
const DUPLICATE_NOT_FOUND =
  '微博提示内容重复，但在本账号最近的微博中找不到这一条。请管理员在微博上核对：已发布请在投递记录中登记链接，否则请编辑修改标题后重新投递 (repeat content, but not in the recent timeline; check by hand)'

export const emptyWeiboProgress = (): WeiboProgress => ({})

export function nextWeiboStep(_input: WeiboPostInput, progress: WeiboProgress): WeiboStep | 'done' {
  if (progress.idstr) return 'done'
  return progress.shareUncertain ? 'reconcile_share' : 'share'
}

export function createWeiboAdapter(options: WeiboAdapterOptions): WeiboAdapter {
  const client = createWeiboClient(options)
  const now = options.now ?? Date.now
  const quietMs = options.resendQuietMs ?? 60_000

  const delivered = (progress: WeiboProgress, idstr: string, uid: string | undefined): WeiboProgress => {
    const next: WeiboProgress = { ...progress, idstr, uid, url: weiboPostUrl(client.apiBase, uid, idstr) }
    delete next.shareUncertain
    delete next.uncertainSince
    delete next.duplicateSeen
    return next
  }

  async function share(input: WeiboPostInput, progress: WeiboProgress): Promise<Result> {
    const text = progress.text ?? composeWeiboStatus(input.title, input.permalink)
    let pic: WeiboPicture | undefined
    if (input.picture) pic = await prepareImage(input.picture, PICTURE_RULE)
    const sentAt = now()
    try {
      const status = await client.post('/2/statuses/share.json', { rip: client.rip, status: text }, pic)
      const user = (status.user ?? {}) as { idstr?: string; id?: number }
      const uid = user.idstr ?? (user.id === undefined ? undefined : String(user.id))
      const idstr = String(status.idstr ?? status.id ?? '')
      if (!/^\d+$/.test(idstr)) {
        throw new ChannelError({
          detail: JSON.stringify(status).slice(0, 200),
          kind: 'outcome_unknown',
          operatorMessage: '微博答复缺少微博 id，结果未知 (answer without an id; outcome unknown)',
          platform: 'weibo',
        })
      }
      return { next: 'done', progress: delivered({ ...progress, text }, idstr, uid), step: 'share' }
    } catch (thrown) {
      const error = toChannelError(thrown, 'weibo')
      const duplicate = error.kind === 'duplicate_content'
      if (error.kind !== 'outcome_unknown' && !duplicate) throw error
      const uncertain: WeiboProgress = {
        ...progress,
        lastShareAt: sentAt,
        shareUncertain: true,
        text,
        uncertainSince: progress.uncertainSince ?? sentAt,
        ...(duplicate ? { duplicateSeen: true } : {}),
      }
      return {
        error: duplicate ? error : error.as('outcome_unknown', SHARE_UNCERTAIN),
        next: 'reconcile_share',
        progress: uncertain,
        step: 'share',
        // After 20019 the post is there to be found now; after a lost answer give it a moment.
        waitMs: duplicate ? 0 : quietMs,
      }
    }
  }

  async function reconcileShare(input: WeiboPostInput, progress: WeiboProgress): Promise<Result> {
    const text = progress.text ?? composeWeiboStatus(input.title, input.permalink)
    const found = await findOwnPost(client, text)
    if (found)
      return { next: 'done', progress: delivered(progress, found.idstr, found.uid), step: 'reconcile_share' }
    if (progress.duplicateSeen) {
      return {
        error: new ChannelError({
          kind: 'outcome_unknown',
          operatorMessage: DUPLICATE_NOT_FOUND,
          platform: 'weibo',
          platformCode: 20019,
        }),
        // A person must look: asking the timeline again every half minute would only spend the call quota.
        next: 'failed',
        progress,
        step: 'reconcile_share',
      }
    }
    const waited = now() - (progress.lastShareAt ?? progress.uncertainSince ?? 0)
    if (waited < quietMs) {
      return { next: 'reconcile_share', progress, step: 'reconcile_share', waitMs: quietMs - waited }
    }
    // Not on the timeline: it never landed. Share again (a 20019 then would bring us back here).
    const again: WeiboProgress = { ...progress }
    delete again.shareUncertain
    return { next: 'share', progress: again, step: 'reconcile_share' }
  }

  async function runStep(input: WeiboPostInput, progress: WeiboProgress): Promise<Result> {
    const step = nextWeiboStep(input, progress)
    if (step === 'done') throw new Error('weibo delivery is already done')
    try {
      return step === 'share' ? await share(input, progress) : await reconcileShare(input, progress)
    } catch (thrown) {
      let error = toChannelError(thrown, 'weibo')
      // The timeline is read-only: a lost answer there is simply asked again.
      if (error.kind === 'outcome_unknown' && step === 'reconcile_share')
        error = error.as(
          'retry_later',
          '读取微博时间线未收到答复，稍后自动重试 (timeline read timed out; will retry)',
        )
      return { error, next: step, progress, step }
    }
  }

  async function checkStatus(progress: WeiboProgress): Promise<DeliveryStatus> {
    if (!progress.idstr)
      return { reason: '尚未确认发布 (not confirmed as posted yet)', state: 'awaiting_platform' }
    try {
      await client.get('/2/statuses/show.json', { id: progress.idstr })
      return { externalId: progress.idstr, state: 'delivered', url: progress.url }
    } catch (error) {
      if (error instanceof ChannelError && error.platformCode === 20101) {
        return {
          externalId: progress.idstr,
          reason: '该条微博已被删除 (the post has been deleted)',
          state: 'removed',
          url: progress.url,
        }
      }
      throw error
    }
  }

  async function retract(progress: WeiboProgress): Promise<RetractOutcome> {
    let idstr = progress.idstr
    if (!idstr && progress.shareUncertain && progress.text)
      idstr = (await findOwnPost(client, progress.text))?.idstr
    if (!idstr) {
      if (progress.shareUncertain && now() - (progress.lastShareAt ?? 0) < quietMs) {
        throw new ChannelError({
          kind: 'outcome_unknown',
          operatorMessage:
            '微博发布结果尚在核对，稍后再撤回 (share outcome still being reconciled; will retry)',
          platform: 'weibo',
        })
      }
      return 'never_published'
    }
    try {
      await client.post('/2/statuses/destroy.json', { id: idstr })
      return 'retracted'
    } catch (error) {
      // Already deleted: after a lost answer to our own destroy, this is how success looks.
      if (error instanceof ChannelError && error.platformCode === 20101) return 'already_gone'
      throw toChannelError(error, 'weibo')
    }
  }

  return {
    checkStatus,
    client,
    emptyProgress: emptyWeiboProgress,
    nextStep: nextWeiboStep,
    platform: 'weibo',
    retract,
    runStep,
  }
}
