/**
 * Writes one audit row inside the caller's transaction: if the change it describes is rolled back,
 * so is its record, and no change commits without one.
 */
import type { PayloadRequest } from 'payload'

import { clientIp } from './rateLimit'
import { idOf } from './roles'

export const AUDIT_ACTION_VALUES = [
  'content_published',
  'content_unpublished',
  'content_deleted',
  'content_retracted',
  'review_submitted',
  'review_stage_signed',
  'review_approved',
  'review_rejected',
  'review_superseded',
  'delivery_queued',
  'delivery_state_changed',
  'refused',
  'channel_account_created',
  'channel_account_changed',
  'lexicon_changed',
  'user_created',
  'user_access_changed',
  'user_deleted',
  'request_received',
  'request_extended',
  'request_replied',
  'annual_report_drafted',
  'self_check_run',
  'downstream_site_changed',
  'downstream_key_issued',
] as const
export type AuditAction = (typeof AUDIT_ACTION_VALUES)[number]

export type AuditEntry = {
  action: AuditAction
  /** Set when the request is not `req` itself (a refusal recorded after its transaction was rolled back). */
  clientAddress?: string
  details?: Record<string, unknown>
  summary: string
  targetCollection: string
  targetId: number | string
  targetVersion?: string
}

/** Who acted, in words that outlive the account: `王晓明 <editor.xck@…>` and `宣传科（XCK）`. */
async function describeActor(req: PayloadRequest) {
  const user = req.user
  if (!user) return { actorLabel: '系统 (system)', actorUnitLabel: null }
  const unitId = idOf(user.unit)
  const unit =
    typeof user.unit === 'object' && user.unit
      ? user.unit
      : unitId !== undefined
        ? await req.payload.findByID({ collection: 'units', depth: 0, disableErrors: true, id: unitId, req })
        : null
  return {
    actorLabel: `${user.name} <${user.email}>`,
    actorUnitLabel: unit ? `${unit.name}（${unit.code}）` : null,
  }
}

export async function recordAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  await req.payload.create({
    collection: 'audit-events',
    data: {
      ...entry,
      ...(await describeActor(req)),
      actor: req.user?.id ?? null,
      actorUnit: (idOf(req.user?.unit) as number | undefined) ?? null,
      clientAddress: entry.clientAddress ?? (req.headers ? clientIp(req.headers) : 'local'),
      occurredAt: new Date().toISOString(),
      targetId: String(entry.targetId),
    },
    overrideAccess: true,
    req,
  })
}
