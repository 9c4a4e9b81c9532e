/**
 * Next.js route wrappers: the public front door (src/public/publicReads.ts) around Payload's handlers.
 */
import { getPayload, type SanitizedConfig } from 'payload'

import { publicReadsOf, type Reply } from './publicReads'

type Handler<C> = (request: Request, context: C) => Promise<Response>

export const toResponse = (reply: Reply | Response): Response =>
  reply instanceof Response
    ? reply
    : new Response(
        reply.status === 304
          ? null
          : typeof reply.body === 'string'
            ? reply.body
            : new Uint8Array(reply.body),
        {
          headers: reply.headers,
          status: reply.status,
        },
      )

export function withPublicReads<C>(config: Promise<SanitizedConfig> | SanitizedConfig, handler: Handler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    const payload = await getPayload({ config })
    const body = request.method === 'POST' ? await request.text() : undefined
    const run = () =>
      handler(
        body === undefined
          ? request
          : new Request(request.url, { body, headers: request.headers, method: request.method }),
        context,
      )
    const reply = await publicReadsOf(payload).handle(
      {
        body,
        header: (name) => request.headers.get(name),
        method: request.method,
        url: new URL(request.url),
      },
      run,
    )
    return toResponse(reply)
  }
}

/**
 * GraphQL over GET (`/api/graphql?query=…&variables=…`), so HTTP caches and CDNs can keep public queries:
 * handed to Payload's POST handler as the equivalent POST.
 */
export function graphqlOverGet(post: (request: Request) => Promise<Response>) {
  return (request: Request): Promise<Response> => {
    const params = new URL(request.url).searchParams
    let variables: unknown
    try {
      variables = params.has('variables') ? JSON.parse(params.get('variables') as string) : undefined
    } catch {
      variables = undefined
    }
    const headers = new Headers(request.headers)
    headers.set('content-type', 'application/json')
    const body = JSON.stringify({
      operationName: params.get('operationName') ?? undefined,
      query: params.get('query'),
      variables,
    })
    return post(new Request(request.url, { body, headers, method: 'POST' }))
  }
}
