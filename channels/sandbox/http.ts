/** The few HTTP shapes every sandbox module shares: an incoming API call and the reply to write. */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'

export type ApiRequest = {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: Buffer
  remoteIp: string
  /** Set by a queued `publish_status` fault: how the publish job submitted by this call will end. */
  publishOutcome?: 2 | 3 | 4
}

/** Handlers return replies instead of writing them, so a fault can drop a reply after the work is done. */
export type Reply = {
  status: number
  headers?: Record<string, string>
  body: string | Buffer
  /** What the call log records: 'ok', 'errcode:40001', 'error_code:20019'… */
  outcome?: string
}

export const json = (data: unknown, status = 200, outcome = 'ok'): Reply => ({
  body: JSON.stringify(data),
  headers: { 'content-type': 'application/json; charset=utf-8' },
  outcome,
  status,
})

export const html = (body: string, status = 200): Reply => ({
  body,
  // Published content is shown as the platform would, but never runs script in the viewer's browser.
  headers: { 'content-security-policy': "script-src 'none'", 'content-type': 'text/html; charset=utf-8' },
  status,
})

export class BodyTooLarge extends Error {}

export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.removeAllListeners('data')
        req.resume()
        reject(new BodyTooLarge(`request body over ${limit} bytes`))
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

export function send(res: ServerResponse, reply: Reply): void {
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body) : reply.body
  res.writeHead(reply.status, { ...reply.headers, 'content-length': String(body.length) })
  res.end(body)
}

/** `::ffff:127.0.0.1` and `127.0.0.1` are the same caller. */
export const plainIp = (address: string | undefined): string => (address ?? '').replace(/^::ffff:/, '')

export function parseJson(body: Buffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'))
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}
