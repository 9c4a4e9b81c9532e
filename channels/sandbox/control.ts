/**
 * The control API under /__sandbox/ (JSON in, JSON out): read the state, reset it, queue faults,
 * invalidate tokens, and register accounts with their callback URLs, safe domains and quotas.
 */
import type { Sandbox } from './context'
import { type FaultSpec, faultProblem } from './faults'
import { json, type Reply } from './http'
import { summary } from './summary'
import { newWeiboAccount, uidForToken } from './weibo'
import { newWechatAccount, SANDBOX_SECRET } from './wechatAuth'

type Body = Record<string, unknown>

const problem = (message: string): Reply => json({ error: message }, 400, 'bad_request')
const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined
/** 'draft/add' and '/cgi-bin/draft/add' name the same API. */
const apiPath = (name: string) => (name.startsWith('/') ? name : `/cgi-bin/${name}`)

function registerWechat(sandbox: Sandbox, input: Body) {
  if (typeof input.appid !== 'string' || !input.appid) throw new Error('wechat accounts need an appid')
  const { accounts } = sandbox.state.wechat
  const account = (accounts[input.appid] ??= newWechatAccount(input.appid, SANDBOX_SECRET))
  if (typeof input.secret === 'string') account.secret = input.secret
  if (typeof input.name === 'string') account.name = input.name
  if (typeof input.originalId === 'string') account.originalId = input.originalId
  if (typeof input.callbackUrl === 'string') account.callbackUrl = input.callbackUrl
  if (input.callbackUrl === null) delete account.callbackUrl
  if (typeof input.callbackToken === 'string') account.callbackToken = input.callbackToken
  if (input.ipWhitelist === null) delete account.ipWhitelist
  if (strings(input.ipWhitelist)) account.ipWhitelist = strings(input.ipWhitelist)
  if (strings(input.unauthorizedApis))
    account.unauthorizedApis = strings(input.unauthorizedApis)!.map(apiPath)
  const quotas = (input.quotas ?? {}) as Record<string, unknown>
  for (const [name, limit] of Object.entries(quotas)) {
    if (limit === null) delete account.quotas[apiPath(name)]
    else if (typeof limit === 'number' && limit >= 0) account.quotas[apiPath(name)] = limit
    else throw new Error(`quota ${name} must be a number ≥ 0, or null for unlimited`)
  }
  const { secret: _secret, ...shown } = account
  return shown
}

function registerWeibo(sandbox: Sandbox, input: Body) {
  if (typeof input.token !== 'string' || !input.token) throw new Error('weibo accounts need a token')
  const { accounts, tokens } = sandbox.state.weibo
  const uid =
    typeof input.uid === 'number' ? input.uid : (tokens[input.token]?.uid ?? uidForToken(input.token))
  tokens[input.token] = { expired: false, uid } // registering a token (again) is re-authorising it
  const account = (accounts[uid] ??= newWeiboAccount(uid))
  if (typeof input.screenName === 'string') account.screenName = input.screenName
  if (strings(input.safeDomains)) account.safeDomains = strings(input.safeDomains)!
  if (typeof input.postsPerHour === 'number') account.postsPerHour = input.postsPerHour
  if (typeof input.requestsPerHour === 'number') account.requestsPerHour = input.requestsPerHour
  return { ...account, token: input.token }
}

function registerAccounts(sandbox: Sandbox, body: Body): Reply {
  try {
    const wechat = ((body.wechat ?? []) as Body[]).map((input) => registerWechat(sandbox, input))
    const weibo = ((body.weibo ?? []) as Body[]).map((input) => registerWeibo(sandbox, input))
    sandbox.persist()
    return json({ wechat, weibo })
  } catch (error) {
    return problem((error as Error).message)
  }
}

function queueFaults(sandbox: Sandbox, body: unknown): Reply {
  const specs = (Array.isArray(body) ? body : [body]) as Partial<FaultSpec>[]
  for (const spec of specs) {
    const wrong = faultProblem(spec)
    if (wrong) return problem(wrong)
  }
  return json({ queued: specs.map((spec) => sandbox.faults.add(spec as FaultSpec)) })
}

function expireTokens(sandbox: Sandbox, body: Body): Reply {
  const wechat =
    body.platform === 'weibo' ? [] : Object.values(sandbox.state.wechat.tokens).filter((t) => !t.revoked)
  const weibo =
    body.platform === 'wechat' ? [] : Object.values(sandbox.state.weibo.tokens).filter((t) => !t.expired)
  for (const token of wechat) token.revoked = true
  for (const token of weibo) token.expired = true
  sandbox.persist()
  return json({ expired: { wechat: wechat.length, weibo: weibo.length } })
}

export function control(
  sandbox: Sandbox,
  method: string,
  path: string,
  raw: Buffer,
  reset: (keepAccounts: boolean) => void,
): Reply {
  let parsed: unknown = {}
  try {
    if (raw.length) parsed = JSON.parse(raw.toString('utf8'))
  } catch {
    return problem('the body must be JSON')
  }
  const body = (parsed && typeof parsed === 'object' ? parsed : {}) as Body
  const route = `${method} ${path.replace(/\/$/, '')}`
  switch (route) {
    case 'GET /__sandbox/state':
      return json(summary(sandbox))
    case 'POST /__sandbox/reset':
      reset(body.keepAccounts === true)
      return json({ ok: true })
    case 'GET /__sandbox/faults':
      return json({ faults: sandbox.faults.list() })
    case 'POST /__sandbox/faults':
      return queueFaults(sandbox, Array.isArray(body.faults) ? body.faults : parsed)
    case 'DELETE /__sandbox/faults':
      sandbox.faults.clear()
      return json({ ok: true })
    case 'POST /__sandbox/expire-tokens':
      return expireTokens(sandbox, body)
    case 'POST /__sandbox/accounts':
      return registerAccounts(sandbox, body)
    default:
      return json({ error: `no control route ${route}` }, 404, 'not_found')
  }
}
