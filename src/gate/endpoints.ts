/**
 * The gate's REST doors (DESIGN §3): thin wrappers that read the JSON body and call the same functions
 * the Local API uses, so every door enforces the same rules.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { kickDeliveries } from '@/delivery/kickDeliveries'

import { decide } from './decide'
import { resolveDelivery } from './resolveDelivery'
import { retractItem } from './retract'
import { refuse } from './refusal'
import { submitForReview } from './submit'
import type { ContentCollection } from './vocabulary'

async function jsonBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const body = req.json ? await req.json() : {}
    return body && typeof body === 'object' && !Array.isArray(body) ? body : {}
  } catch {
    refuse(400, '请求体须为 JSON 对象 (the body must be a JSON object)')
  }
}

const idParam = (req: PayloadRequest) => {
  const id = req.routeParams?.id
  if (typeof id !== 'string' && typeof id !== 'number') refuse(400, '缺少编号 (id is missing)')
  return id
}

export function contentGateEndpoints(collection: ContentCollection): Endpoint[] {
  return [
    {
      method: 'post',
      path: '/:id/submit',
      handler: async (req) => {
        const result = await submitForReview(req, collection, idParam(req), await jsonBody(req))
        return Response.json(
          {
            message: `已提交 ${result.tickets.length} 个渠道的审核`,
            tickets: result.tickets,
            warnings: result.findings.filter((finding) => finding.severity === 'warning'),
          },
          { status: 201 },
        )
      },
    },
    {
      method: 'post',
      path: '/:id/retract',
      handler: async (req) => {
        const result = await retractItem(req, collection, idParam(req), await jsonBody(req))
        return Response.json({
          message: `已撤回 ${result.retracted.length} 个渠道`,
          retracted: result.retracted,
        })
      },
    },
  ]
}

export const decisionEndpoint: Endpoint = {
  method: 'post',
  path: '/:id/decision',
  handler: async (req) => {
    const result = await decide(req, idParam(req), await jsonBody(req))
    // Committed: start the delivery now rather than at the next minute's run.
    if (result.delivery) kickDeliveries(req, 'after approval')
    return Response.json({
      delivery: result.delivery,
      message:
        result.ticket.state === 'approved'
          ? '审核通过，已排队投递'
          : result.ticket.state === 'rejected'
            ? '已退回'
            : '已签署',
      ticket: result.ticket,
    })
  },
}

/** 人工确认 of a delivery the engine could not settle: src/gate/resolveDelivery.ts. */
export const resolveDeliveryEndpoint: Endpoint = {
  method: 'post',
  path: '/:id/resolve',
  handler: async (req) => {
    const delivery = await resolveDelivery(req, idParam(req), await jsonBody(req))
    if (delivery.state === 'queued') kickDeliveries(req, 'after a redelivery')
    return Response.json({
      delivery,
      message: delivery.state === 'delivered' ? '已登记为已发布' : '已重新排队投递',
    })
  },
}
