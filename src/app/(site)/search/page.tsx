/* 站内检索: Chinese full-text search over live items, narrowed by the catalogue's facets. */
import Link from 'next/link'

import { gql } from '../_lib/graphql'
import { day, itemPath, OPENNESS, SECTIONS, TOPICS, topicLabel, unitOrEmpty } from '../_lib/vocabulary'

export const dynamic = 'force-dynamic'
export const metadata = { title: '站内检索' }

const PAGE_SIZE = 10
const SEARCH = `query Search($q: String!, $collection: String, $openness: String, $topic: String, $year: Int, $page: Int) {
  Search(q: $q, collection: $collection, openness: $openness, topic: $topic, year: $year, page: $page, limit: ${PAGE_SIZE}) {
    totalDocs totalPages page terms
    docs { collection id title titleHighlight snippet indexNumber unitName publishedAt topic }
  }
}`

type Hit = {
  collection: string
  id: string
  indexNumber: null | string
  publishedAt: string
  snippet: string
  title: string
  titleHighlight: string
  topic: null | string
  unitName: null | string
}
type Result = { docs: Hit[]; page: number; terms: string[]; totalDocs: number; totalPages: number }
type Search = Promise<Record<string, string | string[] | undefined>>

const one = (value: string | string[] | undefined) => ((Array.isArray(value) ? value[0] : value) ?? '').trim()

export default async function SearchPage({ searchParams }: { searchParams: Search }) {
  const query = await searchParams
  const q = one(query.q).slice(0, 100)
  const filters = {
    collection: one(query.collection),
    openness: one(query.openness),
    topic: one(query.topic),
    year: one(query.year),
  }
  const page = Math.max(1, Math.min(1000, Number(one(query.page)) || 1))
  const result = q
    ? (
        await gql<{ Search: Result }>(SEARCH, {
          collection: filters.collection || undefined,
          openness: filters.openness || undefined,
          page,
          q,
          topic: filters.topic || undefined,
          year: /^\d{4}$/.test(filters.year) ? Number(filters.year) : undefined,
        })
      ).Search
    : null
  const pageLink = (n: number) =>
    `/search?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v)), page: String(n), q })}`

  return (
    <section aria-labelledby="search-heading">
      <h1 id="search-heading">站内检索</h1>
      <form action="/search" className="site-filters" role="search">
        <label>
          关键词
          <input defaultValue={q} name="q" required size={30} type="search" />
        </label>
        <label>
          栏目
          <select defaultValue={filters.collection} name="collection">
            <option value="">全部</option>
            {Object.entries(SECTIONS).map(([slug, { label }]) => (
              <option key={slug} value={slug}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          五公开
          <select defaultValue={filters.openness} name="openness">
            <option value="">全部</option>
            {OPENNESS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label.zh}
              </option>
            ))}
          </select>
        </label>
        <label>
          主题分类
          <select defaultValue={filters.topic} name="topic">
            <option value="">全部</option>
            {TOPICS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label.zh}
              </option>
            ))}
          </select>
        </label>
        <label>
          年度
          <input defaultValue={filters.year} inputMode="numeric" name="year" pattern="\d{4}" size={6} />
        </label>
        <button className="site-button" type="submit">
          检索
        </button>
      </form>

      {result ? (
        <>
          <p className="site-count" role="status">
            找到 {result.totalDocs} 条与“{q}”相关的信息
          </p>
          {result.docs.map((hit) => (
            <div className="site-hit" key={`${hit.collection}:${hit.id}`}>
              <h3>
                {/* Highlights are escaped on the server; <mark> is their only markup. */}
                <Link
                  dangerouslySetInnerHTML={{ __html: hit.titleHighlight }}
                  href={itemPath(hit.collection, hit.id)}
                />
              </h3>
              <p dangerouslySetInnerHTML={{ __html: hit.snippet }} />
              <p className="site-count">
                {[
                  SECTIONS[hit.collection as keyof typeof SECTIONS]?.label,
                  hit.indexNumber,
                  unitOrEmpty(hit.unitName),
                  topicLabel(hit.topic),
                  day(hit.publishedAt),
                ]
                  .filter(Boolean)
                  .join('　')}
              </p>
            </div>
          ))}
          {result.totalPages > 1 ? (
            <nav aria-label="分页" className="site-pager">
              {page > 1 ? <Link href={pageLink(page - 1)}>上一页</Link> : null}
              <span>
                第 {page} / {result.totalPages} 页
              </span>
              {page < result.totalPages ? <Link href={pageLink(page + 1)}>下一页</Link> : null}
            </nav>
          ) : null}
        </>
      ) : (
        <p>请输入关键词，例如“户籍”“交通”“诈骗”。</p>
      )}
    </section>
  )
}
