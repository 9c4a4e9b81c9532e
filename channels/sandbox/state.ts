/**
 * Everything the sandbox remembers, as one JSON-serialisable object: what each platform holds, the
 * quota counters and the call log. With a state file it survives restarts of `npm run dev`.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'

export type WechatAccount = {
  appid: string
  secret: string
  name: string
  /** The gh_… id WeChat puts in ToUserName of server messages. */
  originalId: string
  callbackUrl?: string
  callbackToken?: string
  /** Daily call limits by API path; paths not listed are unlimited. */
  quotas: Record<string, number>
  /** When set, calls from other IPs get 40164. */
  ipWhitelist?: string[]
  /** API paths this account may not call (48001), like an unverified account's publishing APIs. */
  unauthorizedApis: string[]
}

export type WechatToken = { appid: string; expiresAt: number; revoked: boolean }

export type ImageKind = 'bmp' | 'gif' | 'jpg' | 'png'
export type StoredImage = { id: string; kind: ImageKind; size: number; base64: string; createdAt: number }

export type WechatMaterial = {
  mediaId: string
  appid: string
  type: 'image' | 'thumb'
  url: string
  createdAt: number
}

/** What WeChat removed from the submitted HTML, kept so tests and people can see it. */
export type Stripped = { scripts: number; eventHandlers: number; externalImages: string[] }

export type DraftArticle = {
  title: string
  author: string
  digest: string
  content: string
  contentSourceUrl: string
  thumbMediaId: string
  needOpenComment: number
  onlyFansCanComment: number
  stripped: Stripped
}

export type WechatDraft = {
  mediaId: string
  appid: string
  articles: DraftArticle[]
  createdAt: number
  /** Set once submitted: a draft is taken out of the draft box when it is published. */
  publishId?: string
}

/** 0 success, 1 publishing, 2 originality check failed, 3 failed, 4 rejected by review, 5 deleted, 6 banned. */
export type PublishStatus = 0 | 1 | 2 | 3 | 4 | 5 | 6

export type WechatPublish = {
  publishId: string
  msgDataId: number
  appid: string
  mediaId: string
  status: PublishStatus
  /** How the job ends when it finishes: 0 unless a fault planned a failure. */
  outcome: 0 | 2 | 3 | 4
  submittedAt: number
  readyAt: number
  finishedAt?: number
  articleId?: string
  /** The idx of each article that failed (all of them when the job failed). */
  failIdx: number[]
}

export type PublishedItem = DraftArticle & { idx: number; url: string; coverUrl?: string; deleted: boolean }

export type WechatArticle = {
  articleId: string
  appid: string
  publishId: string
  status: 0 | 5 | 6
  items: PublishedItem[]
  publishedAt: number
  deletedAt?: number
}

export type WeiboAccount = {
  uid: number
  screenName: string
  /** Hosts a posted link may point to, besides localhost and 127.0.0.1 (subdomains included). */
  safeDomains: string[]
  postsPerHour: number
  requestsPerHour: number
}

export type WeiboToken = { uid: number; expired: boolean }

export type WeiboPost = {
  id: number
  idstr: string
  uid: number
  text: string
  createdAt: number
  picId?: string
  rip?: string
  deleted: boolean
  deletedAt?: number
}

export type CallLogEntry = { at: number; method: string; path: string; outcome: string }

export type CallbackAttempt = { at: number; status?: number; error?: string }
export type CallbackDelivery = {
  appid: string
  publishId: string
  url: string
  delivered: boolean
  attempts: CallbackAttempt[]
}

export type SandboxState = {
  version: 1
  seq: number
  wechat: {
    accounts: Record<string, WechatAccount>
    tokens: Record<string, WechatToken>
    materials: Record<string, WechatMaterial>
    drafts: Record<string, WechatDraft>
    publishes: Record<string, WechatPublish>
    articles: Record<string, WechatArticle>
  }
  weibo: {
    /** By uid. */
    accounts: Record<string, WeiboAccount>
    tokens: Record<string, WeiboToken>
    /** By idstr. */
    posts: Record<string, WeiboPost>
  }
  images: Record<string, StoredImage>
  /** WeChat daily counters by appid, for the Asia/Shanghai day named in `day`. */
  quotas: Record<string, { day: string; counts: Record<string, number> }>
  /** Weibo hourly windows: call times by `${uid}:requests` and `${uid}:posts`. */
  windows: Record<string, number[]>
  calls: { byPath: Record<string, number>; log: CallLogEntry[] }
  callbacks: CallbackDelivery[]
}

export const emptyState = (): SandboxState => ({
  callbacks: [],
  calls: { byPath: {}, log: [] },
  images: {},
  quotas: {},
  seq: 0,
  version: 1,
  wechat: { accounts: {}, articles: {}, drafts: {}, materials: {}, publishes: {}, tokens: {} },
  weibo: { accounts: {}, posts: {}, tokens: {} },
  windows: {},
})

/** Empties the state in place, so references held by tests and handlers stay valid. */
export function resetState(state: SandboxState, keepAccounts = false): void {
  const fresh = emptyState()
  if (keepAccounts) {
    fresh.wechat.accounts = state.wechat.accounts
    fresh.weibo.accounts = state.weibo.accounts
    fresh.weibo.tokens = Object.fromEntries(
      Object.entries(state.weibo.tokens).map(([token, t]) => [token, { ...t, expired: false }]),
    )
  }
  Object.assign(state, fresh)
}

export function loadState(file: string | undefined): SandboxState {
  const state = emptyState()
  if (!file || !existsSync(file)) return state
  const saved = JSON.parse(readFileSync(file, 'utf8')) as Partial<SandboxState>
  return { ...state, ...saved, version: 1 }
}

/** Written to a temporary file first, so a crash mid-write never leaves half a state file. */
export function saveState(file: string, state: SandboxState): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(state))
  renameSync(`${file}.tmp`, file)
}

export const CALL_LOG_LIMIT = 1000

export function logCall(state: SandboxState, entry: CallLogEntry): void {
  state.calls.byPath[entry.path] = (state.calls.byPath[entry.path] ?? 0) + 1
  state.calls.log.push(entry)
  if (state.calls.log.length > CALL_LOG_LIMIT)
    state.calls.log.splice(0, state.calls.log.length - CALL_LOG_LIMIT)
}
