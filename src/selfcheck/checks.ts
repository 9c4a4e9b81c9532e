/**
 * The inspection indicators as pure functions: given what the database holds and the moment of the
 * run, the findings. Nothing here reads the database or the clock, so each rule is tested on its own.
 */
import { RECEIVING_FILING_STATUSES } from '@/gate/vocabulary'
import { checkWords, type TextPart, type Typo } from '@/lib/preflight/wordLists'
import { addWorkingDays, formatDeadlineZh, toChinaDate } from '@/lib/statutoryClocks'

import { CATALOGUE_NODES } from './catalogue'
import type { SelfCheckSettings } from './settings'
import { adminLink, type FindingDraft, type Id } from './types'

const DAY_MS = 86_400_000

const daysBetween = (from: Date | string, to: Date) =>
  Math.floor((to.getTime() - new Date(from).getTime()) / DAY_MS)

export type PublishedItem = {
  collection: string
  id: Id
  title: string
  unit: Id | null
  nodes: string[]
  publishedAt: string
}

const columnLink = (key: string) => {
  const [field, value] = key.split('__')
  return `/admin/collections/disclosures?where[${field}][equals]=${encodeURIComponent(value)}`
}

/** 空白栏目 and 栏目不更新: every monitored node against its newest published item. */
export function columnFindings(
  items: PublishedItem[],
  settings: SelfCheckSettings,
  now: Date,
): FindingDraft[] {
  const ignored = new Set(settings.ignoredColumns)
  const news = new Set(settings.newsColumns)
  const newest = new Map<string, PublishedItem>()
  for (const item of items) {
    for (const key of item.nodes) {
      const seen = newest.get(key)
      if (!seen || seen.publishedAt < item.publishedAt) newest.set(key, item)
    }
  }
  return CATALOGUE_NODES.flatMap(({ key, label }): FindingDraft[] => {
    if (ignored.has(key)) return []
    const latest = newest.get(key)
    if (!latest) {
      return [
        {
          fingerprint: `blank_column:${key}`,
          kind: 'blank_column',
          link: columnLink(key),
          message: `栏目“${label}”没有任何已发布的信息（空白栏目）。请发布内容，或在自查设置中将其列为不检查的栏目。`,
          severity: 'high',
          target: key,
          unit: null,
        },
      ]
    }
    const limit = news.has(key) ? settings.newsMaxAgeDays : settings.otherMaxAgeDays
    const age = daysBetween(latest.publishedAt, now)
    if (age <= limit) return []
    const rule = news.has(key) ? `动态类栏目须 ${limit} 天内更新` : `其他栏目须 ${limit} 天内更新`
    return [
      {
        fingerprint: `stale_column:${key}`,
        kind: 'stale_column',
        link: columnLink(key),
        message: `栏目“${label}”已 ${age} 天未更新（最近一条：${toChinaDate(latest.publishedAt)}《${latest.title}》），${rule}。`,
        severity: age > 2 * limit ? 'high' : 'medium',
        target: key,
        unit: latest.unit,
      },
    ]
  })
}

export type ItemText = {
  collection: string
  id: Id
  title: string
  unit: Id | null
  texts: TextPart[]
}

/** 错别字: the admins' typo list in published content, one finding per item and field. */
export function typoFindings(items: ItemText[], typos: Typo[]): FindingDraft[] {
  if (!typos.length) return []
  return items.flatMap((item) => {
    const byField = new Map<string, string[]>()
    for (const finding of checkWords(item.texts, { sensitive: [], typos })) {
      if (finding.code !== 'typo') continue
      const field = finding.field ?? ''
      byField.set(field, [...(byField.get(field) ?? []), finding.message])
    }
    return [...byField].map(([field, messages]) => ({
      fingerprint: `typo:${item.collection}:${item.id}:${field}`,
      kind: 'typo' as const,
      link: adminLink(item.collection, item.id),
      message: `已发布的《${item.title}》${messages.join('；')}。`,
      severity: 'medium' as const,
      target: `${item.collection}:${item.id}`,
      unit: item.unit,
    }))
  })
}

export type OpenResponse = {
  id: Id
  title: string
  unit: Id | null
  dueAt: string | null
  respondedAt?: string | null
}

