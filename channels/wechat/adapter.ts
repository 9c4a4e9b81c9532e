/**
 * Delivery to a WeChat Official Account as resumable steps: upload the body's pictures (one per step),
 * the cover, add the draft, submit it, then follow the publish job. Each step makes at most one platform
 * write and returns the progress to persist; a step whose write is recorded in progress never runs again.
 *
 * Repeating any step but submit is harmless (at worst an unused picture, material or draft stays behind),
 * so their lost answers are "retry later". A lost submit answer is recorded as `submitUncertain` and only
 * reconciliation may follow — see reconcile.ts for when a second submit is allowed.
 */
import { CHANNEL_LIMITS } from '../../src/lib/preflight/channelLimits'
import { ChannelError, toChannelError } from '../errors'
import { prepareImage } from '../render/prepareImage'
import { renderWechatArticleHtml } from '../render/wechatArticleHtml'
import type { ChannelAdapter, ImageFile, StepResult } from '../types'
import { createWechatClient, replyField, type WechatClient, type WechatClientOptions } from './client'
import { fromFreepublishGet, publishFailure, withPublishOutcome } from './publishStatus'
import { draftBox, findPublishedArticle, resendDecision } from './reconcile'
import { retractWechatArticle } from './retract'
import { wechatDeliveryStatus } from './status'
import type { WechatArticleInput, WechatProgress, WechatStep } from './types'

export type WechatAdapterOptions = WechatClientOptions & {
  /** How long to wait before asking freepublish/get again (it has a daily quota). Default 30 s. */
  pollIntervalMs?: number
  /** How long to wait between reconciliations of an unanswered submit. Default 30 s. */
  reconcileIntervalMs?: number
  /** A second submit is never decided sooner than this after the last one was sent. Default 2 min. */
  resendQuietMs?: number
  /** After this long without an answer from reconciliation, a person must look. Default 30 min. */
  giveUpAfterMs?: number
  now?: () => number
}

export type WechatAdapter = ChannelAdapter<WechatArticleInput, WechatProgress, WechatStep> & {
  client: WechatClient
}

type Result = StepResult<WechatProgress, WechatStep>

const { inlineImage, cover } = CHANNEL_LIMITS.wechat
const INLINE_RULE = {
  accept: inlineImage.types,
  bytesBelow: inlineImage.bytesBelow,
  platform: 'wechat' as const,
}
const COVER_RULE = { accept: cover.types, bytesBelow: cover.maxBytes + 1, platform: 'wechat' as const }

const UPLOAD_UNANSWERED =
  '微信未答复（超时或连接中断）；此步骤重复执行只会多留一份未使用的图片、素材或草稿，不会重复发表，稍后自动重试 (no answer; repeating this step is harmless, will retry)'
const QUERY_UNANSWERED = '查询微信未答复（超时或连接中断），稍后自动重试 (query unanswered; will retry)'
const READ_ONLY = new Set<WechatStep>(['reconcile_submit', 'check_publish'])
const SUBMIT_UNCERTAIN =
  '发表请求已发出但未收到微信答复，是否已发表未知：将只读核对发表记录，核对前不会重发 (submit sent, no answer; reconciling read-only, no resend)'
const DRAFT_LEFT_BOX =
  '草稿已不在草稿箱（可能已被发表），将核对发表记录后再决定 (the draft has left the draft box; reconciling)'
const ASK_PERSON =
  '无法确认微信是否已发表：发表记录中找不到该文章，草稿箱也无法证明未发表。请管理员在公众平台「发表记录」中核对：已发表请在投递记录中登记文章链接，未发表再重新投递 (cannot confirm whether it was published; check 发表记录 by hand)'

/** The progress of a delivery that has not started. */
export const emptyWechatProgress = (): WechatProgress => ({ images: {} })

/** After a failed publish job (status 3): keep the uploaded pictures and cover, make a new draft. */
export function restartWechatPublish(progress: WechatProgress): WechatProgress {
  return { coverMediaId: progress.coverMediaId, coverUrl: progress.coverUrl, images: { ...progress.images } }
}

