/**
 * Drives Payload's REST and GraphQL route handlers — the very functions Next.js serves under /api —
 * with real Request objects, so access rules are tested through the doors a browser or script uses.
 * Built after startPayload(), because the config reads DATABASE_URL when it is first imported.
 */
import { serverURL } from '@/lib/env'

// Response bodies are whatever the API sent; tests assert on their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Reply = { body: any; status: number }
type Method = 'DELETE' | 'GET' | 'PATCH' | 'POST'

const headersFor = (token?: string, json = true): Record<string, string> => ({
  ...(json ? { 'Content-Type': 'application/json' } : {}),
  ...(token ? { Authorization: `JWT ${token}` } : {}),
  Origin: serverURL(),
})

export async function httpDoors() {
  const { default: config } = await import('@payload-config')
  const routes = await import('@payloadcms/next/routes')
  const handlers = {
    DELETE: routes.REST_DELETE(config),
    GET: routes.REST_GET(config),
    PATCH: routes.REST_PATCH(config),
    POST: routes.REST_POST(config),
  }
  const graphqlHandler = routes.GRAPHQL_POST(config)

  async function rest(
    method: Method,
    pathAndQuery: string,
    options: { body?: unknown; form?: FormData; token?: string } = {},
  ): Promise<Reply> {
    const url = new URL(`/api/${pathAndQuery.replace(/^\//, '')}`, serverURL())
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const request = new Request(url, {
      body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      headers: headersFor(options.token, !options.form),
      method,
    })
    const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    return { body: text ? JSON.parse(text) : null, status: response.status }
  }

  async function graphql(query: string, token?: string, variables?: object): Promise<Reply> {
    const request = new Request(new URL('/api/graphql', serverURL()), {
      body: JSON.stringify({ query, variables }),
      headers: headersFor(token),
      method: 'POST',
    })
    const response = await graphqlHandler(request)
    return { body: await response.json(), status: response.status }
  }

  async function login(email: string, password: string): Promise<string> {
    const reply = await rest('POST', 'users/login', { body: { email, password } })
    if (reply.status !== 200) throw new Error(`login of ${email} failed: ${JSON.stringify(reply.body)}`)
    return reply.body.token as string
  }

  return { graphql, login, rest }
}
