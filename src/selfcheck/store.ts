/**
 * Keeps the findings collection in step with a run: a finding seen again keeps its first-seen date
 * and its alert; one seen for the first time (or again after it was resolved) starts afresh; an open
 * finding this run did not see is resolved — unless its check could not run this time.
 */
import type { Payload } from 'payload'

import type { FindingDraft, FindingKind } from './types'

export type StoreSummary = { opened: number; resolved: number; seen: number }

export async function storeFindings(
  payload: Payload,
  drafts: FindingDraft[],
  evaluated: Set<FindingKind>,
  now: Date,
): Promise<StoreSummary> {
  const at = now.toISOString()
  const summary: StoreSummary = { opened: 0, resolved: 0, seen: drafts.length }
  const seen = new Set<string>()
  for (const draft of drafts) {
    if (seen.has(draft.fingerprint)) continue
    seen.add(draft.fingerprint)
    const fields = {
      kind: draft.kind,
      link: draft.link,
      message: draft.message,
      severity: draft.severity,
      target: draft.target,
      unit: draft.unit as number,
    }
    const existing = await payload.find({
      collection: 'self-check-findings',
      depth: 0,
      limit: 1,
      where: { fingerprint: { equals: draft.fingerprint } },
    })
    const found = existing.docs[0]
    if (found && found.state === 'open') {
      await payload.update({
        collection: 'self-check-findings',
        data: { ...fields, lastSeenAt: at },
        depth: 0,
        id: found.id,
      })
    } else if (found) {
      // Back after being fixed: a new occurrence, reported (and alerted) as new.
      await payload.update({
        collection: 'self-check-findings',
        data: {
          ...fields,
          alertedAt: null,
          alertedTo: null,
          firstSeenAt: at,
          lastSeenAt: at,
          resolvedAt: null,
          state: 'open',
        },
        depth: 0,
        id: found.id,
      })
      summary.opened++
    } else {
      await payload.create({
        collection: 'self-check-findings',
        data: { ...fields, fingerprint: draft.fingerprint, firstSeenAt: at, lastSeenAt: at, state: 'open' },
        depth: 0,
      })
      summary.opened++
    }
  }
  const open = await payload.find({
    collection: 'self-check-findings',
    depth: 0,
    pagination: false,
    where: { state: { equals: 'open' } },
  })
  for (const finding of open.docs) {
    if (seen.has(finding.fingerprint) || !evaluated.has(finding.kind as FindingKind)) continue
    await payload.update({
      collection: 'self-check-findings',
      data: { resolvedAt: at, state: 'resolved' },
      depth: 0,
      id: finding.id,
    })
    summary.resolved++
  }
  return summary
}
