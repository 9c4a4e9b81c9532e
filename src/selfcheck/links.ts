/**
 * 错链断链: every link in published content, external ones requested over HTTP (the pre-flight's own
 * checker, HEAD then GET, with a timeout), internal ones looked up in the database. Only links that
 * certainly lead nowhere are findings; an unconfirmed one (timeout, 5xx) is not, or a slow foreign
 * server would raise and clear an alert every night.
 */
import type { Payload } from 'payload'

import { checkLinks } from '@/lib/preflight/links'
import { fieldLabel } from '@/lib/preflight/types'

import type { PublishedContent } from './gather'
import { isPublished } from './gather'
import { adminLink, type FindingDraft } from './types'

const CONCURRENCY = 4

async function inParallel<T>(items: T[], task: (item: T) => Promise<void>) {
  let next = 0
  const worker = async () => {
    while (next < items.length) await task(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker))
}

/** The reason an address is certainly broken, or undefined when it opens (or cannot be judged). */
async function brokenReasons(urls: string[], timeoutMs: number): Promise<Map<string, string>> {
  const reasons = new Map<string, string>()
  await inParallel(urls, async (url) => {
    const [finding] = await checkLinks([{ field: 'link', label: '', url }], { concurrency: 1, timeoutMs })
    if (finding && finding.severity === 'blocking') reasons.set(url, finding.message)
  })
  return reasons
}

export async function linkFindings(
  payload: Payload,
  content: PublishedContent['links'],
  timeoutMs: number,
): Promise<FindingDraft[]> {
  const urls = [...new Set(content.flatMap((item) => item.links.flatMap((l) => (l.internal ? [] : [l.url]))))]
  const broken = await brokenReasons(urls, timeoutMs)
  const internalState = new Map<string, boolean>()
  const findings: FindingDraft[] = []
  for (const item of content) {
    for (const link of item.links) {
      let reason: string | undefined
      let key: string
      if (link.internal) {
        key = `${link.internal.relationTo}/${link.internal.id}`
        if (!internalState.has(key)) {
          internalState.set(key, await isPublished(payload, link.internal.relationTo, link.internal.id))
        }
        if (!internalState.get(key)) reason = '站内链接指向的稿件不存在或尚未发布'
      } else {
        key = link.url
        reason = broken.get(link.url)
      }
      if (!reason) continue
      const fingerprint = `broken_link:${item.collection}:${item.id}:${link.field}:${key}`
      if (findings.some((f) => f.fingerprint === fingerprint)) continue
      findings.push({
        fingerprint,
        kind: 'broken_link',
        link: adminLink(item.collection, item.id),
        message: `已发布的《${item.title}》${fieldLabel(link.field)}中${reason}`,
        severity: 'high',
        target: `${item.collection}:${item.id}`,
        unit: item.unit,
      })
    }
  }
  return findings
}
