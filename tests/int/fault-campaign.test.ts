/**
 * The fault campaign in CI: about two hundred approved deliveries (141 on PostgreSQL, the production database
 * where several workers compete; 60 on SQLite, which has one writer across processes) worked off by
 * real worker processes, with platform faults injected and workers killed with SIGKILL, then the ledger
 * checked against the sandbox's records. `npm run faults -- --deliveries 2000` is the long run.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'

import { startSandbox } from '../../channels/sandbox/server'
import { printSummary, runFaultCampaign } from '../../scripts/faults/campaign'
import { seed } from '../../scripts/seed/index'
import { describeOnDatabase, startPayload, type TestPayload } from './helpers/payload'

const DELIVERIES = Number(
  process.env.FAULT_CAMPAIGN_DELIVERIES ?? (process.env.TEST_DB === 'sqlite' ? 60 : 141),
)

describeOnDatabase('fault campaign: faults and SIGKILLed workers, checked against the platforms', () => {
  let t: TestPayload
  let sandbox: Awaited<ReturnType<typeof startSandbox>>

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, publishDelayMs: 200 })
    t = await startPayload()
    await seed(t.payload, { demoUsers: true })
  })
  afterAll(async () => {
    await t?.cleanup()
    await sandbox?.close()
  })

  it(
    `delivers ${DELIVERIES} approved deliveries with 0 duplicates and 0 lost, every unknown outcome settled`,
    async () => {
      const summary = await runFaultCampaign(t.payload, {
        deadlineMs: 12 * 60_000,
        deliveries: DELIVERIES,
        killEveryMs: [4_000, 10_000],
        sandboxUrl: sandbox.url,
        seed: 20261126,
        workerEnv: {
          DATABASE_URL: process.env.DATABASE_URL,
          // A submit answer lost and then a failed publish job leave nothing to find: hand it to a person
          // after 20 s instead of WeChat's 30 min, so the campaign ends with every outcome settled.
          DELIVERY_GIVE_UP_MS: '20000',
          DELIVERY_POLL_INTERVAL_MS: '300',
          DELIVERY_RESEND_QUIET_MS: '1500',
          MEDIA_DIR: process.env.MEDIA_DIR,
          PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
          SANDBOX_URL: sandbox.url,
          WORKER_INTERVAL_MS: '300',
        },
      })
      printSummary(summary)
      expect(summary.deliveries).toBeGreaterThanOrEqual(DELIVERIES)
      expect(summary.duplicates).toEqual([])
      expect(summary.lost).toEqual([])
      expect(summary.unsettled).toEqual([])
      expect(summary.kills).toBeGreaterThan(0)
      // The campaign really hit the hard cases: lost answers became unknown outcomes, then were settled.
      expect(summary.unknownOutcomes).toBeGreaterThan(0)
      const applied = (name: string) =>
        Object.entries(summary.faultsApplied)
          .filter(([fault]) => fault.startsWith(name))
          .reduce((sum, [, n]) => sum + n, 0)
      for (const fault of [
        'drop_after_commit',
        'timeout',
        'http_500',
        'errcode 40001',
        'errcode -1',
        'errcode 45009',
        'errcode 10024',
        'errcode 20019',
        'publish_status 3',
      ])
        expect(applied(fault), fault).toBeGreaterThan(0)
      // Only content refused by the platform, a repeat-content refusal with no post behind it, or an
      // exhausted retry budget may keep a delivery from landing; almost all land.
      expect(summary.byState.delivered ?? 0).toBeGreaterThanOrEqual(Math.floor(summary.deliveries * 0.85))
    },
    20 * 60_000,
  )
})
