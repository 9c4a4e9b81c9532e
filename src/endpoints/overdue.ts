import type { CollectionSlug, Endpoint, Where } from 'payload'

import { say } from '@/lib/bilingual'
import { formatDeadlineZh } from '@/lib/statutoryClocks'

/** Collections with a statutory clock, and the date that stops each one. */
const CLOCKED: { collection: CollectionSlug; doneField: string }[] = [
  { collection: 'disclosures', doneField: 'firstPublishedAt' },
  { collection: 'responses', doneField: 'respondedAt' },
]

/**
 * GET /api/deadlines/overdue — every item the caller may read whose statutory deadline has passed
 * with the work not done, oldest deadline first. Access rules apply: an editor sees their unit's.
 */
export const overdueEndpoint: Endpoint = {
  method: 'get',
  path: '/deadlines/overdue',
  handler: async (req) => {
    if (!req.user) {
      return Response.json(
        { errors: [{ message: say(req.i18n?.language, '请先登录', 'Log in first') }] },
        { status: 401 },
      )
    }
    const now = new Date().toISOString()
    const lists = await Promise.all(
      CLOCKED.map(async ({ collection, doneField }) => {
        const where: Where = { and: [{ dueAt: { less_than: now } }, { [doneField]: { exists: false } }] }
        const found = await req.payload.find({
          collection,
          depth: 0,
          draft: true,
          limit: 500,
          overrideAccess: false,
          req,
          sort: 'dueAt',
          where,
        })
        return found.docs.map((doc) => {
          const item = doc as unknown as { dueAt: string; id: number | string; title: string; unit?: unknown }
          return {
            collection,
            dueAt: item.dueAt,
            dueAtText: formatDeadlineZh(item.dueAt),
            id: item.id,
            title: item.title,
            unit: item.unit ?? null,
          }
        })
      }),
    )
    const items = lists.flat().sort((a, b) => a.dueAt.localeCompare(b.dueAt))
    return Response.json({ items, totalDocs: items.length })
  },
}
