/**
 * The Weibo API paths the sandbox imitates: posting with statuses/share (the only way third-party apps
 * may post, and only with a link to the app's safe domain), deleting, and the read-only lookups a client
 * uses to learn whether a post whose response was lost actually landed.
 */
import { createHash } from 'node:crypto'

import type { Sandbox } from './context'
import { type ApiRequest, json, type Reply } from './http'
import { weiboId } from './ids'
import { sinaimgPath, sniffImage, storeImage } from './images'
import { hourlyAllows, takeHourly } from './limits'
import { boundaryOf, type MultipartFile, parseMultipart } from './multipart'
import type { WeiboAccount, WeiboPost } from './state'
import { weiboError } from './weiboErrors'
import { hasTopic, linksIn, linksToSafeDomain, WEIBO_MAX_LENGTH, weiboDate, weiboLength } from './weiboText'

export const SANDBOX_TOKEN_PREFIX = 'sandbox-'
export const DEFAULT_SAFE_DOMAINS = ['localhost', '127.0.0.1']
export const DEFAULT_POSTS_PER_HOUR = 30
export const DEFAULT_REQUESTS_PER_HOUR = 150
const PIC_LIMIT = 5 * 1024 * 1024

type Params = { fields: Record<string, string>; pic?: MultipartFile }

function params(req: ApiRequest): Params {
  const fields = Object.fromEntries(req.query)
  const boundary = boundaryOf(req.headers['content-type'])
  if (boundary) {
    const form = parseMultipart(req.body, boundary)
    return { fields: { ...fields, ...form.fields }, pic: form.files.pic }
  }
  if (req.method === 'POST')
    Object.assign(fields, Object.fromEntries(new URLSearchParams(req.body.toString('utf8'))))
  return { fields }
}

export function newWeiboAccount(uid: number): WeiboAccount {
  return {
    postsPerHour: DEFAULT_POSTS_PER_HOUR,
    requestsPerHour: DEFAULT_REQUESTS_PER_HOUR,
    safeDomains: [],
    screenName: '沙箱政务微博',
    uid,
  }
}

/** A stable 10-digit uid for a sandbox- token, so the same token is the same account after a restart. */
export const uidForToken = (token: string): number =>
  5_000_000_000 + (parseInt(createHash('sha1').update(token).digest('hex').slice(0, 8), 16) % 1_000_000_000)

function authorize(
  req: ApiRequest,
  sandbox: Sandbox,
  fields: Record<string, string>,
): { account: WeiboAccount } | { reply: Reply } {
  const token = fields.access_token ?? /^OAuth2\s+(\S+)/.exec(req.headers.authorization ?? '')?.[1] ?? ''
  const { accounts, tokens } = sandbox.state.weibo
  if (!tokens[token] && token.startsWith(SANDBOX_TOKEN_PREFIX)) {
    const uid = uidForToken(token)
    accounts[uid] ??= newWeiboAccount(uid)
    tokens[token] = { expired: false, uid }
  }
  const known = tokens[token]
  const account = known && accounts[known.uid]
  if (!known || !account) return { reply: weiboError(21332, req.path) }
  if (known.expired) return { reply: weiboError(21327, req.path) }
  if (!takeHourly(sandbox.state, `${account.uid}:requests`, account.requestsPerHour, sandbox.now())) {
    return { reply: weiboError(10023, req.path) }
  }
  return { account }
}

export function statusObject(sandbox: Sandbox, post: WeiboPost) {
  const account = sandbox.state.weibo.accounts[post.uid]
  const image = post.picId ? sandbox.state.images[post.picId] : undefined
  const pictures = image
    ? {
        bmiddle_pic: `${sandbox.url}${sinaimgPath('bmiddle', image)}`,
        original_pic: `${sandbox.url}${sinaimgPath('large', image)}`,
        pic_urls: [{ thumbnail_pic: `${sandbox.url}${sinaimgPath('thumbnail', image)}` }],
        thumbnail_pic: `${sandbox.url}${sinaimgPath('thumbnail', image)}`,
      }
    : { pic_urls: [] }
  const screenName = account?.screenName ?? ''
  return {
    attitudes_count: 0,
    comments_count: 0,
    created_at: weiboDate(post.createdAt),
    favorited: false,
    geo: null,
    id: post.id,
    idstr: post.idstr,
    in_reply_to_screen_name: '',
    in_reply_to_status_id: '',
    in_reply_to_user_id: '',
    mid: post.idstr,
    reposts_count: 0,
    source: '<a href="https://open.weibo.com" rel="nofollow">阳光沙箱</a>',
    text: post.text,
    truncated: false,
    user: { id: post.uid, idstr: String(post.uid), name: screenName, screen_name: screenName },
    visible: { list_id: 0, type: 0 },
    ...pictures,
  }
}

