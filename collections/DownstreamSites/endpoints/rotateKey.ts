import { APIError, type Endpoint } from 'payload'

import { isAdminUser } from '@/lib/roles'
import { inTransaction } from '@/lib/transaction'
import { newApiKey } from '@/public/apiKeys'

/**
 * POST /api/downstream-sites/:id/rotate-key — a new key for a site (the old one stops working at once on
 * this instance, within seconds on others); the reply is the only place the new key ever appears.
 */
export const rotateKey: Endpoint = {
  method: 'post',
  path: '/:id/rotate-key',
  handler: async (req) => {
    if (!isAdminUser(req.user)) {
      throw new APIError('只有管理员可以签发密钥 (only admins issue keys)', 403, undefined, true)
    }
    const id = req.routeParams?.id as string
    const { hash, key, prefix } = newApiKey()
    const site = await inTransaction(req, () =>
      req.payload.update({
        collection: 'downstream-sites',
        data: { keyHash: hash, keyPrefix: prefix },
        depth: 0,
        id,
        overrideAccess: true,
        req,
      }),
    )
    return Response.json({ apiKey: key, id: site.id, keyPrefix: prefix, name: site.name })
  },
}
