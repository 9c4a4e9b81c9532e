import type { PayloadRequest } from 'payload'

import { DELIVERY_QUEUE } from '@/gate/queueDelivery'
import { deliverOnApproval } from '@/lib/env'

/**
 * Runs due delivery jobs now rather than at the next minute's run. Jobs claim their delivery
 * atomically, so a run started here and a scheduled one never deliver anything twice.
 */
export function kickDeliveries(req: PayloadRequest, why: string): void {
  if (!deliverOnApproval()) return
  void req.payload.jobs
    .run({ limit: 10, queue: DELIVERY_QUEUE, silent: { info: true } })
    .catch((error: unknown) => req.payload.logger.error({ err: error, msg: `delivery run ${why} failed` }))
}