function share(req: ApiRequest, sandbox: Sandbox, account: WeiboAccount, { fields, pic }: Params): Reply {
  const status = fields.status ?? ''
  if (!status.trim()) return weiboError(10016, req.path, 'status')
  if (!hourlyAllows(sandbox.state, `${account.uid}:posts`, account.postsPerHour, sandbox.now())) {
    return weiboError(10024, req.path, 'statuses/share')
  }
  if (weiboLength(status) > WEIBO_MAX_LENGTH) return weiboError(20012, req.path)
  if (hasTopic(status)) return weiboError(10017, req.path, 'status', 'text without #topics#', status)
  const safeDomains = [...DEFAULT_SAFE_DOMAINS, ...account.safeDomains]
  if (!linksToSafeDomain(status, safeDomains)) {
    const got = linksIn(status).join(' ') || 'no link'
    return weiboError(10017, req.path, 'status', `a link to a safe domain (${safeDomains.join(', ')})`, got)
  }
  const kind = pic ? sniffImage(pic.data) : undefined
  if (pic && (!kind || kind === 'bmp')) return weiboError(20005, req.path)
  if (pic && pic.data.length >= PIC_LIMIT) return weiboError(20006, req.path)
  const posts = Object.values(sandbox.state.weibo.posts)
  if (posts.some((p) => p.uid === account.uid && !p.deleted && p.text === status)) {
    return weiboError(20019, req.path)
  }

  const now = sandbox.now()
  takeHourly(sandbox.state, `${account.uid}:posts`, account.postsPerHour, now)
  const id = weiboId(sandbox.state)
  const post: WeiboPost = {
    createdAt: now,
    deleted: false,
    id,
    idstr: String(id),
    text: status,
    uid: account.uid,
  }
  if (pic && kind) post.picId = storeImage(sandbox.state, kind, pic.data, now).id
  if (fields.rip) post.rip = fields.rip
  sandbox.state.weibo.posts[post.idstr] = post
  sandbox.persist()
  return json(statusObject(sandbox, post))
}

function ownLivePost(sandbox: Sandbox, id: string, uid?: number): WeiboPost | undefined {
  const post = sandbox.state.weibo.posts[id]
  return post && !post.deleted && (uid === undefined || post.uid === uid) ? post : undefined
}

function destroy(req: ApiRequest, sandbox: Sandbox, account: WeiboAccount, { fields }: Params): Reply {
  const post = ownLivePost(sandbox, fields.id ?? '', account.uid)
  if (!post) return weiboError(20101, req.path)
  post.deleted = true
  post.deletedAt = sandbox.now()
  sandbox.persist()
  return json(statusObject(sandbox, post))
}

function show(req: ApiRequest, sandbox: Sandbox, _account: WeiboAccount, { fields }: Params): Reply {
  const post = ownLivePost(sandbox, fields.id ?? '')
  return post ? json(statusObject(sandbox, post)) : weiboError(20101, req.path)
}

function userTimeline(_req: ApiRequest, sandbox: Sandbox, account: WeiboAccount, { fields }: Params): Reply {
  const count = Math.min(100, Math.max(1, Number(fields.count) || 20))
  const page = Math.max(1, Number(fields.page) || 1)
  const mine = Object.values(sandbox.state.weibo.posts)
    .filter((post) => post.uid === account.uid && !post.deleted)
    .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)
  return json({
    next_cursor: 0,
    previous_cursor: 0,
    statuses: mine.slice((page - 1) * count, page * count).map((post) => statusObject(sandbox, post)),
    total_number: mine.length,
  })
}

type Handler = (req: ApiRequest, sandbox: Sandbox, account: WeiboAccount, params: Params) => Reply

const ROUTES: Record<string, { method: 'GET' | 'POST'; handler: Handler }> = {
  '/2/statuses/destroy.json': { handler: destroy, method: 'POST' },
  '/2/statuses/share.json': { handler: share, method: 'POST' },
  '/2/statuses/show.json': { handler: show, method: 'GET' },
  '/2/statuses/user_timeline.json': { handler: userTimeline, method: 'GET' },
}

export function weiboApi(req: ApiRequest, sandbox: Sandbox): Reply {
  const route = ROUTES[req.path]
  if (!route) return json({ error: 'Request api not found!', error_code: 10020, request: req.path }, 404)
  if (req.method !== route.method) return weiboError(10021, req.path)
  const parsed = params(req)
  const auth = authorize(req, sandbox, parsed.fields)
  if ('reply' in auth) return auth.reply
  return route.handler(req, sandbox, auth.account, parsed)
}
