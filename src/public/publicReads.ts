/**
 * The front door of public reads, in front of Payload's own REST and GraphQL handlers: it identifies the
 * client (a downstream site's key, else its address), applies its rate limit, and serves public GETs and
 * GraphQL queries from the generation-checked cache with ETag and Cache-Control. Staff requests (a valid
 * session or JWT) pass straight through, uncached and unlimited.
 */
import { Kind, parse } from 'graphql'
import type { Payload } from 'payload'

import { clientIp, takeAll } from '@/lib/rateLimit'

import { API_KEY_HEADER, keyDirectory, type SiteKey } from './apiKeys'
import { coalescedReader, readPublicGeneration } from './generation'
import { ResponseCache, type CachedReply } from './responseCache'
import { tokenBucketLimiter } from './tokenBucket'

/** The REST paths (first segment after /api) whose GETs are public reads. */
const PUBLIC_REST = new Set([
  'catalogue',
  'consultations',
  'disclosures',
  'interpretations',
  'responses',
  'search',
  'units',
])

export const CACHE_CONTROL = 'public, max-age=0, must-revalidate'

export type PublicRequest = {
  body?: string
  header: (name: string) => null | string
  ip?: string
  method: string
  url: URL
}

export type Reply = { body: Buffer | string; headers: Record<string, string>; status: number }

export function anonymousPerMinute(): number {
  const value = Number(process.env.PUBLIC_RATE_LIMIT_PER_MINUTE)
  return Number.isFinite(value) && value > 0 ? value : 300
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply => ({
  body: JSON.stringify(body),
  headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  status,
})

const refusal = (status: number, message: string, headers: Record<string, string> = {}) =>
  json(status, { errors: [{ message }] }, headers)

const parsedReads = new Map<string, boolean>()

/** Only reads are cached: a GraphQL document with any mutation or subscription is passed through. */
export function isGraphQLRead(query: unknown): boolean {
  if (typeof query !== 'string' || query.length > 20_000) return false
  const known = parsedReads.get(query)
  if (known !== undefined) return known
  let read: boolean
  try {
    read = parse(query).definitions.every(
      (definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === 'query',
    )
  } catch {
    read = false
  }
  // Downstream sites send the same few documents over and over: parse each once.
  if (parsedReads.size >= 5_000) parsedReads.clear()
  parsedReads.set(query, read)
  return read
}

function cacheKeyOf(request: PublicRequest): string | null {
  const { pathname } = request.url
  if (pathname === '/api/graphql') {
    if (request.method === 'GET') {
      return isGraphQLRead(request.url.searchParams.get('query')) ? `G ${request.url.search}` : null
    }
    if (request.method !== 'POST' || !request.body) return null
    try {
      return isGraphQLRead(JSON.parse(request.body).query) ? `P ${request.body}` : null
    } catch {
      return null
    }
  }
  if (request.method !== 'GET') return null
  const segment = pathname.split('/')[2]
  return PUBLIC_REST.has(segment) ? `R ${pathname}${request.url.search}` : null
}

const BEARER_KEY = /^Bearer\s+(yg_\S+)$/i

/** `X-API-Key: yg_…`, or `Authorization: Bearer yg_…` for clients that can only set Authorization. */
const apiKeyOf = (request: PublicRequest): null | string =>
  request.header(API_KEY_HEADER) ?? BEARER_KEY.exec(request.header('authorization') ?? '')?.[1] ?? null

/** A session cookie or a staff token (JWT, Payload API key): anything but a downstream key. */
function carriesCredentials(request: PublicRequest, cookiePrefix: string): boolean {
  const authorization = request.header('authorization')
  if (authorization && !BEARER_KEY.test(authorization)) return true
  return (request.header('cookie') ?? '').includes(`${cookiePrefix}-token=`)
}

export class PublicReads {
  readonly cache = new ResponseCache()
  private readonly generation: () => Promise<number>
  private readonly sites: (key: string) => Promise<SiteKey | null>
  private readonly siteLimits = new Map<string, number>()
  private readonly limiter = tokenBucketLimiter({
    perMinute: (key) => this.siteLimits.get(key) ?? anonymousPerMinute(),
  })

  constructor(private readonly payload: Payload) {
    this.generation = coalescedReader(() => readPublicGeneration(payload))
    this.sites = keyDirectory(payload)
  }

  /** `run` calls Payload's handler with the original request; it is called at most once. */
  async handle(request: PublicRequest, run: () => Promise<Response>): Promise<Reply | Response> {
    const key = apiKeyOf(request)
    if (carriesCredentials(request, this.payload.config.cookiePrefix)) {
      const { user } = await this.payload.auth({ headers: headersOf(request) })
      if (user?.roles?.length) return privately(await run())
    }
    const address = request.ip && request.ip !== 'unknown' ? request.ip : clientIp(headersOf(request))
    let client = `ip:${address}`
    const site = key ? await this.sites(key) : null
    if (site) {
      client = `site:${site.id}`
      this.siteLimits.set(client, site.perMinute)
    }
    // A wrong key counts against the address, so guessing keys is as limited as reading anonymously.
    const verdict = takeAll([[this.limiter, client]])
    if (!verdict.allowed) {
      const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000))
      return refusal(
        429,
        `请求过于频繁，请 ${seconds} 秒后再试 (too many requests: retry after ${seconds} s)`,
        { 'Retry-After': String(seconds) },
      )
    }
    if (key && !site) return refusal(401, 'API 密钥无效或已吊销 (invalid or revoked API key)')
    const limitHeaders = { 'X-RateLimit-Remaining': String(verdict.remaining) }

    const cacheKey = cacheKeyOf(request)
    if (!cacheKey) {
      if (request.url.pathname === '/api/graphql' && request.method === 'GET') {
        return refusal(405, 'GET 只能用于查询，变更请用 POST (GET is for queries only)', limitHeaders)
      }
      return run()
    }
    const generation = await this.generation()
    const reply = await this.cache.get(cacheKey, generation, async () => {
      const response = await run()
      return {
        body: Buffer.from(await response.arrayBuffer()),
        contentType: response.headers.get('content-type') ?? 'application/json',
        status: response.status,
      }
    })
    if (!reply) return run()
    return fromCache(reply, request.header('if-none-match'), limitHeaders)
  }
}

function fromCache(reply: CachedReply, ifNoneMatch: null | string, extra: Record<string, string>): Reply {
  const headers: Record<string, string> = {
    ...extra,
    'Cache-Control': reply.status === 200 ? CACHE_CONTROL : 'no-store',
    'Content-Type': reply.contentType,
    ETag: reply.etag,
    Vary: 'Authorization, Cookie',
  }
  const matches = ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === reply.etag)
  if (reply.status === 200 && matches) return { body: '', headers, status: 304 }
  return { body: reply.body, headers, status: reply.status }
}

/** Responses to staff must never be kept by a shared cache. */
function privately(response: Response): Response {
  if (!response.headers.has('cache-control')) response.headers.set('Cache-Control', 'private, no-store')
  return response
}

function headersOf(request: PublicRequest): Headers {
  const headers = new Headers()
  for (const name of ['authorization', 'cookie', 'x-forwarded-for', 'x-real-ip']) {
    const value = request.header(name)
    if (value) headers.set(name, value)
  }
  return headers
}

const instances = new WeakMap<Payload, PublicReads>()

/** One front door per Payload instance (its cache belongs to that instance's database connection). */
export function publicReadsOf(payload: Payload): PublicReads {
  let reads = instances.get(payload)
  if (!reads) {
    reads = new PublicReads(payload)
    instances.set(payload, reads)
  }
  return reads
}