const pendingImage = (input: WechatArticleInput, progress: WechatProgress): ImageFile | undefined =>
  input.images.find((image) => !Object.hasOwn(progress.images, String(image.id)))

export function nextWechatStep(
  input: WechatArticleInput,
  progress: WechatProgress,
): WechatStep | 'done' | 'failed' {
  if (progress.failure) return 'failed'
  if (progress.articleId || progress.removed) return 'done'
  if (pendingImage(input, progress)) return 'upload_image'
  if (!progress.coverMediaId) return 'upload_cover'
  if (!progress.draftMediaId) return 'add_draft'
  if (progress.submitUncertain) return 'reconcile_submit'
  if (!progress.publishId) return 'submit'
  return 'check_publish'
}

function imageForm(bytes: Buffer, mimeType: string, filename: string): FormData {
  const form = new FormData()
  form.append('media', new Blob([new Uint8Array(bytes)], { type: mimeType }), filename)
  return form
}

export function createWechatAdapter(options: WechatAdapterOptions): WechatAdapter {
  const client = createWechatClient(options)
  const now = options.now ?? Date.now
  const pollMs = options.pollIntervalMs ?? 30_000
  const reconcileMs = options.reconcileIntervalMs ?? 30_000
  const quietMs = options.resendQuietMs ?? 2 * 60_000
  const giveUpMs = options.giveUpAfterMs ?? 30 * 60_000

  const advance = (step: WechatStep, input: WechatArticleInput, progress: WechatProgress): Result => ({
    next: nextWechatStep(input, progress),
    progress,
    step,
  })

  async function uploadImage(input: WechatArticleInput, progress: WechatProgress): Promise<Result> {
    const image = pendingImage(input, progress)!
    const prepared = await prepareImage(image, INLINE_RULE)
    const reply = await client.call(
      '/cgi-bin/media/uploadimg',
      imageForm(prepared.bytes, prepared.mimeType, prepared.filename),
    )
    const images = { ...progress.images, [String(image.id)]: replyField(reply, 'url') }
    return advance('upload_image', input, { ...progress, images })
  }

  async function uploadCover(input: WechatArticleInput, progress: WechatProgress): Promise<Result> {
    const prepared = await prepareImage(input.cover, COVER_RULE)
    const reply = await client.call(
      '/cgi-bin/material/add_material?type=image',
      imageForm(prepared.bytes, prepared.mimeType, prepared.filename),
    )
    const coverUrl = typeof reply.url === 'string' ? reply.url : undefined
    return advance('upload_cover', input, {
      ...progress,
      coverMediaId: replyField(reply, 'media_id'),
      coverUrl,
    })
  }

  async function addDraft(input: WechatArticleInput, progress: WechatProgress): Promise<Result> {
    const { html } = renderWechatArticleHtml(input.body, progress.images)
    const article = {
      content: html,
      content_source_url: input.sourceUrl ?? '',
      need_open_comment: input.openComment ? 1 : 0,
      only_fans_can_comment: 0,
      thumb_media_id: progress.coverMediaId,
      title: input.title,
      ...(input.author ? { author: input.author } : {}),
      ...(input.digest ? { digest: input.digest } : {}),
    }
    const reply = await client.call('/cgi-bin/draft/add', { articles: [article] })
    return advance('add_draft', input, { ...progress, draftMediaId: replyField(reply, 'media_id') })
  }

  async function submit(input: WechatArticleInput, progress: WechatProgress): Promise<Result> {
    const sentAt = now()
    try {
      const reply = await client.call(
        '/cgi-bin/freepublish/submit',
        { media_id: progress.draftMediaId },
        { repeatable: false },
      )
      const next = { ...progress, lastSubmitAt: sentAt, publishId: replyField(reply, 'publish_id') }
      delete next.uncertainSince
      return { ...advance('submit', input, next), waitMs: pollMs }
    } catch (thrown) {
      const error = toChannelError(thrown, 'wechat')
      // 40007: the draft is no longer in the draft box — most likely our own earlier submit landed.
      const leftBox = error.platformCode === 40007
      if (error.kind !== 'outcome_unknown' && !leftBox) throw error
      const uncertain: WechatProgress = {
        ...progress,
        lastSubmitAt: sentAt,
        submitUncertain: true,
        uncertainSince: progress.uncertainSince ?? sentAt,
      }
      return {
        error: error.as('outcome_unknown', leftBox ? DRAFT_LEFT_BOX : SUBMIT_UNCERTAIN),
        next: 'reconcile_submit',
        progress: uncertain,
        step: 'submit',
        waitMs: reconcileMs,
      }
    }
  }

  async function reconcileSubmit(input: WechatArticleInput, progress: WechatProgress): Promise<Result> {
    const published = await findPublishedArticle(client, {
      coverMediaId: progress.coverMediaId,
      since: progress.uncertainSince,
      sourceUrl: input.sourceUrl,
      title: input.title,
    })
    const box = published ? 'unknown' : await draftBox(client, progress.draftMediaId!)
    const decision = resendDecision(
      { draftBox: box, published },
      {
        giveUpMs,
        lastSubmitAt: progress.lastSubmitAt ?? progress.uncertainSince ?? 0,
        now: now(),
        quietMs,
        uncertainSince: progress.uncertainSince ?? progress.lastSubmitAt ?? now(),
      },
    )
    const settled = { ...progress }
    delete settled.submitUncertain
    delete settled.uncertainSince
    switch (decision) {
      case 'adopt':
        return advance('reconcile_submit', input, { ...settled, ...published })
      case 'resend':
        return advance('reconcile_submit', input, settled)
      case 'wait':
        return { next: 'reconcile_submit', progress, step: 'reconcile_submit', waitMs: reconcileMs }
      case 'ask_person':
        return {
          error: new ChannelError({
            kind: 'outcome_unknown',
            operatorMessage: ASK_PERSON,
            platform: 'wechat',
          }),
          // The checks are over: the delivery stays unconfirmed, with no further run, until a person decides.
          next: 'failed',
          progress,
          step: 'reconcile_submit',
        }
    }
  }

  async function checkPublish(input: WechatArticleInput, progress: WechatProgress): Promise<Result> {
    const outcome = fromFreepublishGet(
      await client.call('/cgi-bin/freepublish/get', { publish_id: progress.publishId }),
    )
    if (outcome.state === 'awaiting_platform')
      return { next: 'check_publish', progress, step: 'check_publish', waitMs: pollMs }
    const settled = withPublishOutcome(progress, outcome)
    if (settled.failure) {
      return {
        error: publishFailure(settled.failure),
        next: 'failed',
        progress: settled,
        step: 'check_publish',
      }
    }
    return advance('check_publish', input, settled)
  }

  const STEPS: Record<WechatStep, (input: WechatArticleInput, progress: WechatProgress) => Promise<Result>> =
    {
      add_draft: addDraft,
      check_publish: checkPublish,
      reconcile_submit: reconcileSubmit,
      submit,
      upload_cover: uploadCover,
      upload_image: uploadImage,
    }

  async function runStep(input: WechatArticleInput, progress: WechatProgress): Promise<Result> {
    const step = nextWechatStep(input, progress)
    if (step === 'done' || step === 'failed') throw new Error(`wechat delivery is already ${step}`)
    try {
      return await STEPS[step](input, progress)
    } catch (thrown) {
      let error = toChannelError(thrown, 'wechat')
      // Only submit can publish; every other step (reads included) may simply run again.
      if (error.kind === 'outcome_unknown' && step !== 'submit')
        error = error.as('retry_later', READ_ONLY.has(step) ? QUERY_UNANSWERED : UPLOAD_UNANSWERED)
      return { error, next: step, progress, step }
    }
  }

  return {
    checkStatus: (progress) => wechatDeliveryStatus(client, progress),
    client,
    emptyProgress: emptyWechatProgress,
    failureOf: (progress) => (progress.failure ? publishFailure(progress.failure) : undefined),
    nextStep: nextWechatStep,
    restart: restartWechatPublish,
    platform: 'wechat',
    retract: (progress) => retractWechatArticle(client, progress),
    runStep,
  }
}
