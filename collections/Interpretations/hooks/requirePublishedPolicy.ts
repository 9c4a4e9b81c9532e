import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { isPublishing } from '@/hooks/isPublishing'
import { refuseField } from '@/lib/errors'
import { idOf } from '@/lib/roles'

/**
 * An interpretation explains a published policy: it may be drafted any time, but it goes public only
 * after the policy has (the same day is fine: 同步发布 means policy first, interpretation right after).
 */
/** Whether the linked policy is live; the pre-flight asks the same question at submission. */
export async function isPolicyPublished(req: PayloadRequest, policy: unknown): Promise<boolean> {
  const policyId = idOf(policy)
  if (!policyId) return false
  const found = await req.payload.findByID({
    collection: 'disclosures',
    depth: 0,
    disableErrors: true,
    id: policyId,
    req,
  })
  return found?._status === 'published'
}

export const requirePublishedPolicy: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!isPublishing(data, originalDoc)) return data
  if (!(await isPolicyPublished(req, data.policy))) {
    refuseField(
      'policy',
      '所解读的政策尚未发布，须先发布政策再发布解读 (policy must be published before its interpretation)',
    )
  }
  return data
}
