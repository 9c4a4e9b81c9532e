/**
 * Every platform failure becomes a ChannelError whose `kind` tells the delivery engine what to do (retry,
 * reconcile, or ask an editor or an admin) and whose `operatorMessage` tells a person, in Chinese with
 * English beside, what happened and what to do about it.
 */
import type { DeliveryErrorClass, Platform } from './types'

type Rule = { kind: DeliveryErrorClass; message: string }

export class ChannelError extends Error {
  readonly kind: DeliveryErrorClass
  readonly platform: Platform
  readonly platformCode?: number | string
  readonly operatorMessage: string
  /** Technical detail for logs: the platform's own message, the socket error… */
  readonly detail?: string

  constructor(init: {
    kind: DeliveryErrorClass
    platform: Platform
    operatorMessage: string
    platformCode?: number | string
    detail?: string
    cause?: unknown
  }) {
    const code = init.platformCode === undefined ? '' : ` ${init.platformCode}`
    super(`[${init.platform}${code}] ${init.detail || init.operatorMessage}`, { cause: init.cause })
    this.name = 'ChannelError'
    this.kind = init.kind
    this.platform = init.platform
    this.platformCode = init.platformCode
    this.operatorMessage = init.operatorMessage
    this.detail = init.detail
  }

  /** The same failure seen differently by a step (an upload timeout is safe to repeat, a submit's is not). */
  as(kind: DeliveryErrorClass, operatorMessage: string): ChannelError {
    return new ChannelError({
      cause: this.cause,
      detail: this.detail,
      kind,
      operatorMessage,
      platform: this.platform,
      platformCode: this.platformCode,
    })
  }
}

export const isChannelError = (error: unknown): error is ChannelError => error instanceof ChannelError

const LABEL: Record<Platform, string> = { website: '网站', wechat: '微信', weibo: '微博' }

// WeChat answers errors as HTTP 200 with { errcode, errmsg }.
const WECHAT: Record<number, Rule> = {
  [-1]: { kind: 'retry_later', message: '微信系统繁忙，稍后自动重试 (WeChat system busy; will retry later)' },
  40001: {
    kind: 'refresh_token',
    message: '微信接口令牌失效，刷新令牌后重试 (access token invalid; refresh it and retry)',
  },
  42001: {
    kind: 'refresh_token',
    message: '微信接口令牌已过期，刷新令牌后重试 (access token expired; refresh it and retry)',
  },
  45009: {
    kind: 'retry_later',
    message:
      '微信接口今日调用次数已达上限，北京时间零点后自动重试；急需发布请管理员在公众平台清零配额 (daily API quota reached; retries after midnight Beijing time)',
  },
  45011: {
    kind: 'retry_later',
    message: '微信接口调用过于频繁，稍后自动重试 (API minute quota reached; will retry later)',
  },
  45047: {
    kind: 'retry_later',
    message: '微信下发条数已达上限，稍后自动重试 (delivery count limit reached; will retry later)',
  },
  40164: {
    kind: 'account_disconnected',
    message:
      '本服务器 IP 不在公众号 IP 白名单中，请管理员在公众平台「设置与开发—基本配置」中添加 (server IP not in the account’s whitelist)',
  },
  48001: {
    kind: 'account_disconnected',
    message:
      '公众号没有该接口的权限（常见于未认证的公众号），请管理员检查认证状态和接口权限 (API unauthorized for this account)',
  },
  40013: {
    kind: 'account_disconnected',
    message: '公众号 AppID 无效，请管理员核对渠道账号配置 (invalid AppID)',
  },
  40125: {
    kind: 'account_disconnected',
    message: '公众号 AppSecret 无效或已被重置，请管理员在渠道账号中更新 AppSecret (invalid AppSecret)',
  },
  41001: {
    kind: 'account_disconnected',
    message: '请求缺少接口令牌，请管理员检查渠道账号配置 (access token missing)',
  },
  45002: {
    kind: 'bad_content',
    message: '正文超过微信限制（须少于 2 万字且排版代码小于 1 MB），请编辑删减正文 (content too long)',
  },
  45003: { kind: 'bad_content', message: '标题超过微信限制（最多 32 字），请编辑缩短标题 (title too long)' },
  45004: {
    kind: 'bad_content',
    message: '摘要超过微信限制（最多 128 字），请编辑缩短摘要 (digest too long)',
  },
  45110: { kind: 'bad_content', message: '作者超过微信限制（最多 16 字），请编辑缩短作者 (author too long)' },
  40005: {
    kind: 'bad_content',
    message: '图片格式不被微信接受，请编辑更换为 JPG 或 PNG 图片 (image type refused)',
  },
  40006: { kind: 'bad_content', message: '图片大小超出微信限制，请编辑更换较小的图片 (media too large)' },
  40009: { kind: 'bad_content', message: '图片大小超出微信限制，请编辑更换较小的图片 (image too large)' },
  40007: {
    kind: 'bad_content',
    message:
      '微信素材或草稿无效（可能已在公众平台被删除），请重新投递 (invalid media_id: the material or draft is gone)',
  },
  53600: {
    kind: 'bad_content',
    message: '微信找不到该文章或发表任务（可能已被删除） (unknown article_id or publish_id)',
  },
  44003: { kind: 'bad_content', message: '图文内容为空，请编辑补充正文 (empty news data)' },
}

