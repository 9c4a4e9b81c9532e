/*
 * A column's list: newest first, then by id, so items published at the same instant never swap places
 * between pages. Disclosures filter by the catalogue's facets (?openness=&keyArea=&topic=&unit=&year=).
 */
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ItemList } from '../_components/ItemList'
import { gql } from '../_lib/graphql'
import {
  isSection,
  keyAreaLabel,
  opennessLabel,
  SECTIONS,
  topicLabel,
  type Section,
} from '../_lib/vocabulary'

export const dynamic = 'force-dynamic'

const PAGE_SIZE = 20
const FACETS = ['openness', 'keyArea', 'topic', 'unit', 'year'] as const

type Params = Promise<{ collection: string }>
type Search = Promise<Record<string, string | string[] | undefined>>
type Row = {
  firstPublishedAt?: string
  id: string
  indexNumber?: string
  opensAt?: string
  title: string
  unit?: { name?: string }
}
type Page = { docs: Row[]; page: number; totalDocs: number; totalPages: number }

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

/** The catalogue facets as a `where`: years are counted in 北京时间, as the catalogue counts them. */
function whereOf(filters: Record<string, string>) {
  const and: Record<string, unknown>[] = []
  if (filters.openness) and.push({ openness: { equals: filters.openness } })
  if (filters.keyArea === 'none') and.push({ keyArea: { exists: false } })
  else if (filters.keyArea) and.push({ keyArea: { equals: filters.keyArea } })
  if (filters.topic) and.push({ topic: { equals: filters.topic } })
  if (filters.unit) and.push({ unit: { equals: filters.unit } })
  if (/^\d{4}$/.test(filters.year ?? '')) {
    const year = Number(filters.year)
    and.push({ firstPublishedAt: { greater_than_equal: `${year}-01-01T00:00:00+08:00` } })
    and.push({ firstPublishedAt: { less_than: `${year + 1}-01-01T00:00:00+08:00` } })
  }
  if (Object.keys(filters).length) and.push({ disclosureMode: { equals: 'proactive' } })
  return and.length ? { AND: and } : undefined
}

async function listOf(section: Section, page: number, filters: Record<string, string>) {
  const { list, sort, type } = SECTIONS[section]
  const dateField = section === 'consultations' ? 'opensAt' : 'firstPublishedAt'
  const extra = section === 'disclosures' ? 'indexNumber unit { name }' : 'unit { name }'
  const query = `query List($page: Int!, $where: ${type}_where) {
    ${list}(limit: ${PAGE_SIZE}, page: $page, sort: "${sort}", where: $where) {
      page totalDocs totalPages docs { id title ${dateField} ${extra} }
    }
  }`
  const where = section === 'disclosures' ? whereOf(filters) : undefined
  return (await gql<Record<string, Page>>(query, { page, where }))[list]
}

export async function generateMetadata({ params }: { params: Params }) {
  const { collection } = await params
  return { title: isSection(collection) ? SECTIONS[collection].label : '页面不存在' }
}

export default async function ListPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { collection } = await params
  if (!isSection(collection)) notFound()
  const query = await searchParams
  const page = Math.max(1, Math.min(1000, Number(one(query.page)) || 1))
  const filters = Object.fromEntries(FACETS.map((f) => [f, one(query[f])]).filter(([, v]) => v))
  const data = await listOf(collection, page, filters)
  const described = [
    filters.openness && opennessLabel(filters.openness),
    filters.keyArea && (filters.keyArea === 'none' ? '其他' : keyAreaLabel(filters.keyArea)),
    filters.topic && topicLabel(filters.topic),
    filters.year && `${filters.year}年`,
  ].filter(Boolean)
  const pageLink = (n: number) => `/${collection}?${new URLSearchParams({ ...filters, page: String(n) })}`

  return (
    <section aria-labelledby="list-heading">
      <h1 id="list-heading">{SECTIONS[collection].label}</h1>
      {described.length || filters.unit ? (
        <p className="site-meta">
          目录：{described.join(' › ')} <Link href={`/${collection}`}>清除筛选</Link>
        </p>
      ) : null}
      <p className="site-count">共 {data.totalDocs} 条</p>
      <ItemList
        collection={collection}
        items={data.docs.map((doc) => ({
          date: doc.firstPublishedAt ?? doc.opensAt,
          extra: [doc.indexNumber, doc.unit?.name].filter(Boolean).join('　'),
          id: doc.id,
          title: doc.title,
        }))}
      />
      {data.totalPages > 1 ? (
        <nav aria-label="分页" className="site-pager">
          {page > 1 ? <Link href={pageLink(page - 1)}>上一页</Link> : null}
          <span>
            第 {page} / {data.totalPages} 页
          </span>
          {page < data.totalPages ? <Link href={pageLink(page + 1)}>下一页</Link> : null}
        </nav>
      ) : null}
    </section>
  )
}
