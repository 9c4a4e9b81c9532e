/**
 * A Weibo open API client for the few calls we make: form-encoded (or, with a picture, multipart) POSTs
 * and GETs under /2/, authorised with the account's OAuth2 token in the header so it never appears in a
 * URL or a log. Weibo's { error, error_code } answers are thrown as ChannelError.
 */
import { networkInterfaces } from 'node:os'

import { httpStatusError, toChannelError, weiboError } from '../errors'
import { platformHttp } from '../platformHttp'

export type WeiboClientOptions = {
  /** https://api.weibo.com, or the sandbox's url. */
  apiBase: string
  accessToken: string
  /** How long a call may wait for an answer; longer is "outcome unknown". Default 15 s. */
  timeoutMs?: number
  /** statuses/share's `rip`: the IP of the machine posting. Default: this server's first public IPv4. */
  rip?: string
}

export type WeiboPicture = { bytes: Buffer; filename: string; mimeType: string }
export type WeiboReply = Record<string, unknown>

export type WeiboClient = {
  readonly apiBase: string
  readonly rip: string
  get(path: string, query?: Record<string, string | number>): Promise<WeiboReply>
  post(path: string, fields: Record<string, string>, pic?: WeiboPicture): Promise<WeiboReply>
}

const DEFAULT_TIMEOUT_MS = 15_000

/** The address statuses/share asks for; a server without an external interface reports loopback. */
export function serverAddress(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    const external = addresses?.find((a) => a.family === 'IPv4' && !a.internal)
    if (external) return external.address
  }
  return '127.0.0.1'
}

function parseReply(status: number, text: string): WeiboReply {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw httpStatusError(status, 'weibo', text)
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw httpStatusError(status, 'weibo', text)
  const reply = data as WeiboReply
  if (reply.error_code !== undefined) throw weiboError(Number(reply.error_code), String(reply.error ?? ''))
  if (status < 200 || status >= 300) throw httpStatusError(status, 'weibo', text)
  return reply
}

export function createWeiboClient(options: WeiboClientOptions): WeiboClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const api = platformHttp(options.apiBase, timeoutMs)
  const headers = { Authorization: `OAuth2 ${options.accessToken}` }
  const rip = options.rip ?? serverAddress()

  async function send(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
    query?: Record<string, string | number>,
  ) {
    try {
      const response = await api.request<string>({
        data: body,
        headers:
          body instanceof FormData
            ? headers
            : { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
        method,
        params: query,
        signal: AbortSignal.timeout(timeoutMs * 3),
        url: path,
      })
      return parseReply(response.status, String(response.data ?? ''))
    } catch (error) {
      throw toChannelError(error, 'weibo')
    }
  }

  return {
    apiBase: options.apiBase,
    get: (path, query) => send('GET', path, undefined, query),
    post(path, fields, pic) {
      if (!pic) return send('POST', path, new URLSearchParams(fields).toString())
      const form = new FormData()
      for (const [name, value] of Object.entries(fields)) form.append(name, value)
      form.append('pic', new Blob([new Uint8Array(pic.bytes)], { type: pic.mimeType }), pic.filename)
      return send('POST', path, form)
    },
    rip,
  }
}
