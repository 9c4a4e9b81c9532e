/**
 * WeChat's publish_status, from freepublish/get or the PUBLISHJOBFINISH callback, as a delivery state.
 * 0 published, 1 publishing, 2 originality check failed, 3 failed, 4 refused by review, 5 deleted after
 * publishing, 6 banned after publishing.
 */
import { ChannelError } from '../errors'
import type { DeliveryErrorClass, DeliveryStatus } from '../types'
import type { WechatProgress } from './types'

type Meaning = { state: DeliveryStatus['state']; reason: string; kind?: DeliveryErrorClass }

const MEANINGS: Record<number, Meaning> = {
  0: { reason: '已发表 (published)', state: 'delivered' },
  1: { reason: '微信正在发表，稍后再查 (publishing)', state: 'awaiting_platform' },
  2: {
    kind: 'bad_content',
    reason: '原创声明未通过，文章未发表：请编辑修改内容或取消原创声明后重新投递 (originality check failed)',
    state: 'failed',
  },
  3: {
    kind: 'retry_later',
    reason: '微信发表失败（常规失败），可重新发起发表 (publish failed; can be published again)',
    state: 'failed',
  },
  4: {
    kind: 'bad_content',
    reason: '微信平台审核未通过，文章未发表：请编辑修改内容后重新投递 (refused by platform review)',
    state: 'failed',
  },
  5: { reason: '文章发表后已被删除 (deleted after publishing)', state: 'removed' },
  6: { reason: '文章发表后被微信封禁 (banned by WeChat after publishing)', state: 'removed' },
}

export type PublishOutcome = DeliveryStatus & { articleId?: string; kind?: DeliveryErrorClass }

export function publishOutcome(status: number, articleId?: string, url?: string): PublishOutcome {
  const meaning = MEANINGS[status] ?? {
    kind: 'retry_later' as const,
    reason: `微信返回未知的发表状态 ${status} (unknown publish_status)`,
    state: 'failed' as const,
  }
  return {
    articleId,
    externalId: articleId,
    kind: meaning.kind,
    platformStatus: status,
    reason: meaning.reason,
    state: meaning.state,
    url,
  }
}

/** The first article's URL and the article_id in a freepublish/get reply. */
export function fromFreepublishGet(reply: Record<string, unknown>): PublishOutcome {
  const detail = (reply.article_detail ?? {}) as { item?: { idx?: number; article_url?: string }[] }
  const first = detail.item?.find((item) => Number(item.idx ?? 1) === 1) ?? detail.item?.[0]
  const articleId = typeof reply.article_id === 'string' && reply.article_id ? reply.article_id : undefined
  return publishOutcome(Number(reply.publish_status), articleId, first?.article_url)
}

/**
 * The progress after a publish job ended, whether freepublish/get or the PUBLISHJOBFINISH callback told
 * us: the article's id and URL, or why there is none. A job still running changes nothing.
 */
export function withPublishOutcome(progress: WechatProgress, outcome: PublishOutcome): WechatProgress {
  switch (outcome.state) {
    case 'delivered':
      return { ...progress, articleId: outcome.articleId, url: outcome.url }
    case 'removed':
      return {
        ...progress,
        articleId: outcome.articleId,
        removed: { publishStatus: outcome.platformStatus!, reason: outcome.reason! },
        url: outcome.url,
      }
    case 'failed':
      return { ...progress, failure: { publishStatus: outcome.platformStatus!, reason: outcome.reason! } }
    default:
      return progress
  }
}

/** A failed publish job as the engine's error, classified by its publish_status. */
export function publishFailure(failure: NonNullable<WechatProgress['failure']>): ChannelError {
  return new ChannelError({
    kind: publishOutcome(failure.publishStatus).kind ?? 'retry_later',
    operatorMessage: failure.reason,
    platform: 'wechat',
    platformCode: `publish_status ${failure.publishStatus}`,
  })
}
