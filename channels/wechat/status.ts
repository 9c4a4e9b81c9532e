/** Where a WeChat delivery stands now, read-only: freepublish/get, or the published list after reconciling. */
import { ChannelError } from '../errors'
import type { DeliveryStatus } from '../types'
import type { WechatClient } from './client'
import { fromFreepublishGet } from './publishStatus'
import { findArticleById } from './reconcile'
import type { WechatProgress } from './types'

export async function wechatDeliveryStatus(
  client: WechatClient,
  progress: WechatProgress,
): Promise<DeliveryStatus> {
  if (progress.publishId) {
    const { articleId, state, url, reason, platformStatus } = fromFreepublishGet(
      await client.call('/cgi-bin/freepublish/get', { publish_id: progress.publishId }),
    )
    return { externalId: articleId, platformStatus, reason, state, url }
  }
  if (!progress.articleId) {
    return { reason: '尚未确认发表 (not confirmed as published yet)', state: 'awaiting_platform' }
  }
  // Found by reconciliation, so there is no publish_id to ask about: look for it in the published list.
  const found = await findArticleById(client, progress.articleId)
  if (found) return { externalId: found.articleId, state: 'delivered', url: found.url || progress.url }
  throw new ChannelError({
    kind: 'retry_later',
    operatorMessage:
      '在最近的发表记录中找不到该文章，可能已被删除，请在公众平台核对 (not in the recent published list; may have been deleted)',
    platform: 'wechat',
  })
}
