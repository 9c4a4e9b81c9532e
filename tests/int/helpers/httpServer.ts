/**
 * Serves Payload's own REST route handlers on a real port, for tests in which another program (the
 * platform sandbox pushing a WeChat event) must reach Yangguang over HTTP.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export async function serveRestOverHttp(): Promise<{ url: string; close: () => Promise<void> }> {
  const { default: config } = await import('@payload-config')
  const routes = await import('@payloadcms/next/routes')
  const handlers: Record<string, ReturnType<typeof routes.REST_GET>> = {
    GET: routes.REST_GET(config),
    POST: routes.REST_POST(config),
  }
  const server = http.createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = []
    for await (const chunk of incoming) chunks.push(chunk as Buffer)
    const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host}`)
    const handler = handlers[incoming.method ?? 'GET']
    if (!handler || !url.pathname.startsWith('/api/')) {
      outgoing.writeHead(404).end()
      return
    }
    const request = new Request(url, {
      body: chunks.length ? new Uint8Array(Buffer.concat(chunks)) : undefined,
      headers: incoming.headers as Record<string, string>,
      method: incoming.method,
    })
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const response = await handler(request, { params: Promise.resolve({ slug }) })
    outgoing.writeHead(response.status, Object.fromEntries(response.headers))
    outgoing.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    close: () => new Promise((resolve) => server.close(() => resolve())),
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
  }
}
