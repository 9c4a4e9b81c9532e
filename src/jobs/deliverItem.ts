import { createLocalReq, type TaskConfig } from 'payload'

import { moveDelivery } from '@/gate/deliveryState'
import { publishOnWebsite } from '@/gate/publishOnWebsite'
import { queueDeliveryJob } from '@/gate/queueDelivery'
import { RECEIVING_FILING_STATUSES } from '@/gate/vocabulary'
import { idOf } from '@/lib/roles'
import { inTransaction } from '@/lib/transaction'

import { runPlatformDelivery } from '../delivery/runPlatformDelivery'
import type { Delivery } from '@/payload-types'

/** A validation failure names each field's rule; anything else says what happened. */
function inWords(error: unknown): string {
  const details = (error as { data?: { errors?: { message?: string }[] } }).data?.errors
    ?.map((detail) => detail.message)
    .filter(Boolean)
  if (details?.length) return details.join('；')
  return error instanceof Error ? error.message : String(error)
}

/**
 * Delivers one approved item to one channel account. Before anything is sent, the ticket must still
 * be approved and the account still open. The website delivery makes the approved version live in one
 * transaction with its ledger row, so a crash leaves it queued and a rerun finishes it. WeChat and Weibo
 * go step by step through their adapters (runPlatformDelivery), resumable after any crash.
 */
export const deliverItem: TaskConfig<{ input: { deliveryId: string }; output: { outcome: string } }> = {
  slug: 'deliverItem',
  label: '投递到渠道 (deliver to a channel)',
  inputSchema: [{ name: 'deliveryId', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  handler: async ({ input, req: jobReq }) => {
    // A request of our own: the job runner's request may carry a user, and a delivery acts for nobody.
    const req = await createLocalReq({}, jobReq.payload)
    const delivery = (await req.payload.findByID({
      collection: 'deliveries',
      depth: 0,
      disableErrors: true,
      id: input.deliveryId,
      overrideAccess: true,
    })) as Delivery | null
    if (!delivery) return { output: { outcome: 'skipped (missing)' } }
    // A job run early (a recovered or duplicate job) books itself again for the scheduled moment.
    if (delivery.publishAt && Date.parse(delivery.publishAt) > Date.now() && delivery.state === 'queued') {
      await queueDeliveryJob(req.payload, delivery.id, { req, waitUntil: new Date(delivery.publishAt) })
      return { output: { outcome: `scheduled for ${delivery.publishAt}` } }
    }
    // Already on its way on a platform (publishing, or its outcome being checked): carry on from its progress.
    if (delivery.platform !== 'website' && delivery.state !== 'queued') {
      return { output: { outcome: await runPlatformDelivery(req, delivery) } }
    }
    if (delivery.state !== 'queued') return { output: { outcome: `skipped (${delivery.state})` } }

    const ticket = await req.payload.findByID({
      collection: 'reviews',
      depth: 0,
      id: idOf(delivery.ticket)!,
      overrideAccess: true,
    })
    const account = await req.payload.findByID({
      collection: 'channel-accounts',
      depth: 0,
      id: idOf(delivery.channel)!,
      overrideAccess: true,
    })
    try {
      const checked = await inTransaction(req, async () => {
        if (ticket.state !== 'approved') {
          throw new Error(
            '审核工单已失效（稿件在审核通过后被修改），请重新提交审核 (the ticket was superseded)',
          )
        }
        if (!RECEIVING_FILING_STATUSES.includes(account.filingStatus)) {
          throw new Error(
            `渠道账号“${account.name}”已关停或注销，未投递 (the account no longer receives content)`,
          )
        }
        if (delivery.platform !== 'website') return { output: { outcome: 'platform' } }
        const sending = await moveDelivery(req, delivery, ['queued'], 'sending', {
          attempts: (delivery.attempts ?? 0) + 1,
        })
        if (!sending) return { output: { outcome: 'claimed by another worker' } }
        const { url } = await publishOnWebsite(req, sending)
        await moveDelivery(req, sending, ['sending'], 'delivered', {
          deliveredAt: new Date().toISOString(),
          url,
        })
        return { output: { outcome: 'delivered' } }
      })
      if (checked.output.outcome !== 'platform') return checked
    } catch (error) {
      const reason = inWords(error)
      await inTransaction(req, () =>
        moveDelivery(req, delivery, ['queued'], 'failed', {
          attempts: (delivery.attempts ?? 0) + 1,
          lastError: reason,
        }),
      )
      return { output: { outcome: `failed: ${reason}` } }
    }
    return { output: { outcome: await runPlatformDelivery(req, delivery) } }
  },
}
