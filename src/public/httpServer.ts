/**
 * Serves Payload's own REST and GraphQL handlers, behind the public front door, on a plain node:http
 * server: what the benchmark measures and what the multi-instance tests run twice on one database.
 * (`next start` serves the same handlers through src/app/(payload)/api.)
 */
import http from 'node:http'

import { REST_DELETE, REST_GET, REST_PATCH, REST_POST, GRAPHQL_POST } from '@payloadcms/next/routes'
import { getPayload, type SanitizedConfig } from 'payload'

import { publicReadsOf, type Reply } from './publicReads'
import { graphqlOverGet } from './routes'

type Options = { config: Promise<SanitizedConfig> | SanitizedConfig; frontDoor?: boolean; port: number }

async function readBody(request: http.IncomingMessage): Promise<Buffer | undefined> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

async function write(response: http.ServerResponse, reply: Reply | Response) {
  if (reply instanceof Response) {
    const body = Buffer.from(await reply.arrayBuffer())
    response.writeHead(reply.status, Object.fromEntries(reply.headers))
    response.end(body)
    return
  }
  const body = reply.status === 304 ? '' : reply.body
  // One write with a length, not a chunked stream: no second packet for the client to wait for.
  response.writeHead(reply.status, { ...reply.headers, 'Content-Length': String(Buffer.byteLength(body)) })
  response.end(body)
}

/** With `frontDoor: false` Payload's handlers are served bare (the stock-Payload side of the benchmark). */
export async function startPayloadServer({ config, frontDoor = true, port }: Options): Promise<http.Server> {
  const payload = await getPayload({ config })
  const graphqlPost = GRAPHQL_POST(config)
  const rest = {
    DELETE: REST_DELETE(config),
    GET: REST_GET(config),
    PATCH: REST_PATCH(config),
    POST: REST_POST(config),
  }
  const front = publicReadsOf(payload)
  const server = http.createServer(async (incoming, outgoing) => {
    try {
      const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? 'localhost'}`)
      const method = incoming.method ?? 'GET'
      const raw = await readBody(incoming)
      const run = (): Promise<Response> => {
        const headers = new Headers()
        for (const [name, value] of Object.entries(incoming.headers)) {
          if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
        }
        const request = new Request(url, { body: raw ? new Uint8Array(raw) : undefined, headers, method })
        if (url.pathname === '/api/graphql') {
          return method === 'GET' ? graphqlOverGet(graphqlPost)(request) : graphqlPost(request)
        }
        const slug = url.pathname
          .replace(/^\/api\/?/, '')
          .split('/')
          .filter(Boolean)
        const handler = rest[method as keyof typeof rest]
        if (!handler) return Promise.resolve(new Response(null, { status: 405 }))
        return handler(request, { params: Promise.resolve({ slug }) })
      }
      if (!frontDoor || !url.pathname.startsWith('/api/')) return await write(outgoing, await run())
      const isRead = method === 'GET' || url.pathname === '/api/graphql'
      if (!isRead) return await write(outgoing, await run())
      const header = (name: string) => {
        const value = incoming.headers[name]
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
      }
      const reply = await front.handle(
        { body: raw?.toString('utf8'), header, ip: incoming.socket.remoteAddress, method, url },
        run,
      )
      await write(outgoing, reply)
    } catch (error) {
      outgoing.writeHead(500, { 'Content-Type': 'application/json' })
      outgoing.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }))
    }
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return server
}