export function wechatError(errcode: number, errmsg = ''): ChannelError {
  const rule: Rule = WECHAT[errcode] ?? {
    kind: 'retry_later',
    message: `微信返回错误码 ${errcode}（${errmsg}），稍后自动重试；如反复出现请联系管理员 (unexpected errcode; will retry)`,
  }
  return new ChannelError({
    detail: errmsg,
    kind: rule.kind,
    operatorMessage: rule.message,
    platform: 'wechat',
    platformCode: errcode,
  })
}

const REAUTHORISE =
  '请管理员在渠道账号中重新授权微博 (the Weibo authorisation is no longer valid; an admin must re-authorise)'

// Weibo answers errors as HTTP 400/403 with { error, error_code, request }. We hold a user's OAuth token
// and cannot refresh it ourselves: every token error needs an admin to authorise again.
const WEIBO: Record<number, Rule> = {
  21327: { kind: 'account_disconnected', message: `微博授权已过期，${REAUTHORISE}` },
  21332: { kind: 'account_disconnected', message: `微博授权无效，${REAUTHORISE}` },
  21314: { kind: 'account_disconnected', message: `微博授权已被使用，${REAUTHORISE}` },
  21315: { kind: 'account_disconnected', message: `微博授权已过期，${REAUTHORISE}` },
  21316: { kind: 'account_disconnected', message: `微博授权已被撤销，${REAUTHORISE}` },
  21317: { kind: 'account_disconnected', message: `微博授权不可用，${REAUTHORISE}` },
  21319: { kind: 'account_disconnected', message: `微博授权超出范围，${REAUTHORISE}` },
  21301: { kind: 'account_disconnected', message: `微博认证失败，${REAUTHORISE}` },
  10006: {
    kind: 'account_disconnected',
    message: `微博应用不可用（source paramter missing），${REAUTHORISE}`,
  },
  10014: {
    kind: 'account_disconnected',
    message: '微博应用没有该接口的权限，请管理员在微博开放平台检查应用权限 (API not permitted for the app)',
  },
  10001: {
    kind: 'retry_later',
    message: '微博系统错误，稍后自动重试 (Weibo system error; will retry later)',
  },
  10002: { kind: 'retry_later', message: '微博服务暂停，稍后自动重试 (Weibo service unavailable)' },
  10009: { kind: 'retry_later', message: '微博任务过多，稍后自动重试 (Weibo too busy)' },
  10022: { kind: 'retry_later', message: '微博接口调用频率超限（IP），一小时内自动重试 (IP rate limit)' },
  10023: {
    kind: 'retry_later',
    message: '微博账号接口调用频率超限，一小时内自动重试 (account request rate limit; will retry)',
  },
  10024: {
    kind: 'retry_later',
    message: '微博账号发博频率超限，一小时内自动重试 (account posting rate limit; will retry)',
  },
  20016: { kind: 'retry_later', message: '微博发布过快，稍后自动重试 (posting too fast)' },
  20019: {
    kind: 'duplicate_content',
    message:
      '微博提示内容重复：相同内容已在该账号发布，正在从时间线核对并采用那一条，不会重复发布 (repeat content: the same text is already posted; adopting it)',
  },
  20017: {
    kind: 'bad_content',
    message: '微博提示刚发过相似内容，请编辑修改标题后再投递 (similar content posted just now)',
  },
  20012: {
    kind: 'bad_content',
    message: '微博正文超过 140 字，请编辑缩短标题 (text too long)',
  },
  10017: {
    kind: 'bad_content',
    message:
      '微博拒绝了正文：须带本单位网站（安全域名）的链接，且不能含 #话题#，请编辑或管理员检查安全域名设置 (status refused: needs a safe-domain link, no #topics#)',
  },
  10016: { kind: 'bad_content', message: '微博正文为空，请编辑补充标题 (status missing)' },
  20005: {
    kind: 'bad_content',
    message: '微博配图格式不受支持（仅 JPG、GIF、PNG），请编辑更换配图 (image type)',
  },
  20006: { kind: 'bad_content', message: '微博配图过大（须小于 5 MB），请编辑更换配图 (image too large)' },
  20018: { kind: 'bad_content', message: '微博认为正文含有非法网址，请编辑检查链接 (illegal link)' },
  20020: { kind: 'bad_content', message: '微博认为正文含广告信息，请编辑修改 (advertising)' },
  20021: { kind: 'bad_content', message: '微博认为正文含违规内容，请编辑修改 (illegal content)' },
  20101: {
    kind: 'bad_content',
    message: '该条微博不存在或已被删除 (target weibo does not exist)',
  },
}

