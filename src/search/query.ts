/**
 * Searching what is live. The query is cut like the indexed text; every term must be found. A term
 * matches an item whose tokens contain it whole, or (for a Chinese word jieba cut differently in the
 * item) all of its character bigrams. Matches are ranked by hits, a hit in the title counting five times,
 * then by publication (newest first) and id, so equal scores keep a stable order across pages.
 */
import type { Payload, Where } from 'payload'

import { CONTENT_COLLECTIONS } from '@/gate/vocabulary'

import { countHits, markTerms, snippet } from './highlight'
import { bigrams, isHan, queryTerms } from './tokenize'

export const FACETS = ['collection', 'openness', 'keyArea', 'topic', 'unitId', 'year'] as const
export type Facet = (typeof FACETS)[number]
export type SearchFilters = Partial<Record<Facet, number | string>>

export type SearchArgs = { filters?: SearchFilters; limit?: number; page?: number; q: string }

export type SearchHit = {
  collection: string
  id: string
  indexNumber: null | string
  keyArea: null | string
  openness: null | string
  publishedAt: string
  score: number
  snippet: string
  title: string
  titleHighlight: string
  topic: null | string
  unitName: null | string
  year: number
}

export type SearchResult = {
  docs: SearchHit[]
  limit: number
  page: number
  q: string
  terms: string[]
  totalDocs: number
  totalPages: number
}

/** Ranking happens in memory over the newest matches; beyond this many, older ones are not ranked. */
const MAX_CANDIDATES = 500
const TITLE_WEIGHT = 5
export const MAX_LIMIT = 50

function termCondition(term: string): Where {
  const whole: Where = { tokens: { contains: ` ${term} ` } }
  if (!isHan(term)) return { tokens: { contains: term } }
  const pairs = bigrams(term)
  if (pairs.length === 0) return { tokens: { contains: term } }
  if (pairs.length === 1) return whole
  return { or: [whole, { and: pairs.map((pair) => ({ tokens: { contains: ` ${pair} ` } })) }] }
}

function facetConditions(filters: SearchFilters = {}): Where[] {
  return FACETS.flatMap((facet) => {
    const value = filters[facet]
    if (value === undefined || value === null || value === '') return []
    if (facet === 'collection' && !CONTENT_COLLECTIONS.includes(value as never))
      return [{ id: { equals: -1 } }]
    return [{ [facet]: { equals: facet === 'year' ? Number(value) : String(value) } }]
  })
}

const clamp = (value: unknown, min: number, max: number, fallback: number) => {
  const n = Math.floor(Number(value))
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback
}

export async function searchPublished(payload: Payload, args: SearchArgs): Promise<SearchResult> {
  const q = String(args.q ?? '').trim()
  const limit = clamp(args.limit, 1, MAX_LIMIT, 10)
  const page = clamp(args.page, 1, 1000, 1)
  const terms = queryTerms(q)
  const empty = { docs: [], limit, page, q, terms, totalDocs: 0, totalPages: 0 }
  if (terms.length === 0) return empty

  const found = await payload.find({
    collection: 'search-index',
    depth: 0,
    limit: MAX_CANDIDATES,
    overrideAccess: true,
    pagination: false,
    select: { tokens: false },
    sort: ['-publishedAt', '-id'],
    where: { and: [...facetConditions(args.filters), ...terms.map(termCondition)] },
  })
  // A term matched through its bigrams is highlighted by them.
  const marks = [...terms, ...terms.filter(isHan).flatMap(bigrams)]
  const ranked = found.docs
    .map((row, order) => {
      const title = row.title ?? ''
      const text = row.text ?? ''
      return {
        order,
        row,
        score: countHits(title, marks) * TITLE_WEIGHT + countHits(text, marks),
        text,
        title,
      }
    })
    .sort((a, b) => b.score - a.score || a.order - b.order)

  const docs = ranked
    .slice((page - 1) * limit, page * limit)
    .map(({ row, score, text, title }): SearchHit => ({
      collection: row.collection,
      id: row.itemId,
      indexNumber: row.indexNumber ?? null,
      keyArea: row.keyArea ?? null,
      openness: row.openness ?? null,
      publishedAt: row.publishedAt ?? '',
      score,
      snippet: snippet(text || title, marks),
      title,
      titleHighlight: markTerms(title, marks),
      topic: row.topic ?? null,
      unitName: row.unitName ?? null,
      year: row.year ?? 0,
    }))
  return {
    docs,
    limit,
    page,
    q,
    terms,
    totalDocs: ranked.length,
    totalPages: Math.ceil(ranked.length / limit),
  }
}
