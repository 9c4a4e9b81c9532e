import type { Payload, TaskConfig } from 'payload'

import { queueDeliveryJob } from '@/gate/queueDelivery'

/**
 * A delivery step takes seconds; a job still marked running after this long lost its worker. It must
 * stay well above the longest platform call (three times the HTTP timeout), or a slow live worker could
 * be taken over. The fault campaign shortens it (STALLED_AFTER_MS) to recover its killed workers quickly.
 */
export const STALL_AFTER_MS = Number(process.env.STALLED_AFTER_MS ?? 10 * 60_000)

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

/**
 * A delivery whose job is gone — its worker died in a way Payload recorded as a failed job, or a
 * database error ended the job after the claim — would wait forever. Any delivery still on its way whose
 * booked moment passed long ago is given a fresh job; running one job too many is harmless, because
 * each delivery is claimed by compare-and-set and resumes from its saved progress.
 */
export async function requeueOrphanedDeliveries(
  payload: Payload,
  now = new Date(),
  stallAfterMs = STALL_AFTER_MS,
) {
  const cutoff = new Date(now.getTime() - stallAfterMs).toISOString()
  const orphaned = await payload.find({
    collection: 'deliveries',
    depth: 0,
    limit: 500,
    pagination: false,
    where: {
      and: [
        { state: { in: ['queued', 'sending', 'awaiting_platform'] } },
        { updatedAt: { less_than: cutoff } },
        { or: [{ nextAttemptAt: { exists: false } }, { nextAttemptAt: { less_than: cutoff } }] },
      ],
    },
  })
  for (const delivery of orphaned.docs) {
    // Booked now, so the next sweep leaves it alone while the new job waits its turn. `updatedAt` is
    // kept: it is how the engine tells a delivery whose worker died mid-step.
    await payload.db.updateOne({
      collection: 'deliveries',
      data: { nextAttemptAt: now.toISOString(), updatedAt: delivery.updatedAt },
      id: delivery.id,
    })
    await queueDeliveryJob(payload, delivery.id)
  }
  return orphaned.docs.map((delivery) => delivery.id)
}

export const recoverStalledJobsTask: TaskConfig<{
  input: object
  output: { recovered: number; requeued: number }
}> = {
  slug: 'recoverStalledJobs',
  label: '恢复中断的后台任务 (recover stalled jobs)',
  schedule: [{ cron: '0 */5 * * * *', queue: 'maintenance' }],
  outputSchema: [
    { name: 'recovered', type: 'number', required: true },
    { name: 'requeued', type: 'number', required: true },
  ],
  handler: async ({ req }) => ({
    output: {
      recovered: (await recoverStalledJobs(req.payload)).length,
      requeued: (await requeueOrphanedDeliveries(req.payload)).length,
    },
  }),
}