export function weiboError(code: number, error = ''): ChannelError {
  const rule: Rule = WEIBO[code] ?? {
    kind: 'retry_later',
    message: `微博返回错误码 ${code}（${error}），稍后自动重试；如反复出现请联系管理员 (unexpected error_code; will retry)`,
  }
  return new ChannelError({
    detail: error,
    kind: rule.kind,
    operatorMessage: rule.message,
    platform: 'weibo',
    platformCode: code,
  })
}

// The connection was never made: nothing reached the platform, so trying again is always safe.
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EADDRNOTAVAIL',
])
// The request may have reached the platform and been performed; only a read-only query can tell.
const MAYBE_SENT = new Set([
  'ECONNABORTED', // axios: timeout
  'ETIMEDOUT',
  'ECONNRESET', // socket hang up: a dropped response
  'EPIPE',
  'ERR_CANCELED',
  'ERR_STREAM_PREMATURE_CLOSE',
])

const errorCode = (error: unknown): string | undefined => {
  const { code, cause } = (error ?? {}) as { code?: unknown; cause?: { code?: unknown } }
  if (typeof code === 'string') return code
  return typeof cause?.code === 'string' ? cause.code : undefined
}

/**
 * A transport failure (no platform answer) as a ChannelError, or undefined when `error` is not one.
 * Anything but a refused or unresolvable connection counts as possibly performed: a false "unknown"
 * costs one read-only query, a false "not sent" can publish twice.
 */
export function networkError(error: unknown, platform: Platform): ChannelError | undefined {
  const code = errorCode(error)
  const isAxios = (error as { isAxiosError?: unknown } | undefined)?.isAxiosError === true
  if (!code && !isAxios) return undefined
  const label = LABEL[platform]
  if (code && NOT_SENT.has(code)) {
    return new ChannelError({
      cause: error,
      detail: `${code}: ${(error as Error).message}`,
      kind: 'retry_later',
      operatorMessage: `无法连接${label}服务器（连接被拒绝或域名无法解析），请求未发出，稍后自动重试 (could not connect; nothing was sent; will retry)`,
      platform,
    })
  }
  if (code && !MAYBE_SENT.has(code) && !isAxios) return undefined
  return new ChannelError({
    cause: error,
    detail: `${code ?? 'network'}: ${(error as Error).message}`,
    kind: 'outcome_unknown',
    operatorMessage: `请求已发往${label}但未收到答复（超时或连接中断），结果未知：须先核对平台上是否已生效，不可直接重发 (sent but no answer; outcome unknown — reconcile, never resend blindly)`,
    platform,
  })
}

/**
 * An HTTP answer that is not the platform's JSON: a gateway's error page. A 500-class page means the
 * gateway did not pass the call on, except 504, where the platform may still have performed it.
 */
export function httpStatusError(status: number, platform: Platform, body = ''): ChannelError {
  const label = LABEL[platform]
  const detail = `HTTP ${status}: ${body.slice(0, 200)}`
  if (status === 504 || (status >= 200 && status < 300)) {
    return new ChannelError({
      detail,
      kind: 'outcome_unknown',
      operatorMessage: `${label}网关超时或答复无法识别（HTTP ${status}），结果未知：须先核对再决定是否重发 (gateway timeout or unreadable answer; outcome unknown)`,
      platform,
      platformCode: `HTTP ${status}`,
    })
  }
  return new ChannelError({
    detail,
    kind: 'retry_later',
    operatorMessage: `${label}服务器暂时故障（HTTP ${status}），稍后自动重试 (platform server error; will retry later)`,
    platform,
    platformCode: `HTTP ${status}`,
  })
}

/** Any thrown value as a ChannelError; programming errors (not network, not platform) are rethrown. */
export function toChannelError(error: unknown, platform: Platform): ChannelError {
  if (error instanceof ChannelError) return error
  const network = networkError(error, platform)
  if (network) return network
  throw error
}
