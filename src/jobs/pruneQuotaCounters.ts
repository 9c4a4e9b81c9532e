import type { TaskConfig } from 'payload'

import { zhEn } from '@/lib/bilingual'

/** A quota window is at most a day long; counters older than two days count nothing any more. */
const KEEP_MS = 2 * 86_400_000

export const pruneQuotaCounters: TaskConfig<{ input: object; output: { removed: number } }> = {
  slug: 'pruneQuotaCounters',
  label: zhEn('清理过期的平台配额计数', 'Prune expired platform quota counters').zh,
  retries: 2,
  schedule: [{ cron: '0 45 3 * * *', queue: 'nightly' }],
  outputSchema: [{ name: 'removed', type: 'number', required: true }],
  handler: async ({ req }) => {
    const { docs } = await req.payload.delete({
      collection: 'index-counters',
      overrideAccess: true,
      req,
      where: {
        and: [
          { scope: { like: 'quota:' } },
          { updatedAt: { less_than: new Date(Date.now() - KEEP_MS).toISOString() } },
        ],
      },
    })
    return { output: { removed: docs.length } }
  },
}
