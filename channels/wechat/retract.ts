/**
 * Takes a published article down with freepublish/delete. Safe to repeat: when our own delete's answer was
 * lost, the next attempt hears 53600 (unknown or already deleted), which counts as done.
 */
import { ChannelError, toChannelError } from '../errors'
import type { RetractOutcome } from '../types'
import type { WechatClient } from './client'
import { fromFreepublishGet } from './publishStatus'
import { findPublishedArticle } from './reconcile'
import type { WechatProgress } from './types'

type Target = { articleId: string } | { outcome: RetractOutcome }

/** The article to delete: recorded, or learned from the publish job or, after a lost submit, the list. */
async function target(client: WechatClient, progress: WechatProgress): Promise<Target> {
  if (progress.removed) return { outcome: 'already_gone' }
  if (progress.articleId) return { articleId: progress.articleId }
  if (progress.publishId) {
    const outcome = fromFreepublishGet(
      await client.call('/cgi-bin/freepublish/get', { publish_id: progress.publishId }),
    )
    if (outcome.state === 'delivered' && outcome.articleId) return { articleId: outcome.articleId }
    if (outcome.state === 'removed') return { outcome: 'already_gone' }
    if (outcome.state === 'failed') return { outcome: 'never_published' }
    throw new ChannelError({
      kind: 'retry_later',
      operatorMessage:
        '文章仍在发表中，发表完成后再撤回，稍后自动重试 (still publishing; will retract once published)',
      platform: 'wechat',
    })
  }
  if (progress.submitUncertain) {
    // Matched on the cover alone: its media_id was uploaded for this delivery and no other.
    const found = await findPublishedArticle(client, {
      coverMediaId: progress.coverMediaId,
      since: progress.uncertainSince,
    })
    if (found) return { articleId: found.articleId }
    throw new ChannelError({
      kind: 'outcome_unknown',
      operatorMessage:
        '发表结果尚在核对，暂不能确认有无可撤回的文章，稍后自动重试 (submit outcome still being reconciled; will retry)',
      platform: 'wechat',
    })
  }
  return { outcome: 'never_published' }
}

export async function retractWechatArticle(
  client: WechatClient,
  progress: WechatProgress,
): Promise<RetractOutcome> {
  const found = await target(client, progress)
  if ('outcome' in found) return found.outcome
  try {
    await client.call('/cgi-bin/freepublish/delete', { article_id: found.articleId })
    return 'retracted'
  } catch (error) {
    if (error instanceof ChannelError && error.platformCode === 53600) return 'already_gone'
    throw toChannelError(error, 'wechat')
  }
}
