import type { CollectionBeforeChangeHook } from 'payload'

import { isPublishing } from '@/hooks/isPublishing'
import { refuseField } from '@/lib/errors'
import { idOf } from '@/lib/roles'

/**
 * An interpretation explains a published policy: it may be drafted any time, but it goes public only
 * after the policy has (the same day is fine: 同步发布 means policy first, interpretation right after).
 */
export const requirePublishedPolicy: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!isPublishing(data, originalDoc)) return data
  const policyId = idOf(data.policy)
  const policy = policyId
    ? await req.payload.findByID({
        collection: 'disclosures',
        depth: 0,
        disableErrors: true,
        id: policyId,
        req,
      })
    : null
  if (!policy || policy._status !== 'published') {
    refuseField(
      'policy',
      '所解读的政策尚未发布，须先发布政策再发布解读 (policy must be published before its interpretation)',
    )
  }
  return data
}
