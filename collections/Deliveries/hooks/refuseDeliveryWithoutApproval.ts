import type { CollectionBeforeChangeHook } from 'payload'

import { refuseField } from '@/lib/errors'
import { idOf } from '@/lib/roles'

const BINDING = ['ticket', 'item', 'channel', 'contentHash'] as const

/**
 * Whatever code path creates a delivery — the gate, a script, the Local API with access overridden —
 * the row must point at an approved ticket for exactly this content on exactly this account. Once
 * created, what a delivery delivers can never be re-pointed.
 */
export const refuseDeliveryWithoutApproval: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update') {
    for (const field of BINDING) {
      const before = JSON.stringify(idOf(originalDoc?.[field]) ?? originalDoc?.[field])
      const after = JSON.stringify(idOf(data[field]) ?? data[field])
      if (field in data && after !== before) {
        refuseField(field, `投递记录的 ${field} 创建后不可更改 (a delivery's ${field} is fixed)`, 403)
      }
    }
    return data
  }
  const ticketId = idOf(data.ticket)
  const ticket =
    ticketId === undefined
      ? null
      : await req.payload.findByID({
          collection: 'reviews',
          depth: 0,
          disableErrors: true,
          id: ticketId,
          req,
        })
  const approved =
    ticket?.state === 'approved' &&
    ticket.contentHash === data.contentHash &&
    String(idOf(ticket.channel)) === String(idOf(data.channel)) &&
    ticket.itemKey === data.itemKey
  if (!approved) {
    refuseField(
      'ticket',
      '只有审核通过的工单才能产生投递 (a delivery needs an approved ticket for this content)',
      403,
    )
  }
  return data
}
