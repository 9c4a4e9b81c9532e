/**
 * Reads what the checks judge. Read-only and outside any transaction: link checks take seconds and must
 * not hold a write lock. Content is read page by page so a large site does not sit in memory at once.
 */
import type { CollectionSlug, Payload, Where } from 'payload'

import { collectText, type Links, type Texts } from '@/gate/preflight'
import { CONTENT_COLLECTIONS } from '@/gate/vocabulary'
import { idOf } from '@/lib/roles'

import { nodesOf } from './catalogue'
import type {
  AccountActivity,
  ClosedConsultation,
  ItemText,
  OpenRequest,
  OpenResponse,
  PublishedItem,
} from './checks'
import type { Id } from './types'

const PAGE = 200

type Doc = Record<string, unknown> & { id: Id }

async function* everyDoc(payload: Payload, collection: CollectionSlug, where: Where, draft = false) {
  for (let page = 1; ; page++) {
    const found = await payload.find({ collection, depth: 0, draft, limit: PAGE, page, sort: 'id', where })
    for (const doc of found.docs) yield doc as unknown as Doc
    if (!found.hasNextPage) return
  }
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')
const date = (value: unknown) => (typeof value === 'string' && value ? value : null)
const unitOf = (value: unknown): Id | null => idOf(value) ?? null

export type PublishedContent = {
  items: PublishedItem[]
  texts: ItemText[]
  links: { collection: string; id: Id; title: string; unit: Id | null; links: Links }[]
}

/** Every published item of every content collection, with its text and links. */
export async function publishedContent(payload: Payload): Promise<PublishedContent> {
  const out: PublishedContent = { items: [], links: [], texts: [] }
  for (const collection of CONTENT_COLLECTIONS) {
    const fields = payload.collections[collection].config.fields
    for await (const doc of everyDoc(payload, collection, { _status: { equals: 'published' } })) {
      const base = { collection, id: doc.id, title: text(doc.title), unit: unitOf(doc.unit) }
      if (collection === 'disclosures') {
        const publishedAt = date(doc.firstPublishedAt) ?? date(doc.updatedAt)
        if (publishedAt) out.items.push({ ...base, nodes: nodesOf(doc), publishedAt })
      }
      const collected = { links: [] as Links, texts: [] as Texts, uploads: [] as Id[] }
      collectText(fields, doc, collected)
      out.texts.push({ ...base, texts: collected.texts })
      if (collected.links.length) out.links.push({ ...base, links: collected.links })
    }
  }
  return out
}

/** Whether an internal link's target exists and is published. */
export async function isPublished(payload: Payload, relationTo: string, id: Id): Promise<boolean> {
  if (!(relationTo in payload.collections)) return false
  const found = await payload
    .find({
      collection: relationTo as CollectionSlug,
      depth: 0,
      limit: 1,
      where: { id: { equals: id } },
    })
    .catch(() => null)
  const doc = found?.docs[0] as { _status?: string } | undefined
  return Boolean(doc) && (doc?._status === undefined || doc._status === 'published')
}

export async function openResponses(payload: Payload, now: Date): Promise<OpenResponse[]> {
  const where: Where = {
    and: [{ dueAt: { less_than: now.toISOString() } }, { respondedAt: { exists: false } }],
  }
  const rows: OpenResponse[] = []
  for await (const doc of everyDoc(payload, 'responses', where, true)) {
    rows.push({ dueAt: date(doc.dueAt), id: doc.id, title: text(doc.title), unit: unitOf(doc.unit) })
  }
  return rows
}

export async function closedConsultations(payload: Payload, now: Date): Promise<ClosedConsultation[]> {
  const where: Where = {
    and: [{ closesAt: { less_than: now.toISOString() } }, { resultPublishedAt: { exists: false } }],
  }
  const rows: ClosedConsultation[] = []
  for await (const doc of everyDoc(payload, 'consultations', where, true)) {
    rows.push({ closesAt: date(doc.closesAt), id: doc.id, title: text(doc.title), unit: unitOf(doc.unit) })
  }
  return rows
}

export const REQUESTS = 'disclosure-requests'

/** 依申请公开 still unanswered; none while the requests collection is not part of the config. */
export async function openRequests(payload: Payload): Promise<OpenRequest[] | null> {
  if (!(REQUESTS in payload.collections)) return null
  const where: Where = { and: [{ repliedOn: { exists: false } }, { deadline: { exists: true } }] }
  const rows: OpenRequest[] = []
  for await (const doc of everyDoc(payload, REQUESTS as CollectionSlug, where)) {
    rows.push({
      deadline: date(doc.deadline),
      id: doc.id,
      subject: text(doc.subject) || `申请 ${doc.id}`,
      unit: unitOf(doc.unit),
    })
  }
  return rows
}

export async function accountActivity(payload: Payload): Promise<AccountActivity[]> {
  const rows: AccountActivity[] = []
  for await (const account of everyDoc(payload, 'channel-accounts', {})) {
    const last = await payload.find({
      collection: 'deliveries',
      depth: 0,
      limit: 1,
      sort: '-deliveredAt',
      where: { and: [{ channel: { equals: account.id } }, { state: { equals: 'delivered' } }] },
    })
    rows.push({
      createdAt: text(account.createdAt),
      filingStatus: text(account.filingStatus),
      id: account.id,
      lastDeliveredAt: date(last.docs[0]?.deliveredAt),
      name: text(account.name),
      owningUnit: unitOf(account.owningUnit),
    })
  }
  return rows
}
