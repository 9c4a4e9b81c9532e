import type { CollectionSlug, Endpoint, Where } from 'payload'

import { say } from '@/lib/bilingual'
import { formatDeadlineZh } from '@/lib/statutoryClocks'

const PER_CLOCK_LIMIT = 500

/** Every statutory clock: where its deadline is stored and which date stops it. */
const CLOCKS: { clock: string; collection: CollectionSlug; doneField: string; dueField: string }[] = [
  { clock: 'publication', collection: 'disclosures', doneField: 'firstPublishedAt', dueField: 'dueAt' },
  {
    clock: 'press_conference',
    collection: 'disclosures',
    doneField: 'pressConferenceHeldAt',
    dueField: 'pressConferenceDueAt',
  },
  { clock: 'response', collection: 'responses', doneField: 'respondedAt', dueField: 'dueAt' },
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
      CLOCKS.map(async ({ clock, collection, doneField, dueField }) => {
        const where: Where = { and: [{ [dueField]: { less_than: now } }, { [doneField]: { exists: false } }] }
        const found = await req.payload.find({
          collection,
          depth: 0,
          draft: true,
          limit: PER_CLOCK_LIMIT,
          overrideAccess: false,
          req,
          sort: dueField,
          where,
        })
        const items = found.docs.map((doc) => {
          const item = doc as unknown as Record<string, unknown> & { id: number | string; title: string }
          const dueAt = String(item[dueField])
          return {
            clock,
            collection,
            dueAt,
            dueAtText: formatDeadlineZh(dueAt),
            id: item.id,
            title: item.title,
            unit: item.unit ?? null,
          }
        })
        return { items, total: found.totalDocs }
      }),
    )
    const items = lists.flatMap((list) => list.items).sort((a, b) => a.dueAt.localeCompare(b.dueAt))
    // Each clock lists at most PER_CLOCK_LIMIT items; the total says honestly when there are more.
    const totalDocs = lists.reduce((sum, list) => sum + list.total, 0)
    return Response.json({ items, totalDocs, truncated: totalDocs > items.length })
  },
}
