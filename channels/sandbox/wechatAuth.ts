/**
 * Accounts and access tokens. /cgi-bin/stable_token hands out a token valid for 7200 s and, unless
 * force_refresh is set, returns the same token while it is valid (that is what "stable" means); a forced
 * refresh invalidates the previous one. Every other call is checked here before it does anything.
 */
import type { Sandbox } from './context'
import { type ApiRequest, parseJson, type Reply, json } from './http'
import { opaqueId } from './ids'
import { takeDailyQuota } from './limits'
import type { WechatAccount } from './state'
import { wechatError } from './wechatErrors'

const TOKEN_TTL_S = 7200

/** `npm run dev` seeds accounts like wx_sandbox_xck / sandbox-secret: they work without registration. */
export const SANDBOX_APPID_PREFIX = 'wx_sandbox_'
export const SANDBOX_SECRET = 'sandbox-secret'

/** What a new account may call per day (WeChat's published defaults); exceeding them gives 45009. */
export const DEFAULT_WECHAT_QUOTAS: Record<string, number> = {
  '/cgi-bin/draft/add': 1000,
  '/cgi-bin/freepublish/delete': 10,
  '/cgi-bin/freepublish/get': 100,
  '/cgi-bin/freepublish/submit': 100,
}

export function newWechatAccount(appid: string, secret: string): WechatAccount {
  return {
    appid,
    name: '沙箱政务公众号',
    originalId: `gh_${appid.replace(/[^a-z0-9]/gi, '').slice(-12)}`,
    quotas: { ...DEFAULT_WECHAT_QUOTAS },
    secret,
    unauthorizedApis: [],
  }
}

const ipRefused = (account: WechatAccount, ip: string): Reply | undefined =>
  account.ipWhitelist && !account.ipWhitelist.includes(ip)
    ? wechatError(40164, `invalid ip ${ip} ipv6 ::ffff:${ip}, not in whitelist`)
    : undefined

export function stableToken(req: ApiRequest, sandbox: Sandbox): Reply {
  const body = parseJson(req.body)
  if (!body) return wechatError(47001)
  const { appid, secret, grant_type: grantType, force_refresh: forceRefresh } = body
  if (grantType !== 'client_credential') return wechatError(40002)
  if (typeof appid !== 'string' || !appid) return wechatError(41002)
  if (typeof secret !== 'string' || !secret) return wechatError(41004)
  const { accounts, tokens } = sandbox.state.wechat
  if (!accounts[appid] && appid.startsWith(SANDBOX_APPID_PREFIX)) {
    accounts[appid] = newWechatAccount(appid, SANDBOX_SECRET)
  }
  const account = accounts[appid]
  if (!account) return wechatError(40013)
  if (account.secret !== secret) return wechatError(40125)
  const refused = ipRefused(account, req.remoteIp)
  if (refused) return refused

  const now = sandbox.now()
  const current = Object.entries(tokens).find(([, t]) => t.appid === appid && !t.revoked && t.expiresAt > now)
  if (current && forceRefresh !== true) {
    return json({ access_token: current[0], expires_in: Math.floor((current[1].expiresAt - now) / 1000) })
  }
  for (const token of Object.values(tokens)) if (token.appid === appid) token.revoked = true
  const accessToken = opaqueId(96)
  tokens[accessToken] = { appid, expiresAt: now + TOKEN_TTL_S * 1000, revoked: false }
  sandbox.persist()
  return json({ access_token: accessToken, expires_in: TOKEN_TTL_S })
}

/** The calling account, or the error WeChat gives before doing anything: token, IP, permission, quota. */
export function authorize(req: ApiRequest, sandbox: Sandbox): { account: WechatAccount } | { reply: Reply } {
  const accessToken = req.query.get('access_token')
  if (!accessToken) return { reply: wechatError(41001) }
  const token = sandbox.state.wechat.tokens[accessToken]
  const account = token && sandbox.state.wechat.accounts[token.appid]
  if (!token || !account || token.revoked) return { reply: wechatError(40001) }
  if (token.expiresAt <= sandbox.now()) return { reply: wechatError(42001) }
  const refused = ipRefused(account, req.remoteIp)
  if (refused) return { reply: refused }
  if (account.unauthorizedApis.includes(req.path)) return { reply: wechatError(48001) }
  const limit = account.quotas[req.path]
  if (limit !== undefined && !takeDailyQuota(sandbox.state, account.appid, req.path, limit, sandbox.now())) {
    return { reply: wechatError(45009) }
  }
  return { account }
}
