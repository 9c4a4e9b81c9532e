/**
 * The platforms' own call quotas, per account, as their developer documentation states them. The
 * delivery engine books a unit before each write that counts, and holds the rest of the queue back
 * until the window frees up, so a busy day never turns into a run of 45009 / 10024 refusals.
 */
import type { ChannelError } from './errors'

export type QuotaWindow = 'china_day' | 'sliding_hour'

export type QuotaRule = {
  /** Stable name of the counted API, part of the counter's key. */
  api: string
  /** What a person calls it, Chinese with English beside. */
  label: string
  limit: number
  window: QuotaWindow
  /** The channel account field that overrides `limit`. */
  override: 'wechatDraftsPerDay' | 'wechatPublishesPerDay' | 'wechatStatusChecksPerDay' | 'weiboPostsPerHour'
}

// Quotas of a new, verified Official Account (reset at midnight Beijing time) and Weibo's posting limit
// of about 30 posts per sliding hour. Steps not listed here are not counted by the platform's quotas.
export const STEP_QUOTAS: Record<'wechat' | 'weibo', Record<string, QuotaRule>> = {
  wechat: {
    add_draft: {
      api: 'draft_add',
      label: '微信草稿新建 (draft/add)',
      limit: 1000,
      override: 'wechatDraftsPerDay',
      window: 'china_day',
    },
    submit: {
      api: 'freepublish_submit',
      label: '微信发布 (freepublish/submit)',
      limit: 100,
      override: 'wechatPublishesPerDay',
      window: 'china_day',
    },
    check_publish: {
      api: 'freepublish_get',
      label: '微信发布状态查询 (freepublish/get)',
      limit: 100,
      override: 'wechatStatusChecksPerDay',
      window: 'china_day',
    },
  },
  weibo: {
    share: {
      api: 'statuses_share',
      label: '微博发布 (statuses/share)',
      limit: 30,
      override: 'weiboPostsPerHour',
      window: 'sliding_hour',
    },
  },
}

const CHINA_OFFSET_MS = 8 * 3_600_000
const DAY_MS = 86_400_000

/** The next midnight in Beijing time after `now`. */
export const nextChinaMidnight = (now: number): number =>
  Math.floor((now + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS + DAY_MS - CHINA_OFFSET_MS

/**
 * How long to hold a delivery that the platform refused for a used-up quota (the account is shared
 * with people posting by hand, so our own count can be short): until the window turns, not an
 * exponential retry that would spend the delivery's attempts. Undefined for any other failure.
 */
export function quotaRefusalWaitMs(error: ChannelError, now: number): number | undefined {
  if (error.platform === 'wechat' && error.platformCode === 45009)
    return nextChinaMidnight(now) - now + 60_000
  if (error.platform === 'wechat' && error.platformCode === 45011) return 60_000
  if (error.platform === 'weibo' && (error.platformCode === 10024 || error.platformCode === 10023))
    return 10 * 60_000
  return undefined
}
