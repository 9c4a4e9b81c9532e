/**
 * 待我审核: the pending tickets whose current stage this person may sign now — of their unit, not their
 * own item, not a ticket they already signed a stage of. Oldest first: the clock runs for the editor.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole, idOf } from '@/lib/roles'
import type { Review } from '@/payload-types'

import { whyCannotSign } from './signing'

export async function reviewQueue(req: PayloadRequest, depth = 1): Promise<Review[]> {
  const user = req.user
  const unit = idOf(user?.unit)
  if (!user || unit === undefined || !user.roles?.includes('reviewer')) return []
  const pending = await req.payload.find({
    collection: 'reviews',
    depth,
    limit: 500,
    overrideAccess: false,
    pagination: false,
    req,
    sort: 'submittedAt',
    user,
    where: { and: [{ state: { equals: 'pending' } }, { reviewerUnits: { in: [unit] } }] },
  })
  return (pending.docs as Review[]).filter((ticket) => whyCannotSign(depthZero(ticket), user) === null)
}

/** whyCannotSign compares ids; populated relationships are reduced to theirs. */
const depthZero = (ticket: Review) => ({
  ...ticket,
  author: idOf(ticket.author),
  stages: ticket.stages?.map((stage) => ({
    ...stage,
    reviewer: idOf(stage.reviewer),
    reviewerUnit: idOf(stage.reviewerUnit),
  })),
  submittedBy: idOf(ticket.submittedBy),
})

export const reviewQueueEndpoint: Endpoint = {
  method: 'get',
  path: '/queue',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: '请先登录 (log in first)' }] }, { status: 401 })
    // Counting needs no populated channel or unit: `?depth=0` keeps the badge on every page cheap.
    const docs = await reviewQueue(req, req.searchParams?.get('depth') === '0' ? 0 : 1)
    return Response.json({ docs, reviewer: hasRole(req.user, 'reviewer'), totalDocs: docs.length })
  },
}
