/**
 * npm run faults [-- --deliveries 2000 --seed 7 --workers 2]: the long fault campaign on a fresh SQLite
 * file (or the database DATABASE_URL names — use a throwaway one), with its own platform sandbox.
 * Prints the summary and exits 1 if anything was posted twice or lost.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { startSandbox } from '../channels/sandbox/server'
import { printSummary, runFaultCampaign } from './faults/campaign'

const { values } = parseArgs({
  options: {
    deliveries: { default: '300', type: 'string' },
    seed: { default: '1', type: 'string' },
    workers: { default: '2', type: 'string' },
  },
})

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yangguang-faults-'))
process.env.DATABASE_URL ??= `file:${path.join(dir, 'campaign.db')}`
process.env.MEDIA_DIR ??= path.join(dir, 'media')
process.env.DELIVER_ON_APPROVAL = 'false'
process.env.JOBS_AUTORUN = 'false'

const { bootPayload } = await import('./lib/boot')
const { seed } = await import('./seed/index')
const payload = await bootPayload()
await seed(payload, { demoUsers: true })
// Started only after Payload booted: a listening server would turn Node 20's occasional stalled
// module load (which scripts/run.mjs retries on exit code 13) into a hang.
const sandbox = await startSandbox({ port: 0, publishDelayMs: 200 })
const workerEnv = {
  DATABASE_URL: process.env.DATABASE_URL,
  DELIVERY_GIVE_UP_MS: '20000',
  DELIVERY_POLL_INTERVAL_MS: '300',
  DELIVERY_RESEND_QUIET_MS: '1500',
  MEDIA_DIR: process.env.MEDIA_DIR,
  SANDBOX_URL: sandbox.url,
  WORKER_INTERVAL_MS: '300',
}
Object.assign(process.env, workerEnv)

console.log(`Fault campaign: database ${process.env.DATABASE_URL}, sandbox ${sandbox.url}`)
const summary = await runFaultCampaign(payload, {
  deliveries: Number(values.deliveries),
  log: (line) => console.log(line),
  sandboxUrl: sandbox.url,
  seed: Number(values.seed),
  workerEnv,
  workers: Number(values.workers),
})
printSummary(summary)
await sandbox.close()
process.exit(summary.duplicates.length || summary.lost.length || summary.unsettled.length ? 1 : 0)
