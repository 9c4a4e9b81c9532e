/**
 * The fault campaign: many approved deliveries worked off by real worker processes against the platform
 * sandbox while faults are injected into the platform calls and workers are killed with SIGKILL at
 * random moments. Time is compressed, not faked: waits the engine booked (backoff, quota windows) are
 * brought forward, but each adapter still judges quiet periods by the real clock. At the end the ledger
 * is compared with the sandbox's records (verify.ts).
 */
import type { Payload } from 'payload'
import sharp from 'sharp'

import { submitForReview } from '@/gate/submit'
import { recoverStalledJobs, requeueOrphanedDeliveries } from '@/jobs/recoverStalledJobs'
import type { User } from '@/payload-types'

import { requestAs, signAllStages } from '../seed/gateFlow'
import { seeded } from '../../channels/sandbox/faults'
import { faultPlan } from './plan'
import { verifyAgainstSandbox, type Verdict } from './verify'
import { startWorkers } from './workers'

export type CampaignOptions = {
  deliveries: number
  sandboxUrl: string
  /** Seeds the fault draws and the kill schedule: the same seed replays the same campaign. */
  seed?: number
  workers?: number
  /** A random worker is SIGKILLed every this many ms (uniformly between the two bounds). */
  killEveryMs?: [number, number]
  /** How long a running job may look stalled before it is handed back (kept above a platform call). */
  stalledAfterMs?: number
  /** At most this many SIGKILLs (default: one per ten deliveries, at least three). */
  maxKills?: number
  /** Gives up waiting for the ledger to settle after this long. */
  deadlineMs?: number
  /** Environment for the worker processes (database, secrets, media directory). */
  workerEnv?: Record<string, string | undefined>
  log?: (line: string) => void
}

export type CampaignSummary = Verdict & { durationMs: number; kills: number; workerStarts: number }

const CHANNEL_NAMES = ['宣城市公安局门户网站', '宣城公安（微信公众号）', '宣城公安（政务微博）']
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function control(sandboxUrl: string, path: string, body: unknown) {
  const reply = await fetch(`${sandboxUrl}/__sandbox/${path}`, {
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json' },
    method: 'POST',
  })
  if (!reply.ok) throw new Error(`sandbox ${path}: ${reply.status} ${await reply.text()}`)
}

async function patiently<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work()
    } catch (error) {
      if (attempt >= 5 || !String((error as Error)?.message).includes('SQLITE_BUSY')) throw error
      await sleep(attempt * 1_000)
    }
  }
}

/** No platform quota stands in the way: the campaign is about faults, and quotas have their own tests. */
async function openTheGates(payload: Payload, sandboxUrl: string, accounts: (number | string)[]) {
  const high = {
    wechatDraftsPerDay: 1e6,
    wechatPublishesPerDay: 1e6,
    wechatStatusChecksPerDay: 1e6,
    weiboPostsPerHour: 1e6,
  }
  for (const id of accounts) await payload.update({ collection: 'channel-accounts', data: high, id })
  const unlimited = {
    'draft/add': null,
    'freepublish/delete': null,
    'freepublish/get': null,
    'freepublish/submit': null,
  }
  await control(sandboxUrl, 'accounts', {
    wechat: [{ appid: 'wx_sandbox_xcga', quotas: unlimited }],
    weibo: [{ postsPerHour: 1e6, requestsPerHour: 1e6, token: 'sandbox-xcga-weibo' }],
  })
}

/** Brings forward every delivery job that is waiting (backoff, quota windows, polls). */
async function compressTime(payload: Payload) {
  const now = new Date()
  await payload.update({
    collection: 'payload-jobs',
    data: { waitUntil: now.toISOString() },
    where: {
      and: [
        { queue: { equals: 'deliveries' } },
        { processing: { equals: false } },
        { waitUntil: { greater_than: new Date(now.getTime() + 500).toISOString() } },
      ],
    },
  })
}

async function unsettled(payload: Payload): Promise<number> {
  const moving = await payload.count({
    collection: 'deliveries',
    where: { state: { in: ['queued', 'sending', 'awaiting_platform'] } },
  })
  const jobs = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { equals: 'deliveries' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
  })
  return moving.totalDocs + jobs.totalDocs
}

