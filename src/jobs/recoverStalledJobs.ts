import type { Payload, TaskConfig } from 'payload'

/** A delivery step takes seconds; a job still marked running after this long lost its worker. */
export const STALL_AFTER_MS = 10 * 60_000

/**
 * Payload leaves a job `processing` forever when its worker dies mid-run (a crash, a kill -9, a deploy),
 * and never picks it up again. This hands such jobs back to the queue. Running one twice is safe: each
 * delivery moves through its states by compare-and-set, so a resumed job never repeats a finished step.
 */
export async function recoverStalledJobs(payload: Payload, now = new Date(), stallAfterMs = STALL_AFTER_MS) {
  const cutoff = new Date(now.getTime() - stallAfterMs).toISOString()
  const stalled = await payload.find({
    collection: 'payload-jobs',
    depth: 0,
    limit: 500,
    pagination: false,
    where: { and: [{ processing: { equals: true } }, { updatedAt: { less_than: cutoff } }] },
  })
  for (const job of stalled.docs) {
    await payload.update({ collection: 'payload-jobs', data: { processing: false }, depth: 0, id: job.id })
  }
  return stalled.docs.map((job) => job.id)
}

export const recoverStalledJobsTask: TaskConfig<{ input: object; output: { recovered: number } }> = {
  slug: 'recoverStalledJobs',
  label: '恢复中断的后台任务 (recover stalled jobs)',
  schedule: [{ cron: '0 */5 * * * *', queue: 'maintenance' }],
  outputSchema: [{ name: 'recovered', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { recovered: (await recoverStalledJobs(req.payload)).length } }),
}
