/**
 * Checks that the links in an item open, with real HTTP requests. A link that certainly leads nowhere
 * (malformed, no such host, refused, 404/410) blocks the submission; one that could not be confirmed
 * (timeout, server error, bad certificate) is a warning for the reviewer. Never throws: a checker that
 * fails must not stop an editor from submitting.
 */
import axios, { type AxiosResponse } from 'axios'

import { fieldLabel, type Finding, type FindingSeverity } from './types'

/** `label` overrides the Chinese field name used in messages (default: from `FIELD_LABELS`). */
export type LinkToCheck = { url: string; field: string; label?: string }
export type CheckLinksOptions = { timeoutMs?: number; concurrency?: number }

type Verdict = { code: string; severity: FindingSeverity; reason: string } | undefined

// ASCII only: Node refuses a header with Chinese characters in it.
const USER_AGENT = 'Mozilla/5.0 (compatible; Yangguang-LinkCheck/1.0; government-affairs openness CMS)'
const ACCEPTED_SCHEMES = new Set(['mailto:', 'tel:'])
const CHECKED_SCHEMES = new Set(['http:', 'https:'])
// A `data:` link can be megabytes; messages quote the start.
const MAX_QUOTED_URL = 120

const quote = (url: string) => (url.length > MAX_QUOTED_URL ? `${url.slice(0, MAX_QUOTED_URL)}…` : url)

const broken = (reason: string): Verdict => ({ code: 'broken_link', severity: 'blocking', reason })
const unverified = (reason: string): Verdict => ({ code: 'link_unverified', severity: 'warning', reason })
const unsafe = (reason: string): Verdict => ({ code: 'unsafe_link', severity: 'blocking', reason })

function judgeStatus(status: number): Verdict {
  if (status === 404 || status === 410) return broken(`页面不存在，HTTP ${status}`)
  if (status >= 400) return unverified(`服务器返回 HTTP ${status}`)
  return undefined
}

/** Axios copies the system error's code (ENOTFOUND…) onto its own error; some keep it on `cause`. */
const errorCode = (error: unknown): string | undefined => {
  const { code, cause } = (error ?? {}) as { code?: unknown; cause?: { code?: unknown } }
  if (typeof code === 'string') return code
  return typeof cause?.code === 'string' ? cause.code : undefined
}

function judgeError(error: unknown, timeoutMs: number): Verdict {
  const code = errorCode(error)
  switch (code) {
    case 'ENOTFOUND':
      return broken('域名不存在，无法解析')
    case 'ECONNREFUSED':
      return broken('服务器拒绝连接')
    case 'ECONNABORTED':
    case 'ETIMEDOUT':
    case 'ERR_CANCELED':
      return unverified(`${timeoutMs / 1000} 秒内无响应`)
    case 'EAI_AGAIN':
      return unverified('域名暂时无法解析')
    case 'ERR_FR_TOO_MANY_REDIRECTS':
      return unverified('重定向次数过多')
    case 'ECONNRESET':
    case 'EPIPE':
      return unverified('连接被中断')
  }
  if (code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return unverified(`证书无效（${code}）`)
  return unverified(`无法访问${code ? `（${code}）` : ''}`)
}

async function request(method: 'HEAD' | 'GET', url: string, timeoutMs: number): Promise<number> {
  const response: AxiosResponse = await axios.request({
    adapter: 'http',
    url,
    method,
    headers: { 'User-Agent': USER_AGENT, Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    maxRedirects: 5,
    validateStatus: () => true,
    // The body is never read: take the stream and close it, so a large page is not downloaded.
    responseType: 'stream',
    decompress: false,
    timeout: timeoutMs,
    // `timeout` only limits an idle socket; this bounds the whole request, a slow trickle included.
    signal: AbortSignal.timeout(timeoutMs),
  })
  ;(response.data as { destroy?: () => void } | undefined)?.destroy?.()
  return response.status
}

async function probe(url: string, timeoutMs: number): Promise<Verdict> {
  try {
    const status = await request('HEAD', url, timeoutMs)
    if (status < 400) return undefined
    // Many servers and firewalls answer HEAD wrongly (405, 501, even 403 or 404): ask again as a browser.
    return judgeStatus(await request('GET', url, timeoutMs))
  } catch (error) {
    return judgeError(error, timeoutMs)
  }
}

/** What can be decided from the URL alone; an `address` must be requested to know more. */
function classify(rawUrl: string): { verdict: Verdict; address?: string } {
  const url = rawUrl.trim()
  if (!url) return { verdict: broken('链接地址为空') }
  if (url.startsWith('#')) return { verdict: undefined } // an anchor in the same page
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(url)
    return { verdict: broken(hasScheme ? '链接地址格式有误' : '不是完整网址，须以 http:// 或 https:// 开头') }
  }
  if (ACCEPTED_SCHEMES.has(parsed.protocol)) return { verdict: undefined }
  if (!CHECKED_SCHEMES.has(parsed.protocol)) {
    const scheme = parsed.protocol.slice(0, -1)
    return { verdict: unsafe(`${scheme} 链接可能执行脚本或无法打开，只允许 http、https、mailto、tel 链接`) }
  }
  return { verdict: undefined, address: parsed.href }
}

/** Runs `task` over `items` with at most `limit` at a time. */
async function inParallel<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await task(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

const positive = (value: number | undefined, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 1 ? value : fallback

function messageFor(label: string, url: string, { code, reason }: NonNullable<Verdict>): string {
  if (code === 'unsafe_link') return `${label}含不允许的链接：${quote(url)}（${reason}）`
  if (code === 'broken_link') return `${label}链接无法打开：${quote(url)}（${reason}）`
  return `${label}链接暂无法确认能否打开：${quote(url)}（${reason}），请审核人核实`
}

/**
 * One finding per field and link that is broken, unsafe or could not be confirmed. Each distinct
 * address is requested once, however many times and fields it appears in.
 */
export async function checkLinks(links: LinkToCheck[], options: CheckLinksOptions = {}): Promise<Finding[]> {
  const timeoutMs = positive(options.timeoutMs, 5000)
  const concurrency = Math.floor(positive(options.concurrency, 4))
  try {
    const seen = new Set<string>()
    const toReport: { field: string; label: string; url: string; verdict: Verdict; address?: string }[] = []
    for (const { url, field, label } of Array.isArray(links) ? links : []) {
      if (typeof url !== 'string') continue
      const { verdict, address } = classify(url)
      const key = `${field}\n${address ?? url.trim()}`
      if ((!verdict && !address) || seen.has(key)) continue
      seen.add(key)
      toReport.push({ field, label: label ?? fieldLabel(field), url: url.trim(), verdict, address })
    }
    const probed = new Map<string, Verdict>()
    const addresses = [...new Set(toReport.flatMap((link) => (link.address ? [link.address] : [])))]
    await inParallel(addresses, concurrency, async (href) => {
      probed.set(href, await probe(href, timeoutMs))
    })
    return toReport.flatMap(({ field, label, url, verdict, address }) => {
      const outcome = address ? probed.get(address) : verdict
      if (!outcome) return []
      const { code, severity } = outcome
      return [{ code, severity, field, message: messageFor(label, url, outcome) }]
    })
  } catch {
    // Only a bug could land here; say so rather than pretend the links were fine.
    return [
      { code: 'link_unverified', severity: 'warning', message: '链接检查未能完成，请审核人核实正文链接' },
    ]
  }
}
