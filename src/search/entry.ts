/**
 * What the search index keeps of a published item: its searchable text (title, summary and every
 * body field the public page shows, never private fields such as a commenter's contact or an author)
 * and the catalogue facets lists and the catalogue tree filter on.
 */
import { chinaYear } from '@/lib/indexNumberPattern'
import { lexicalPlainText } from '@/lib/preflight/lexicalText'
import { idOf } from '@/lib/roles'
import { itemKeyOf, type ContentCollection } from '@/gate/vocabulary'

import { tokenField } from './tokenize'

type Doc = Record<string, unknown> & { id: number | string }

/** The public text fields of each collection, in reading order. */
const TEXT_FIELDS: Record<ContentCollection, string[]> = {
  consultations: ['summary', 'draftText', 'adoptionSummary'],
  disclosures: ['summary', 'body'],
  interpretations: ['summary', 'body', 'sections', 'transcript'],
  responses: [
    'summary',
    'concern',
    'body',
    'adoptionStatus',
    'solution',
    'investigationResult',
    'authoritativeInfo',
    'correction',
    'rebuttal',
  ],
}

/** Found by search but left out of snippets: numbers a reader searches for, not reads. */
const NUMBER_FIELDS = ['documentNumber', 'indexNumber']

/** Long texts are indexed in full words but the stored copy (for snippets) is capped. */
const MAX_TEXT = 20_000

function textOf(value: unknown): string {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') {
    if ('root' in value) return lexicalPlainText(value)
    // A group of textareas (an interpretation's sections).
    return Object.values(value)
      .filter((v): v is string => typeof v === 'string')
      .join('\n')
  }
  return ''
}

export type SearchEntry = {
  collection: ContentCollection
  disclosureMode: null | string
  docType: null | string
  indexNumber: null | string
  itemId: string
  itemKey: string
  keyArea: null | string
  openness: null | string
  publishedAt: string
  text: string
  title: string
  tokens: string
  topic: null | string
  unitId: null | string
  unitName: null | string
  year: number
}

const stringOr = (value: unknown) => (typeof value === 'string' && value ? value : null)

export function searchEntry(collection: ContentCollection, doc: Doc, unitName: null | string): SearchEntry {
  const title = String(doc.title ?? '')
  const text = TEXT_FIELDS[collection]
    .map((field) => textOf(doc[field]))
    .filter(Boolean)
    .join('\n')
  const published = new Date(String(doc.firstPublishedAt ?? doc.opensAt ?? doc.updatedAt ?? Date.now()))
  const unit = doc.unit == null ? null : idOf(doc.unit)
  return {
    collection,
    disclosureMode: stringOr(doc.disclosureMode),
    docType: stringOr(doc.docType),
    indexNumber: stringOr(doc.indexNumber),
    itemId: String(doc.id),
    itemKey: itemKeyOf(collection, doc.id),
    keyArea: stringOr(doc.keyArea),
    // 五公开 and 重点领域 are disclosure facets; a consultation is 决策公开 by nature.
    openness: stringOr(doc.openness) ?? (collection === 'consultations' ? 'decision' : null),
    publishedAt: published.toISOString(),
    text: text.slice(0, MAX_TEXT),
    title,
    tokens: tokenField([title, ...NUMBER_FIELDS.map((field) => textOf(doc[field])), text].join('\n')),
    topic: collection === 'disclosures' ? stringOr(doc.topic) : null,
    unitId: unit == null ? null : String(unit),
    unitName,
    year: chinaYear(published),
  }
}
