/**
 * 工作台: what needs attention, gathered for one person with their own access rules — an admin sees
 * the bureau, anyone else their unit. Shared by GET /api/dashboard and the admin home page.
 */
import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { reviewQueue } from '@/gate/queue'
import { CONTENT_COLLECTIONS } from '@/gate/vocabulary'
import { idOf, isAdminUser } from '@/lib/roles'
import { toChinaDate } from '@/lib/statutoryClocks'
import { REQUESTS } from '@/selfcheck/gather'
import { normalizeSettings } from '@/selfcheck/settings'
import { adminLink, type Id } from '@/selfcheck/types'

const DAY_MS = 86_400_000
const LIST_LIMIT = 20
const CHART_MONTHS = 6

type Doc = Record<string, unknown> & { id: Id }

export type DeadlineEntry = {
  collection: string
  dueAt: string
  href: string
  id: Id
  kind: string
  overdue: boolean
  title: string
}

export type Dashboard = {
  admin: boolean
  chart: {
    months: string[]
    series: { href: string; publications: number[]; responseHours: (null | number)[]; unit: string }[]
  }
  channels: {
    failures: number
    filingStatus: string
    href: string
    id: Id
    lastDeliveredAt: null | string
    name: string
    platform: string
    unconfirmed: number
  }[]
  deadlines: { dueThisWeek: DeadlineEntry[]; overdue: DeadlineEntry[] }
  deliveries: { href: string; id: Id; lastError: string; platform: string; state: string; title: string }[]
  findings: {
    /** Blank columns are counted, not listed: a new site has dozens, and they would hide the rest. */
    blankColumns: number
    counts: { high: number; low: number; medium: number }
    items: { href: string; id: Id; kind: string; message: string; severity: string; targetHref: string }[]
  }
  reviewQueue: { href: string; id: Id; stage: string; submittedAt: string; title: string }[]
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')

/** The caller's unit filter: none for admins. */
function scoped(req: PayloadRequest, where: Where, field = 'unit'): Where {
  if (isAdminUser(req.user)) return where
  const own: Where = { [field]: { equals: idOf(req.user?.unit) ?? -1 } }
  return Object.keys(where).length ? { and: [where, own] } : own
}

async function findAll(
  req: PayloadRequest,
  collection: CollectionSlug,
  where: Where,
  limit = 500,
  draft = true,
) {
  const found = await req.payload.find({
    collection,
    depth: 0,
    draft,
    limit,
    overrideAccess: false,
    req,
    where,
  })
  return found.docs as unknown as Doc[]
}

type Clock = { collection: CollectionSlug; done: string; due: string; kind: string; shiftDays?: number }

async function deadlines(req: PayloadRequest, now: Date, feedbackDays: number) {
  const weekEnd = new Date(now.getTime() + 7 * DAY_MS)
  const clocks: Clock[] = [
    { collection: 'disclosures', done: 'firstPublishedAt', due: 'dueAt', kind: '主动公开' },
    { collection: 'responses', done: 'respondedAt', due: 'dueAt', kind: '回应关切' },
    // A consultation owes its 采纳情况 some days after it closes.
    {
      collection: 'consultations',
      done: 'resultPublishedAt',
      due: 'closesAt',
      kind: '征求意见反馈',
      shiftDays: feedbackDays,
    },
  ]
  if (REQUESTS in req.payload.collections) {
    clocks.push({
      collection: REQUESTS as CollectionSlug,
      done: 'repliedOn',
      due: 'deadline',
      kind: '依申请公开',
    })
  }
  const entries: DeadlineEntry[] = []
  for (const { collection, done, due, kind, shiftDays = 0 } of clocks) {
    const until = new Date(weekEnd.getTime() - shiftDays * DAY_MS).toISOString()
    const docs = await findAll(
      req,
      collection,
      scoped(req, { and: [{ [due]: { less_than_equal: until } }, { [done]: { exists: false } }] }),
    )
    for (const doc of docs) {
      const dueAt = new Date(new Date(text(doc[due])).getTime() + shiftDays * DAY_MS)
      entries.push({
        collection,
        dueAt: dueAt.toISOString(),
        href: adminLink(collection, doc.id),
        id: doc.id,
        kind,
        overdue: dueAt < now,
        title: text(doc.title) || text(doc.subject) || String(doc.id),
      })
    }
  }
  entries.sort((a, b) => a.dueAt.localeCompare(b.dueAt))
  return {
    dueThisWeek: entries.filter((e) => !e.overdue).slice(0, LIST_LIMIT),
    overdue: entries.filter((e) => e.overdue).slice(0, LIST_LIMIT),
  }
}

async function channels(req: PayloadRequest, now: Date) {
  const accounts = await findAll(req, 'channel-accounts', scoped(req, {}, 'owningUnit'), 100)
  const since = new Date(now.getTime() - 30 * DAY_MS).toISOString()
  const count = async (channel: Id, state: string, after?: string) =>
    (
      await req.payload.count({
        collection: 'deliveries',
        where: {
          and: [
            { channel: { equals: channel } },
            { state: { equals: state } },
            ...(after ? [{ queuedAt: { greater_than: after } }] : []),
          ],
        },
      })
    ).totalDocs
  return Promise.all(
    accounts.map(async (account) => {
      const last = await req.payload.find({
        collection: 'deliveries',
        depth: 0,
        limit: 1,
        sort: '-deliveredAt',
        where: { and: [{ channel: { equals: account.id } }, { state: { equals: 'delivered' } }] },
      })
      return {
        failures: await count(account.id, 'failed', since),
        filingStatus: text(account.filingStatus),
        href: adminLink('channel-accounts', account.id),
        id: account.id,
        lastDeliveredAt: (last.docs[0]?.deliveredAt as null | string | undefined) ?? null,
        name: text(account.name),
        platform: text(account.platform),
        unconfirmed: await count(account.id, 'unconfirmed'),
      }
    }),
  )
}

/** Month keys (China time) of the last CHART_MONTHS months, oldest first. */
export function lastMonths(now: Date, count = CHART_MONTHS): string[] {
  const [year, month] = toChinaDate(now).split('-').map(Number)
  return Array.from({ length: count }, (_, i) => {
    const m = year * 12 + (month - 1) - (count - 1 - i)
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`
  })
}

async function chart(req: PayloadRequest, now: Date): Promise<Dashboard['chart']> {
  const months = lastMonths(now)
  const start = new Date(`${months[0]}-01T00:00:00+08:00`).toISOString()
  const units = new Map<string, { name: string; publications: number[]; hours: number[][] }>()
  const unitNames = new Map(
    (await req.payload.find({ collection: 'units', depth: 0, pagination: false })).docs.map((u) => [
      String(u.id),
      u.name,
    ]),
  )
  const row = (unit: unknown) => {
    const key = String(idOf(unit) ?? '')
    if (!units.has(key)) {
      units.set(key, {
        hours: months.map(() => []),
        name: unitNames.get(key) ?? '未指定单位',
        publications: months.map(() => 0),
      })
    }
    return units.get(key)!
  }
  const monthIndex = (at: unknown) => months.indexOf(toChinaDate(text(at)).slice(0, 7))
  // Consultations carry no first-publication date: their opening is what the public sees.
  for (const collection of CONTENT_COLLECTIONS) {
    const field = collection === 'consultations' ? 'opensAt' : 'firstPublishedAt'
    const where: Where = {
      and: [{ [field]: { greater_than_equal: start } }, { _status: { equals: 'published' } }],
    }
    const docs = await findAll(req, collection, scoped(req, where), 5000, false)
    for (const doc of docs) {
      const index = monthIndex(doc[field])
      if (index >= 0) row(doc.unit).publications[index]++
    }
  }
  const answered = await findAll(
    req,
    'responses',
    scoped(req, { respondedAt: { greater_than_equal: start } }),
    5000,
  )
  for (const doc of answered) {
    const index = monthIndex(doc.respondedAt)
    const hours = (Date.parse(text(doc.respondedAt)) - Date.parse(text(doc.receivedAt))) / 3_600_000
    if (index >= 0 && Number.isFinite(hours)) row(doc.unit).hours[index].push(hours)
  }
  const series = [...units].map(([key, { hours, name, publications }]) => ({
    href: key
      ? `/admin/collections/disclosures?where[unit][equals]=${key}`
      : '/admin/collections/disclosures',
    publications,
    responseHours: hours.map((h) =>
      h.length ? Math.round((h.reduce((a, b) => a + b, 0) / h.length) * 10) / 10 : null,
    ),
    unit: name,
  }))
  series.sort((a, b) => a.unit.localeCompare(b.unit, 'zh-Hans-CN'))
  return { months, series }
}

export async function gatherDashboard(req: PayloadRequest, now = new Date()): Promise<Dashboard> {
  const settings = normalizeSettings(
    (await req.payload.findGlobal({ depth: 0, slug: 'self-check-settings' })) as unknown as Record<
      string,
      unknown
    >,
  )
  const queue = await reviewQueue(req, 0)
  const deliveries = await findAll(
    req,
    'deliveries',
    { state: { in: ['failed', 'unconfirmed'] } },
    LIST_LIMIT,
  )
  const open = await findAll(req, 'self-check-findings', { state: { equals: 'open' } }, 1000)
  const rank: Record<string, number> = { high: 0, low: 2, medium: 1 }
  const counts = { high: 0, low: 0, medium: 0 }
  for (const f of open) counts[f.severity as keyof typeof counts]++
  return {
    admin: isAdminUser(req.user),
    chart: await chart(req, now),
    channels: await channels(req, now),
    deadlines: await deadlines(req, now, settings.consultationFeedbackDays),
    deliveries: deliveries.map((d) => ({
      href: adminLink('deliveries', d.id),
      id: d.id,
      lastError: text(d.lastError),
      platform: text(d.platform),
      state: text(d.state),
      title: text(d.itemTitle),
    })),
    findings: {
      blankColumns: open.filter((f) => f.kind === 'blank_column').length,
      counts,
      items: open
        .filter((f) => f.kind !== 'blank_column')
        .sort(
          (a, b) =>
            rank[text(a.severity)] - rank[text(b.severity)] ||
            text(b.firstSeenAt).localeCompare(text(a.firstSeenAt)),
        )
        .slice(0, LIST_LIMIT)
        .map((f) => ({
          href: adminLink('self-check-findings', f.id),
          id: f.id,
          kind: text(f.kind),
          message: text(f.message),
          severity: text(f.severity),
          targetHref: text(f.link) || adminLink('self-check-findings', f.id),
        })),
    },
    reviewQueue: queue.map((ticket) => ({
      href: adminLink('reviews', ticket.id),
      id: ticket.id,
      stage: text(ticket.currentStageName),
      submittedAt: text(ticket.submittedAt),
      title: text(ticket.itemTitle),
    })),
  }
}
