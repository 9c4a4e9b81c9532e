/**
 * Writes one audit row inside the caller's transaction: if the change it describes is rolled back,
 * so is its record, and no change commits without one.
 */
import type { PayloadRequest } from 'payload'

import { clientIp } from './rateLimit'
import { idOf } from './roles'

export type AuditEntry = {
  action:
    | 'content_deleted'
    | 'content_published'
    | 'content_unpublished'
    | 'user_access_changed'
    | 'user_created'
    | 'user_deleted'
  details?: Record<string, unknown>
  summary: string
  targetCollection: string
  targetId: number | string
  targetVersion?: string
}

export async function recordAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  await req.payload.create({
    collection: 'audit-events',
    data: {
      ...entry,
      actor: req.user?.id ?? null,
      actorUnit: (idOf(req.user?.unit) as number | undefined) ?? null,
      clientAddress: req.headers ? clientIp(req.headers) : 'local',
      occurredAt: new Date().toISOString(),
      targetId: String(entry.targetId),
    },
    overrideAccess: true,
    req,
  })
}
