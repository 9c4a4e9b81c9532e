/**
 * Who may sign which stage of a ticket, and what a signature must contain. Pure functions: the decision
 * endpoint, the review queue and the admin's decision panel all ask the same questions here.
 */
import { CHECKLIST, type ChecklistKey } from './vocabulary'

type Id = number | string
type Ref = Id | { id: Id } | null | undefined

export type StageRule = { name: string; namedUnit?: Ref; reviewerUnit: string }
export type TicketStage = {
  checklist?: Partial<Record<ChecklistKey, boolean | null>> | null
  comment?: null | string
  decidedAt?: null | string
  decision?: null | string
  name: string
  reviewer?: Ref
  reviewerUnit?: Ref
}
export type TicketForSigning = {
  author?: Ref
  currentStage?: null | number
  stages?: null | TicketStage[]
  state: string
  submittedBy?: Ref
}
export type Signer = { id: Id; roles?: null | string[]; unit?: Ref }

const idOf = (ref: Ref): string | undefined =>
  ref === null || ref === undefined ? undefined : String(typeof ref === 'object' ? ref.id : ref)

/** The unit whose reviewers sign each stage, fixed when the item is submitted. */
export function resolveStageUnits(stages: StageRule[], authorUnit: Ref, owningUnit: Ref): (Id | undefined)[] {
  const raw = (ref: Ref) => (ref && typeof ref === 'object' ? ref.id : (ref ?? undefined))
  return stages.map((stage) =>
    stage.reviewerUnit === 'author_unit'
      ? raw(authorUnit)
      : stage.reviewerUnit === 'named_unit'
        ? raw(stage.namedUnit)
        : raw(owningUnit),
  )
}

/** Each unit once, in stage order. */
export const distinctUnits = (units: (Id | undefined)[]): Id[] =>
  units.filter(
    (unit, index): unit is Id =>
      unit !== undefined && units.findIndex((u) => String(u) === String(unit)) === index,
  )

export type SigningRefusal = { message: string; status: 403 | 409 }

const STATE_WORDS: Record<string, string> = { approved: '已通过', rejected: '已退回', superseded: '已失效' }

/** Why this person may not sign the ticket's current stage, or null if they may. */
export function whyCannotSign(ticket: TicketForSigning, signer: Signer): SigningRefusal | null {
  if (ticket.state !== 'pending') {
    return {
      message: `工单${STATE_WORDS[ticket.state] ?? ticket.state}，不能再签署 (the ticket is ${ticket.state})`,
      status: 409,
    }
  }
  if (!signer.roles?.includes('reviewer')) {
    return { message: '只有审核人可以签署审核环节 (only reviewers sign stages)', status: 403 }
  }
  const stages = ticket.stages ?? []
  const stage = stages[ticket.currentStage ?? 0]
  if (!stage) return { message: '工单没有待签署的环节 (no stage left to sign)', status: 409 }
  const me = idOf(signer.id)
  if (me === idOf(ticket.author) || me === idOf(ticket.submittedBy)) {
    return { message: '不能审核本人撰写或提交的稿件 (nobody reviews their own item)', status: 403 }
  }
  if (stages.some((signed) => signed.decidedAt && idOf(signed.reviewer) === me)) {
    return {
      message: '同一人不得签署同一工单的两个环节 (nobody signs two stages of one ticket)',
      status: 403,
    }
  }
  if (!stage.reviewerUnit || idOf(stage.reviewerUnit) !== idOf(signer.unit)) {
    return {
      message: `“${stage.name}”环节须由指定单位的审核人签署 (the ${stage.name} stage belongs to another unit’s reviewers)`,
      status: 403,
    }
  }
  return null
}

export type DecisionInput = { checklist?: unknown; comment?: unknown; decision?: unknown }
export type FieldProblem = { field: string; message: string }

/** What is wrong with a submitted decision, field by field (empty when it can be recorded). */
export function decisionProblems(input: DecisionInput): FieldProblem[] {
  const problems: FieldProblem[] = []
  const comment = typeof input.comment === 'string' ? input.comment.trim() : ''
  if (input.decision !== 'approve' && input.decision !== 'reject') {
    problems.push({
      field: 'decision',
      message: '审核意见须为“通过”或“退回” (decision must be approve or reject)',
    })
  }
  if (input.comment !== undefined && typeof input.comment !== 'string') {
    problems.push({ field: 'comment', message: '审核意见须为文字 (comment must be text)' })
  }
  if (comment.length > 2000) {
    problems.push({
      field: 'comment',
      message: '审核意见不得超过 2000 字 (comment: at most 2000 characters)',
    })
  }
  if (input.decision === 'reject' && !comment) {
    problems.push({ field: 'comment', message: '退回须写明审核意见 (a rejection needs a comment)' })
  }
  if (input.decision === 'approve') {
    const checklist = (
      input.checklist && typeof input.checklist === 'object' ? input.checklist : {}
    ) as Record<string, unknown>
    const missing = CHECKLIST.filter(({ key }) => checklist[key] !== true)
    if (missing.length) {
      problems.push({
        field: `checklist.${missing[0].key}`,
        message: `通过须确认全部四项审核要点，尚未确认：${missing.map((item) => item.zh).join('、')} (confirm all four checks to approve)`,
      })
    }
  }
  return problems
}
