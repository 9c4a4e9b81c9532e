/**
 * 审核签署: the reviewer of the ticket's current stage approves (all four checks confirmed) or rejects
 * (with a comment). The last approval queues the delivery in the same transaction. Two reviewers acting
 * on one ticket at the same instant: a compare-and-set on the ticket's revision lets exactly one through.
 */
import type { PayloadRequest } from 'payload'

import { recordAudit } from '@/lib/audit'
import { compareAndSet } from '@/lib/atomicUpdate'
import type { Review } from '@/payload-types'

import { queueDelivery } from './queueDelivery'
import { inGateTransaction, refuse } from './refusal'
import { decisionProblems, whyCannotSign, type DecisionInput } from './signing'
import { currentContent } from './supersedeStaleTickets'
import { CHECKLIST, itemOfKey } from './vocabulary'

export async function decide(req: PayloadRequest, ticketId: number | string, input: DecisionInput) {
  const target = { targetCollection: 'reviews', targetId: ticketId }
  return inGateTransaction(req, '审核签署', target, async () => {
    const user = req.user
    if (!user) refuse(401, '请先登录 (log in first)', { target })
    const readable = await req.payload
      .findByID({
        collection: 'reviews',
        depth: 0,
        disableErrors: true,
        id: ticketId,
        overrideAccess: false,
        req,
        user,
      })
      .catch(() => null)
    if (!readable) refuse(404, '工单不存在或无权查看 (ticket not found)', { target })
    const ticket = (await req.payload.findByID({
      collection: 'reviews',
      depth: 0,
      id: ticketId,
      overrideAccess: true,
      req,
    })) as Review
    if (!ticket.item) refuse(409, '稿件已被删除，工单不能再签署 (the item was deleted)', { target })
    const item = itemOfKey(ticket.itemKey)
    const itemTarget = { targetCollection: item.collection, targetId: item.id }

    const problems = decisionProblems(input)
    if (problems.length)
      refuse(400, problems.map((p) => p.message).join('；'), { field: problems[0].field, target })
    const cannot = whyCannotSign(ticket, user)
    if (cannot) refuse(cannot.status, cannot.message, { target })

    // The edit hook supersedes stale tickets; checking again here closes the window between an edit and this click.
    const { hash } = await currentContent(req, item.collection, item.id)
    if (hash !== ticket.contentHash) {
      refuse(409, '稿件在提交后已被修改，此工单作废，请重新提交审核 (the item changed after submission)', {
        target,
      })
    }

    const claimed = await compareAndSet(req, {
      collection: 'reviews',
      column: 'revision',
      expected: [ticket.revision],
      id: ticket.id,
      next: ticket.revision + 1,
    })
    if (!claimed)
      refuse(409, '该工单刚被他人处理，请刷新后查看 (someone acted on this ticket just now)', { target })

    const approve = input.decision === 'approve'
    const comment = typeof input.comment === 'string' ? input.comment.trim() : ''
    const index = ticket.currentStage ?? 0
    const stages = (ticket.stages ?? []).map((stage, i) =>
      i !== index
        ? stage
        : {
            ...stage,
            checklist: Object.fromEntries(
              CHECKLIST.map(({ key }) => [
                key,
                (input.checklist as Record<string, unknown> | undefined)?.[key] === true,
              ]),
            ),
            comment: comment || null,
            decidedAt: new Date().toISOString(),
            decision: approve ? ('approve' as const) : ('reject' as const),
            reviewer: user.id,
            reviewerLabel: `${user.name} <${user.email}>`,
          },
    )
    const last = index >= stages.length - 1
    const state = !approve ? 'rejected' : last ? 'approved' : 'pending'
    const updated = (await req.payload.update({
      collection: 'reviews',
      data: {
        closedAt: state === 'pending' ? null : new Date().toISOString(),
        currentStage: state === 'pending' ? index + 1 : index,
        currentStageName: state === 'pending' ? stages[index + 1].name : '—',
        revision: ticket.revision + 1,
        stages,
        state,
      },
      depth: 0,
      id: ticket.id,
      overrideAccess: true,
      req,
    })) as Review

    const stageName = stages[index].name
    await recordAudit(req, {
      action: !approve ? 'review_rejected' : last ? 'review_approved' : 'review_stage_signed',
      details: { comment: comment || undefined, stage: stageName, stageIndex: index, ticket: ticket.id },
      summary: `${stageName}${approve ? '通过' : '退回'}：${ticket.title}`,
      ...itemTarget,
      targetVersion: ticket.contentHash,
    })
    const delivery = state === 'approved' ? await queueDelivery(req, updated) : null
    return { delivery, ticket: updated }
  })
}