export async function runFaultCampaign(payload: Payload, options: CampaignOptions): Promise<CampaignSummary> {
  const started = Date.now()
  const seed = options.seed ?? 1
  const random = seeded(seed)
  const log = options.log ?? (() => undefined)
  const [killMin, killMax] = options.killEveryMs ?? [3_000, 9_000]
  // Platform calls against the local sandbox end within seconds (its timeout fault holds 0.8 s), so a
  // job idle for 20 s has lost its worker.
  const stalledAfterMs = options.stalledAfterMs ?? 20_000
  // Enough kills to land in every kind of step, few enough that the work still converges.
  const maxKills = options.maxKills ?? Math.max(3, Math.ceil(options.deliveries / 10))

  const accounts: (number | string)[] = []
  for (const name of CHANNEL_NAMES) {
    const found = await payload.find({
      collection: 'channel-accounts',
      limit: 1,
      where: { name: { equals: name } },
    })
    if (!found.docs[0]) throw new Error(`the demo channel account ${name} is missing: seed first`)
    accounts.push(found.docs[0].id)
  }
  await openTheGates(payload, options.sandboxUrl, accounts)
  await control(options.sandboxUrl, 'faults', faultPlan(seed))
  const editor = (
    await payload.find({
      collection: 'users',
      limit: 1,
      where: { email: { equals: 'editor.xzfj@yangguang.example' } },
    })
  ).docs[0] as User
  const editorReq = await requestAs(payload, editor)
  const png = await sharp({ create: { background: '#c0392b', channels: 3, height: 383, width: 900 } })
    .png()
    .toBuffer()
  const cover = await payload.create({
    collection: 'media',
    data: { alt: '演练封面' },
    file: { data: png, mimetype: 'image/png', name: 'drill-cover.png', size: png.length },
  })

  // SQLite has one writer at a time across processes: there the items are approved first and one worker
  // process runs (several processes queueing on one file is not how Yangguang is deployed). PostgreSQL
  // gets concurrent approvals and several workers, as in production.
  const sqlite = payload.db.name === 'sqlite'
  const workers = sqlite ? 1 : (options.workers ?? 2)
  let running = true
  let chaos: Promise<void> = Promise.resolve()
  let upkeep: Promise<void> = Promise.resolve()
  const launch = () => {
    const pool = startWorkers(
      workers,
      { ...options.workerEnv, STALLED_AFTER_MS: String(stalledAfterMs) },
      log,
    )
    chaos = (async () => {
      while (running) {
        await sleep(killMin + random() * (killMax - killMin))
        if (running && pool.kills < maxKills && pool.killOne(random)) log(`kill -9 #${pool.kills}`)
      }
    })()
    upkeep = (async () => {
      while (running) {
        await sleep(1_000)
        await recoverStalledJobs(payload, new Date(), stalledAfterMs).catch(() => undefined)
        await requeueOrphanedDeliveries(payload, new Date(), stalledAfterMs).catch(() => undefined)
        await compressTime(payload).catch(() => undefined)
      }
    })()
    return pool
  }
  let pool: ReturnType<typeof startWorkers> | undefined = sqlite ? undefined : launch()

  const titles = new Map<string, string>()
  const items = Math.ceil(options.deliveries / accounts.length)
  for (let i = 0; i < items; i++) {
    const title = `演练通告${String(i + 1).padStart(4, '0')}号（第${seed}轮）`
    const body = {
      root: {
        children: [
          { children: [{ text: `${title}正文。`, type: 'text', version: 1 }], type: 'paragraph', version: 1 },
        ],
        type: 'root',
        version: 1,
      },
    }
    const draft = await payload.create({
      collection: 'disclosures',
      data: {
        body,
        coverImage: cover.id,
        disclosureMode: 'proactive',
        formedOn: new Date().toISOString(),
        docType: 'notice',
        openness: 'service',
        title,
        topic: 'household',
      } as never,
      draft: true,
      overrideAccess: false,
      req: editorReq,
    })
    titles.set(`disclosures:${draft.id}`, title)
    // Three processes share a SQLite file here: a write that waited out the busy timeout is tried again.
    const { tickets } = await patiently(() =>
      submitForReview(editorReq, 'disclosures', draft.id, { channels: accounts }),
    )
    for (const ticket of tickets) await patiently(() => signAllStages(payload, ticket.id))
    if ((i + 1) % 10 === 0) log(`approved ${i + 1}/${items} items (${(i + 1) * accounts.length} deliveries)`)
  }

  if (!pool) pool = launch()

  const deadline = Date.now() + (options.deadlineMs ?? 15 * 60_000)
  for (;;) {
    const left = await unsettled(payload)
    if (left === 0 || Date.now() > deadline) break
    log(`waiting for ${left} deliveries and jobs to settle…`)
    await sleep(2_000)
  }
  running = false
  await Promise.all([chaos, upkeep])
  await pool.stop()
  const verdict = await verifyAgainstSandbox(payload, options.sandboxUrl, titles)
  return { ...verdict, durationMs: Date.now() - started, kills: pool.kills, workerStarts: pool.started }
}

export function printSummary(summary: CampaignSummary, print: (line: string) => void = console.log) {
  print(`\nFault campaign: ${summary.deliveries} deliveries in ${(summary.durationMs / 1000).toFixed(0)} s`)
  print(`  workers started ${summary.workerStarts}, killed with SIGKILL ${summary.kills}`)
  for (const [platform, states] of Object.entries(summary.byPlatform))
    print(
      `  ${platform.padEnd(8)} ${Object.entries(states)
        .map(([state, n]) => `${state} ${n}`)
        .join(', ')}`,
    )
  print(
    `  unknown outcomes met (→ unconfirmed): ${summary.unknownOutcomes}, still unsettled: ${summary.unsettled.length}`,
  )
  print(`  duplicate posts: ${summary.duplicates.length}   lost items: ${summary.lost.length}`)
  for (const line of [...summary.duplicates, ...summary.lost]) print(`    ! ${line}`)
  const injected = Object.values(summary.faultsApplied).reduce((sum, n) => sum + n, 0)
  print(`  faults injected: ${injected}`)
  for (const [fault, n] of Object.entries(summary.faultsApplied))
    if (n) print(`    ${String(n).padStart(4)} × ${fault}`)
  if (Object.keys(summary.failureReasons).length) print('  not delivered, with the ledger’s reason:')
  for (const [reason, n] of Object.entries(summary.failureReasons))
    print(`    ${String(n).padStart(4)} × ${reason}`)
}
