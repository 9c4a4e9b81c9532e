/**
 * The campaign's verdict: every delivery in our ledger compared with what the sandbox platforms hold.
 * A duplicate is a second live article or post for one item; a lost item is one the ledger and the
 * platform disagree about (delivered without a post, or a post the ledger does not know of).
 */
import type { Payload } from 'payload'

import type { Delivery } from '@/payload-types'

type SandboxState = {
  wechat: { articles: { articleId: string; items: { title: string }[] }[] }
  weibo: { posts: { idstr: string; text: string }[] }
  faultsApplied: Record<string, number>
}

export type Verdict = {
  deliveries: number
  byState: Record<string, number>
  byPlatform: Record<string, Record<string, number>>
  duplicates: string[]
  lost: string[]
  unsettled: string[]
  failureReasons: Record<string, number>
  faultsApplied: Record<string, number>
  unknownOutcomes: number
}

const count = (map: Record<string, number>, key: string) => {
  map[key] = (map[key] ?? 0) + 1
}

export async function verifyAgainstSandbox(
  payload: Payload,
  sandboxUrl: string,
  titles: Map<string, string>,
): Promise<Verdict> {
  const state = (await (
    await fetch(`${sandboxUrl}/__sandbox/state`, { cache: 'no-store' })
  ).json()) as SandboxState
  const { docs } = await payload.find({ collection: 'deliveries', depth: 0, limit: 0, pagination: false })
  const deliveries = (docs as Delivery[]).filter((row) => titles.has(row.itemKey))
  const verdict: Verdict = {
    byPlatform: {},
    byState: {},
    deliveries: deliveries.length,
    duplicates: [],
    failureReasons: {},
    faultsApplied: {},
    lost: [],
    unknownOutcomes: 0,
    unsettled: [],
  }
  for (const row of deliveries) {
    const title = titles.get(row.itemKey)!
    const platform = row.platform ?? 'unknown'
    count(verdict.byState, row.state)
    count((verdict.byPlatform[platform] ??= {}), row.state)
    if (['queued', 'sending', 'awaiting_platform'].includes(row.state)) verdict.unsettled.push(title)
    if (row.state === 'failed' || row.state === 'unconfirmed')
      count(verdict.failureReasons, `${row.platform} ${row.state}: ${(row.lastError ?? '').slice(0, 48)}`)
    let onPlatform: string[]
    if (row.platform === 'wechat') {
      onPlatform = state.wechat.articles
        .filter((article) => article.items.some((item) => item.title === title))
        .map((article) => article.articleId)
    } else if (row.platform === 'weibo') {
      onPlatform = state.weibo.posts.filter((post) => post.text.includes(title)).map((post) => post.idstr)
    } else {
      const item = await payload.findByID({
        collection: 'disclosures',
        depth: 0,
        id: row.itemKey.split(':')[1]!,
      })
      onPlatform = item._status === 'published' ? [String(item.id)] : []
    }
    const where = `${row.platform} ${title}`
    if (onPlatform.length > 1) verdict.duplicates.push(`${where}: ${onPlatform.length} copies`)
    if (row.state === 'delivered') {
      const matches = row.platform === 'website' || onPlatform.includes(String(row.externalId))
      if (!onPlatform.length || !matches) verdict.lost.push(`${where}: delivered, but not on the platform`)
    } else if (onPlatform.length) {
      verdict.lost.push(`${where}: on the platform, but the ledger says ${row.state}`)
    }
  }
  verdict.faultsApplied = state.faultsApplied
  const unknown = await payload.count({
    collection: 'audit-events',
    where: {
      and: [{ action: { equals: 'delivery_state_changed' } }, { summary: { contains: '→ unconfirmed' } }],
    },
  })
  verdict.unknownOutcomes = unknown.totalDocs
  return verdict
}
