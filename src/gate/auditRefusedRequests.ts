import type { AfterErrorHook } from 'payload'

import { recordRefusal, type RefusalTarget } from './refusal'

type Refused = Error & { audited?: boolean; gateRefusal?: boolean; status?: number; target?: RefusalTarget }

/**
 * Every refused authorization through REST or GraphQL — a forbidden read, an editor's update of
 * another unit's item, a publish outside the gate, a failed login — leaves an audit row with who
 * tried, from where and what. The gate's own refusals are recorded where they happen.
 */
export const auditRefusedRequests: AfterErrorHook = async ({ error, req }) => {
  const refused = ((error as { originalError?: unknown }).originalError ?? error) as Refused
  if (refused.audited) return
  if (!refused.gateRefusal && refused.status !== 401 && refused.status !== 403) return
  const path = req.url ? new URL(req.url, 'http://local').pathname : ''
  await recordRefusal(req, `${req.method ?? ''} ${path}`.trim(), refused, {
    targetCollection: '',
    targetId: path,
  })
}
