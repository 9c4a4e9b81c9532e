/**
 * Refusals of the gate: a public error with the reason in the message (Chinese, naming the field and
 * the rule), and an audit row written after the refused work has been rolled back — a refusal is on
 * record even though nothing else of the attempt is.
 */
import { APIError, createLocalReq, killTransaction, type PayloadRequest } from 'payload'

import { recordAudit } from '@/lib/audit'
import { clientIp } from '@/lib/rateLimit'
import { inTransaction } from '@/lib/transaction'

export type RefusalTarget = { targetCollection: string; targetId: number | string }

export type Refusal = APIError & { audited?: boolean; gateRefusal?: boolean; target?: RefusalTarget }

export function refuse(
  status: number,
  message: string,
  extra: { field?: string; findings?: unknown[]; target?: RefusalTarget } = {},
): never {
  const error = new APIError(
    message,
    status,
    {
      errors: [{ message, path: extra.field ?? '' }],
      ...(extra.findings ? { findings: extra.findings } : {}),
    },
    true,
  ) as Refusal
  error.target = extra.target
  error.gateRefusal = true
  throw error
}

type Describable = Error & { data?: unknown; status?: number; target?: RefusalTarget }

/** Writes the `refused` audit row outside any transaction of the request (which is rolled back first). */
export async function recordRefusal(
  req: PayloadRequest,
  attempted: string,
  error: Describable,
  fallbackTarget?: RefusalTarget,
): Promise<void> {
  await killTransaction(req)
  const fresh = await createLocalReq({ user: req.user ?? undefined }, req.payload)
  const target = error.target ?? fallbackTarget ?? { targetCollection: '', targetId: '' }
  await recordAudit(fresh, {
    action: 'refused',
    clientAddress: req.headers ? clientIp(req.headers) : 'local',
    details: { attempted, reason: error.message, status: error.status ?? 500 },
    summary: `拒绝${attempted}：${error.message}`.slice(0, 500),
    ...target,
  })
  ;(error as Refusal).audited = true
}

/**
 * Runs one gate action in its own transaction. Success commits everything it wrote (tickets, audit
 * rows, the queued delivery) at once; a refusal rolls all of it back and leaves one audit row instead.
 */
export async function inGateTransaction<T>(
  req: PayloadRequest,
  attempted: string,
  target: RefusalTarget,
  work: () => Promise<T>,
): Promise<T> {
  return inTransaction(req, work, async (error) => {
    const status = (error as Describable).status
    // Our own refusals are on record whatever their status (a platform refusing a takedown is a 502).
    const ours = Boolean((error as Refusal).gateRefusal)
    if (status && status >= 400 && (status < 500 || ours)) {
      await recordRefusal(req, attempted, error as Describable, target)
    }
  })
}
