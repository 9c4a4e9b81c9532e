import type { TaskConfig } from 'payload'

import { zhEn } from '@/lib/bilingual'
import { runSelfCheck } from '@/selfcheck/run'

/** The nightly self-check against the inspection indicators; admins also start it from the dashboard. */
export const runSelfCheckTask: TaskConfig = {
  slug: 'runSelfCheck',
  label: zhEn('政务公开自查', 'Self-check').zh,
  retries: 1,
  schedule: [{ cron: '0 0 2 * * *', queue: 'nightly' }],
  outputSchema: [
    { name: 'opened', type: 'number' },
    { name: 'resolved', type: 'number' },
    { name: 'seen', type: 'number' },
  ],
  handler: async ({ req }) => {
    const { opened, resolved, seen } = await runSelfCheck(req.payload)
    return { output: { opened, resolved, seen } }
  },
}
