/**
 * The contract every publishing platform implements (one folder per platform beside this file:
 * website/, wechat/, weibo/). The delivery engine only ever talks to this interface, so a platform's
 * quirks — token refresh, image re-hosting, quotas — stay inside its folder.
 */
import type { ChannelError } from './errors'

export type Platform = 'website' | 'wechat' | 'weibo'

/** How a failed platform call should be handled; decides retry, re-auth or a person's attention. */
export type DeliveryErrorClass =
  | 'retry_later' // busy, rate-limited or quota reached: back off and try again
  | 'refresh_token' // credential expired: refresh once, then retry
  | 'bad_content' // the platform refuses this content: an editor must change it
  | 'account_disconnected' // credentials revoked, IP not whitelisted, API withdrawn: an admin must act
  | 'outcome_unknown' // the request may have been applied: reconcile by a read-only query, never resend
  // The platform already holds exactly this content (Weibo 20019). After an uncertain post it proves the
  // post landed: find it read-only and adopt it; never post again.
  | 'duplicate_content'

/** A file the engine reads from the media collection and hands to an adapter. */
export type ImageFile = {
  /** The upload document's id: the key of upload nodes in the Lexical body. */
  id: string | number
  bytes: Uint8Array
  mimeType?: string
  filename?: string
}

/** Where a delivery stands on the platform. */
export type DeliveryStatus = {
  /** removed: it was published, then deleted or banned on the platform (by us or by someone else). */
  state: 'awaiting_platform' | 'delivered' | 'failed' | 'removed'
  url?: string
  /** WeChat article_id, Weibo idstr. */
  externalId?: string
  /** Chinese for operators, English beside. */
  reason?: string
  /** The platform's own status value (WeChat publish_status 0–6), when it gave one. */
  platformStatus?: number
}

export type RetractOutcome = 'retracted' | 'already_gone' | 'never_published'

/**
 * One step's result. The engine persists `progress` FIRST — also when `error` is set, because an
 * uncertain submit or share is recorded there — then acts on `next`, `waitMs` and `error.kind`.
 */
export type StepResult<Progress, Step extends string> = {
  step: Step
  progress: Progress
  /** What to run next: a step, 'done' (progress holds the url and ids), 'failed' (see `error`). */
  next: Step | 'done' | 'failed'
  /** The platform is still working (or a reconciliation must wait): run `next` after this long. */
  waitMs?: number
  /** The step did not complete; `error.kind` says whether to retry, reconcile or ask a person. */
  error?: ChannelError
}

/**
 * A platform adapter: delivery as resumable steps over a plain, JSON-serialisable progress object. Each
 * step makes at most one platform write, so a progress object saved after every step never repeats one.
 */
export type ChannelAdapter<Input, Progress, Step extends string> = {
  platform: Platform
  emptyProgress(): Progress
  /** Pure: which step `runStep` would run now. */
  nextStep(input: Input, progress: Progress): Step | 'done' | 'failed'
  runStep(input: Input, progress: Progress): Promise<StepResult<Progress, Step>>
  /** Why a progress that ended in 'failed' failed (e.g. a publish job a callback reported). */
  failureOf?(progress: Progress): ChannelError | undefined
  /** A fresh start after a platform job failed in a way that may be retried; uploads are kept. */
  restart?(progress: Progress): Progress
  /** Read-only: where a delivered (or delivering) item stands now. */
  checkStatus(progress: Progress): Promise<DeliveryStatus>
  /** Takes the item down; throws ChannelError when that cannot be done now. */
  retract(progress: Progress): Promise<RetractOutcome>
}
