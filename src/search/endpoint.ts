import type { Endpoint } from 'payload'

import { FACETS, searchPublished, type SearchFilters } from './query'

/**
 * GET /api/search?q=诈骗&collection=disclosures&openness=result&topic=…&keyArea=…&unitId=…&year=2026&page=1&limit=10
 * Public: it only ever returns live items, with <mark> highlights in `titleHighlight` and `snippet`.
 */
export const searchEndpoint: Endpoint = {
  method: 'get',
  path: '/search',
  handler: async (req) => {
    const params = new URL(req.url ?? '', 'http://localhost').searchParams
    const filters: SearchFilters = {}
    for (const facet of FACETS) {
      const value = params.get(facet)
      if (value) filters[facet] = value
    }
    const result = await searchPublished(req.payload, {
      filters,
      limit: Number(params.get('limit') ?? 10),
      page: Number(params.get('page') ?? 1),
      q: params.get('q') ?? '',
    })
    return Response.json(result)
  },
}
