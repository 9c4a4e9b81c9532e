import type { Endpoint } from 'payload'

import { loadCatalogue } from './load'

/** GET /api/catalogue — the 主动公开基本目录 tree with counts of live items. Public. */
export const catalogueEndpoint: Endpoint = {
  method: 'get',
  path: '/catalogue',
  handler: async (req) => Response.json(await loadCatalogue(req.payload)),
}
