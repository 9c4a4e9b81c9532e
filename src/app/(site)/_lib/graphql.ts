/**
 * The public site reads Yangguang the way a downstream site does: over HTTP from the public GraphQL
 * API, never through the Local API. Nothing is cached here (`no-store`), so a retracted item is gone
 * from the next page view; caching belongs to the API (src/public), which drops it on retraction.
 * SITE_API_KEY, when set, is sent as a downstream site's key (X-API-Key): every page view of every
 * visitor reaches the API from this one server, so the site needs a site's rate limit, not a visitor's.
 */
import { serverURL } from '@/lib/env'

export class GraphQLRequestError extends Error {}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const key = process.env.SITE_API_KEY?.trim()
  const response = await fetch(`${serverURL()}/api/graphql`, {
    body: JSON.stringify({ query, variables }),
    cache: 'no-store',
    headers: {
      'Content-Type': 'application/json',
      ...(key ? { 'X-API-Key': key } : {}),
    },
    method: 'POST',
  })
  const json = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] }
  if (!json.data) {
    throw new GraphQLRequestError(json.errors?.[0]?.message ?? `GraphQL ${response.status}`)
  }
  return json.data
}
