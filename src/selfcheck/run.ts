/**
 * One self-check run: read, judge, store, alert. A check that fails (a database error, the requests
 * collection not installed) leaves its open findings as they were rather than marking them resolved.
 */
import type { Payload } from 'payload'

import { parseLexicon } from '@/gate/lexicon'

import { sendAlerts } from './alerts'
import {
  channelFindings,
  columnFindings,
  consultationFindings,
  requestFindings,
  responseFindings,
  typoFindings,
} from './checks'
import { accountActivity, closedConsultations, openRequests, openResponses, publishedContent } from './gather'
import { linkFindings } from './links'
import { normalizeSettings } from './settings'
import { storeFindings, type StoreSummary } from './store'
import type { FindingDraft, FindingKind } from './types'

export type SelfCheckResult = StoreSummary & {
  alerts: { emails: number; findings: number }
  failed: string[]
  ranAt: string
}

// One run at a time per process: the nightly job and an admin's click share the run in progress.
let inProgress: Promise<SelfCheckResult> | null = null

export function runSelfCheck(payload: Payload, now = new Date()): Promise<SelfCheckResult> {
  if (!inProgress) {
    inProgress = runOnce(payload, now).finally(() => {
      inProgress = null
    })
  }
  return inProgress
}

async function runOnce(payload: Payload, now: Date): Promise<SelfCheckResult> {
  const settings = normalizeSettings(
    (await payload.findGlobal({ depth: 0, slug: 'self-check-settings' })) as unknown as Record<
      string,
      unknown
    >,
  )
  const lexicon = parseLexicon(await payload.findGlobal({ depth: 0, slug: 'preflight-lexicon' }))
  const drafts: FindingDraft[] = []
  const evaluated = new Set<FindingKind>()
  const failed: string[] = []

  async function check(kinds: FindingKind[], run: () => Promise<FindingDraft[] | null>) {
    try {
      const found = await run()
      if (found === null) return // the check does not apply to this installation
      drafts.push(...found)
      for (const kind of kinds) evaluated.add(kind)
    } catch (error) {
      failed.push(kinds.join(','))
      payload.logger.error({ err: error, msg: `self-check ${kinds.join(', ')} failed` })
    }
  }

  let content: Awaited<ReturnType<typeof publishedContent>> | undefined
  await check(['stale_column', 'blank_column', 'typo'], async () => {
    content = await publishedContent(payload)
    return [...columnFindings(content.items, settings, now), ...typoFindings(content.texts, lexicon.typos)]
  })
  if (content) {
    const links = content.links
    await check(['broken_link'], () => linkFindings(payload, links, settings.linkTimeoutMs))
  }
  await check(['response_overdue'], async () => responseFindings(await openResponses(payload, now), now))
  await check(['consultation_overdue'], async () =>
    consultationFindings(await closedConsultations(payload, now), settings, now),
  )
  await check(['request_overdue', 'request_due_soon'], async () => {
    const requests = await openRequests(payload)
    return requests && requestFindings(requests, settings, now)
  })
  await check(['channel_silent'], async () => channelFindings(await accountActivity(payload), settings, now))

  const stored = await storeFindings(payload, drafts, evaluated, now)
  const alerts = await sendAlerts(payload, now)
  return { ...stored, alerts, failed, ranAt: now.toISOString() }
}
