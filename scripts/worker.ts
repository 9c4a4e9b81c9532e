/**
 * npm run worker: the background job runner for production. Serve the app with JOBS_AUTORUN=false and
 * run one or more of these beside it: each pass books the scheduled tasks that are due (self-check,
 * statistics, stalled-job recovery) and runs what is due on every queue. Deliveries claim their rows by
 * compare-and-set, so several workers never deliver one item twice. SIGTERM finishes the pass, then exits.
 */
import { DELIVERY_QUEUE } from '@/gate/queueDelivery'

import { bootPayload } from './lib/boot'

const QUEUES = [DELIVERY_QUEUE, 'maintenance', 'nightly']
const intervalMs = Number(process.env.WORKER_INTERVAL_MS ?? 5_000)

const payload = await bootPayload()
let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1)
    stopping = true
    payload.logger.info(`worker: ${signal} received, finishing the current pass`)
  })
}
payload.logger.info(`worker: running queues ${QUEUES.join(', ')} every ${intervalMs} ms`)

while (!stopping) {
  for (const queue of QUEUES) {
    if (stopping) break
    try {
      await payload.jobs.handleSchedules({ queue })
      await payload.jobs.run({ limit: 20, queue, silent: { info: true } })
    } catch (error) {
      payload.logger.error({ err: error, msg: `worker: queue ${queue} failed; trying again next pass` })
    }
  }
  await new Promise((resolve) => setTimeout(resolve, intervalMs))
}
process.exit(0)
