/**
 * A WeChat Official Account API client: JSON or multipart POSTs under /cgi-bin/ with the account's
 * access token attached, errcode ≠ 0 thrown as ChannelError. Tokens come from stable_token and are shared
 * per appId within the process, so parallel deliveries do not replace each other's token.
 */
import { ChannelError, httpStatusError, toChannelError, wechatError } from '../errors'
import { platformHttp } from '../platformHttp'

export type WechatClientOptions = {
  /** https://api.weixin.qq.com, or the sandbox's url. */
  apiBase: string
  appId: string
  appSecret: string
  /** How long a call may wait for an answer; longer is "outcome unknown". Default 15 s. */
  timeoutMs?: number
  /** Told (in Chinese and English) when the client did something an operator may want in a log. */
  notify?: (operatorMessage: string) => void
}

export type WechatCallOptions = {
  /**
   * Whether the client may send the call a second time after refreshing an expired token. True for
   * everything but freepublish/submit: a lost or repeated submit is settled by reconciliation instead.
   */
  repeatable?: boolean
}

export type WechatReply = Record<string, unknown>

export type WechatClient = {
  readonly apiBase: string
  readonly appId: string
  call(path: string, body?: unknown, options?: WechatCallOptions): Promise<WechatReply>
}

type CachedToken = { token: string; expiresAt: number }

const DEFAULT_TIMEOUT_MS = 15_000
// Renew this long before WeChat's expiry, so a token never dies between our check and the call.
const EXPIRY_MARGIN_MS = 5 * 60_000

const tokens = new Map<string, CachedToken>()
const fetching = new Map<string, Promise<CachedToken>>()

/** Forget cached tokens (all, or one account's): after its AppSecret changes, and between tests. */
export function forgetWechatTokens(appId?: string): void {
  for (const key of [...tokens.keys()]) if (!appId || key.endsWith(`\n${appId}`)) tokens.delete(key)
}

/**
 * A field a successful answer must carry. Without it we cannot tell what happened, so the outcome is
 * unknown: a step that is safe to repeat retries, a submit reconciles.
 */
export function replyField(reply: WechatReply, name: string): string {
  const value = reply[name]
  if ((typeof value === 'string' && value) || typeof value === 'number') return String(value)
  throw new ChannelError({
    detail: JSON.stringify(reply).slice(0, 200),
    kind: 'outcome_unknown',
    operatorMessage: `微信答复缺少 ${name}，结果未知 (answer without ${name}; outcome unknown)`,
    platform: 'wechat',
  })
}

function parseReply(status: number, text: string): WechatReply {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw httpStatusError(status, 'wechat', text)
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw httpStatusError(status, 'wechat', text)
  const reply = data as WechatReply
  const errcode = Number(reply.errcode ?? 0)
  if (errcode !== 0) throw wechatError(errcode, String(reply.errmsg ?? ''))
  if (status < 200 || status >= 300) throw httpStatusError(status, 'wechat', text)
  return reply
}

export function createWechatClient(options: WechatClientOptions): WechatClient {
  const { apiBase, appId, appSecret } = options
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const api = platformHttp(apiBase, timeoutMs)
  const key = `${apiBase}\n${appId}`

  async function post(url: string, body: unknown): Promise<WechatReply> {
    const form = body instanceof FormData
    try {
      const response = await api.post<string>(url, form ? body : JSON.stringify(body ?? {}), {
        headers: form ? {} : { 'Content-Type': 'application/json; charset=utf-8' },
        // `timeout` bounds a silent socket; this bounds the whole call, a slow trickle included.
        signal: AbortSignal.timeout(timeoutMs * 3),
      })
      return parseReply(response.status, String(response.data ?? ''))
    } catch (error) {
      throw toChannelError(error, 'wechat')
    }
  }

  async function fetchToken(forceRefresh: boolean): Promise<CachedToken> {
    const running = fetching.get(key)
    if (running) return running
    const request = (async () => {
      try {
        const reply = await post('/cgi-bin/stable_token', {
          appid: appId,
          force_refresh: forceRefresh,
          grant_type: 'client_credential',
          secret: appSecret,
        })
        const lifetimeMs = Number(reply.expires_in ?? 7200) * 1000
        const margin = Math.min(EXPIRY_MARGIN_MS, lifetimeMs / 2)
        const fresh = { expiresAt: Date.now() + lifetimeMs - margin, token: String(reply.access_token) }
        tokens.set(key, fresh)
        return fresh
      } catch (error) {
        // Asking for a token changes nothing on the platform: a lost answer is simply asked again.
        if (error instanceof ChannelError && error.kind === 'outcome_unknown')
          throw error.as(
            'retry_later',
            '获取微信接口令牌超时，稍后自动重试 (token request timed out; will retry)',
          )
        throw error
      } finally {
        fetching.delete(key)
      }
    })()
    fetching.set(key, request)
    return request
  }

  async function currentToken(): Promise<string> {
    const cached = tokens.get(key)
    if (cached && cached.expiresAt > Date.now()) return cached.token
    return (await fetchToken(false)).token
  }

  /** A token other than `refused`: stable_token's current one, or a forced new one if that is the same. */
  async function replace(refused: string): Promise<string> {
    const cached = tokens.get(key)
    if (cached && cached.token !== refused && cached.expiresAt > Date.now()) return cached.token
    tokens.delete(key)
    const current = await fetchToken(false)
    if (current.token !== refused) return current.token
    return (await fetchToken(true)).token
  }

  const withToken = (path: string, token: string) =>
    `${path}${path.includes('?') ? '&' : '?'}access_token=${encodeURIComponent(token)}`

  return {
    apiBase,
    appId,
    async call(path, body, { repeatable = true } = {}) {
      const token = await currentToken()
      try {
        return await post(withToken(path, token), body)
      } catch (error) {
        if (!(error instanceof ChannelError) || error.kind !== 'refresh_token') throw error
        const fresh = await replace(token)
        if (!repeatable) {
          // WeChat checks the token before doing anything, so this call did nothing: running the step
          // again is safe, but that is the engine's decision, not a silent resend here.
          throw error.as(
            'refresh_token',
            '微信接口令牌失效，已刷新令牌；此步骤不自动重发，请重新执行 (token refreshed; this step is not resent automatically, run it again)',
          )
        }
        options.notify?.('微信接口令牌失效，已刷新后重试 (token expired, refreshed once)')
        try {
          return await post(withToken(path, fresh), body)
        } catch (second) {
          if (second instanceof ChannelError && second.kind === 'refresh_token') {
            throw second.as(
              'account_disconnected',
              '刷新后的微信接口令牌仍被拒绝：可能有其他系统在强制刷新本公众号的令牌，或 AppSecret 已重置，请管理员检查 (refreshed token refused again)',
            )
          }
          throw second
        }
      }
    },
  }
}
