/**
 * The contract every publishing platform implements (one folder per platform beside this file:
 * website/, wechat/, weibo/). The delivery engine only ever talks to this interface, so a platform's
 * quirks — token refresh, image re-hosting, quotas — stay inside its folder.
 */

export type Platform = 'website' | 'wechat' | 'weibo'

/** How a failed platform call should be handled; decides retry, re-auth or a person's attention. */
export type DeliveryErrorClass =
  | 'retry_later' // busy, rate-limited or quota reached: back off and try again
  | 'refresh_token' // credential expired: refresh once, then retry
  | 'bad_content' // the platform refuses this content: an editor must change it
  | 'account_disconnected' // credentials revoked, IP not whitelisted, API withdrawn: an admin must act
  | 'outcome_unknown' // the request may have been applied: reconcile by a read-only query, never resend

export type RenderedItem = { body: string; digest?: string; imageIds: string[]; title: string; url?: string }

export type DeliveryStep = { externalId?: string; name: string; url?: string }

export type ChannelAdapter = {
  platform: Platform
  render(item: unknown): Promise<RenderedItem>
  /** Problems that stop a delivery before any platform call, in words an editor understands. */
  validate(rendered: RenderedItem): string[]
  /** Runs the next step; every step's external ids are stored before the following step starts. */
  deliver(rendered: RenderedItem, done: DeliveryStep[]): Promise<DeliveryStep>
  checkStatus(done: DeliveryStep[]): Promise<'delivered' | 'failed' | 'pending'>
  retract(done: DeliveryStep[]): Promise<void>
  classify(error: unknown): DeliveryErrorClass
}