/** 回应关切 past its statutory hours with no response recorded. */
export function responseFindings(responses: OpenResponse[], now: Date): FindingDraft[] {
  return responses.flatMap((r): FindingDraft[] => {
    if (!r.dueAt || r.respondedAt || new Date(r.dueAt) >= now) return []
    return [
      {
        fingerprint: `response_overdue:responses:${r.id}`,
        kind: 'response_overdue',
        link: adminLink('responses', r.id),
        message: `回应关切《${r.title}》已超过回应时限（${formatDeadlineZh(r.dueAt)}）仍未回应。`,
        severity: 'high',
        target: `responses:${r.id}`,
        unit: r.unit,
      },
    ]
  })
}

export type ClosedConsultation = {
  id: Id
  title: string
  unit: Id | null
  closesAt: string | null
  resultPublishedAt?: string | null
}

/** 征求意见 closed for longer than the feedback period without its 采纳情况 published. */
export function consultationFindings(
  consultations: ClosedConsultation[],
  settings: SelfCheckSettings,
  now: Date,
): FindingDraft[] {
  return consultations.flatMap((c): FindingDraft[] => {
    if (!c.closesAt || c.resultPublishedAt) return []
    const due = new Date(new Date(c.closesAt).getTime() + settings.consultationFeedbackDays * DAY_MS)
    if (due >= now) return []
    return [
      {
        fingerprint: `consultation_overdue:consultations:${c.id}`,
        kind: 'consultation_overdue',
        link: adminLink('consultations', c.id),
        message: `征求意见《${c.title}》已于 ${toChinaDate(c.closesAt)} 结束，超过 ${settings.consultationFeedbackDays} 天仍未公布采纳情况。`,
        severity: 'medium',
        target: `consultations:${c.id}`,
        unit: c.unit,
      },
    ]
  })
}

export type OpenRequest = {
  id: Id
  subject: string
  unit: Id | null
  deadline: string | null
  repliedOn?: string | null
}

/** 依申请公开 not yet answered: overdue, or due within the warning period (working days). */
export function requestFindings(
  requests: OpenRequest[],
  settings: SelfCheckSettings,
  now: Date,
): FindingDraft[] {
  const warnUntil = addWorkingDays(now, Math.max(1, Math.floor(settings.requestWarningWorkingDays)))
  return requests.flatMap((r): FindingDraft[] => {
    if (!r.deadline || r.repliedOn) return []
    const deadline = new Date(r.deadline)
    const base = {
      link: adminLink('disclosure-requests', r.id),
      target: `disclosure-requests:${r.id}`,
      unit: r.unit,
    }
    if (deadline < now) {
      return [
        {
          ...base,
          fingerprint: `request_overdue:disclosure-requests:${r.id}`,
          kind: 'request_overdue',
          message: `政府信息公开申请“${r.subject}”已超过答复期限（${formatDeadlineZh(deadline)}）仍未答复。`,
          severity: 'high',
        },
      ]
    }
    if (deadline > warnUntil) return []
    return [
      {
        ...base,
        fingerprint: `request_due_soon:disclosure-requests:${r.id}`,
        kind: 'request_due_soon',
        message: `政府信息公开申请“${r.subject}”将于 ${formatDeadlineZh(deadline)} 到期，请及时答复。`,
        severity: 'medium',
      },
    ]
  })
}

export type AccountActivity = {
  id: Id
  name: string
  owningUnit: Id | null
  filingStatus: string
  createdAt: string
  lastDeliveredAt: string | null
}

const LIVE_FILINGS = new Set(RECEIVING_FILING_STATUSES)

/** 两微一端 accounts that published nothing for the silence period (closed accounts are exempt). */
export function channelFindings(
  accounts: AccountActivity[],
  settings: SelfCheckSettings,
  now: Date,
): FindingDraft[] {
  return accounts.flatMap((a): FindingDraft[] => {
    if (!LIVE_FILINGS.has(a.filingStatus)) return []
    const since = a.lastDeliveredAt ?? a.createdAt
    const idle = daysBetween(since, now)
    if (idle <= settings.channelSilenceDays) return []
    const last = a.lastDeliveredAt ? `最近一次送达：${toChinaDate(a.lastDeliveredAt)}` : '从未成功送达'
    return [
      {
        fingerprint: `channel_silent:channel-accounts:${a.id}`,
        kind: 'channel_silent',
        link: adminLink('channel-accounts', a.id),
        message: `渠道账号“${a.name}”已 ${idle} 天没有更新（${last}），超过 ${settings.channelSilenceDays} 天。`,
        severity: 'medium',
        target: `channel-accounts:${a.id}`,
        unit: a.owningUnit,
      },
    ]
  })
}
