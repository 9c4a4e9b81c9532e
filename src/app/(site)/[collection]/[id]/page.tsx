/**
 * An item's page on the website: the permalink the website delivery records (`/{collection}/{id}`,
 * src/gate/publishOnWebsite.ts). A disclosure is also found by its 索引号 (`/disclosures/XCK-2026-00042`).
 * Everything comes from the public GraphQL API, so only the live version is shown, and nothing once it
 * is retracted.
 */
import Link from 'next/link'
import { notFound } from 'next/navigation'
import React from 'react'

import { phaseOf } from '@/lib/commentRules'

import { renderWebsiteHtml } from '../../../../../channels/render/websiteHtml'
import { CommentForm } from '../../_components/CommentForm'
import { gql } from '../../_lib/graphql'
import {
  concernClassLabel,
  day,
  dayAndTime,
  docTypeLabel,
  formLabel,
  isSection,
  itemPath,
  opennessLabel,
  SECTIONS,
  sourceLabel,
  topicLabel,
  validityLabel,
  type Section,
} from '../../_lib/vocabulary'

export const dynamic = 'force-dynamic'

type Params = Promise<{ collection: string; id: string }>
type Link_ = { firstPublishedAt?: string; id: string; stage?: string; title: string }
// The item as GraphQL returns it; fields the public may not read come back null.
type Item = Record<string, unknown> & {
  closesAt?: string
  firstPublishedAt?: string
  id: string
  opensAt?: string
  phase?: string
  interpretations?: { docs: (Link_ & { form?: string })[] }
  policy?: (Link_ & { documentNumber?: string; indexNumber?: string }) | null
  thread?: (Link_ & { threadItems?: { docs: Link_[] } }) | null
  threadItems?: { docs: Link_[] }
  title: string
  unit?: { name?: string } | null
}

const SECTION_LABELS: [string, string][] = [
  ['background', '背景依据'],
  ['objectives', '目标任务'],
  ['mainContent', '主要内容'],
  ['scope', '涉及范围'],
  ['standards', '执行标准'],
  ['notes', '注意事项'],
  ['keyTerms', '关键词诠释'],
  ['benefits', '惠民利民举措'],
  ['changes', '新旧政策差异'],
]

const RESPONSE_OUTCOMES: [string, string][] = [
  ['adoptionStatus', '吸收采纳情况'],
  ['solution', '研究解决情况'],
  ['investigationResult', '调查处置情况'],
  ['authoritativeInfo', '权威信息'],
  ['correction', '引导纠正'],
  ['rebuttal', '辟谣内容'],
]

const STAGE_LABELS: Record<string, string> = { first: '首发', progress: '进展', result: '结果' }
const stageLink = 'id title stage firstPublishedAt'

const FIELDS: Record<Section, string> = {
  consultations: 'title summary draftText opensAt closesAt adoptionSummary resultPublishedAt unit { name }',
  disclosures: `title summary body indexNumber documentNumber formedOn firstPublishedAt openness keyArea topic docType
    validity disclosureMode stage unit { name } replacedBy { id title }
    thread { ${stageLink} threadItems(sort: "firstPublishedAt") { docs { ${stageLink} } } }
    threadItems(sort: "firstPublishedAt") { docs { ${stageLink} } }
    interpretations(sort: "-firstPublishedAt") { docs { id title form firstPublishedAt } }`,
  interpretations: `title summary body form firstPublishedAt transcript unit { name } graphics { alt }
    firstInterpreter { name position } policy { id title indexNumber documentNumber firstPublishedAt }
    sections { ${SECTION_LABELS.map(([name]) => name).join(' ')} }`,
  responses: `title summary body concern source concernClass receivedAt respondedAt firstPublishedAt unit { name }
    ${RESPONSE_OUTCOMES.map(([name]) => name).join(' ')}`,
}

/** Ids are numbers (SQL) or ObjectIds (MongoDB); anything else on a disclosure is a 索引号. */
const isId = (value: string) => /^\d{1,15}$|^[0-9a-f]{24}$/.test(value)

/** One request per page view: the metadata and the page share it. */
const liveItem = React.cache(async (collection: Section, key: string): Promise<Item | null> => {
  const { list, type } = SECTIONS[collection]
  const byIndexNumber = collection === 'disclosures' && !isId(key)
  if (!byIndexNumber && !isId(key)) return null
  // SQL ids are GraphQL Ints, MongoDB's are strings.
  const id = /^\d+$/.test(key) ? Number(key) : key
  const where = byIndexNumber ? { indexNumber: { equals: key } } : { id: { equals: id } }
  const data = await gql<Record<string, { docs: Item[] }>>(
    `query Item($where: ${type}_where) { ${list}(where: $where, limit: 1) { docs { id ${FIELDS[collection]} } } }`,
    { where },
  )
  const item = data[list].docs[0]
  if (!item) return null
  // A consultation's window is judged now, from its published dates (the API serves no clock-dependent values).
  return collection === 'consultations' ? { ...item, phase: phaseOf(item, Date.now()) } : item
})

const text = (value: unknown) => (typeof value === 'string' ? value : '')

function MetadataTable({ rows }: { rows: [string, React.ReactNode][] }) {
  // Two label/value pairs per row, as government catalogue pages lay them out.
  const pairs: [string, React.ReactNode][][] = []
  for (let i = 0; i < rows.length; i += 2) pairs.push(rows.slice(i, i + 2))
  return (
    <table className="site-metadata">
      <caption className="site-visually-hidden">信息属性</caption>
      <tbody>
        {pairs.map((pair) => (
          <tr key={pair[0][0]}>
            {pair.map(([label, value]) => (
              <DataCell key={label} label={label} value={value} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function DataCell({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <>
      <th scope="row">{label}</th>
      <td>{value || '—'}</td>
    </>
  )
}

function Body({ value }: { value: unknown }) {
  if (!value) return null
  // Sanitized by the same allowlist as every channel's article; pictures are not public here.
  return <div className="site-body" dangerouslySetInnerHTML={{ __html: renderWebsiteHtml(value, {}) }} />
}

function Paragraphs({ value }: { value: unknown }) {
  return text(value)
    .split(/\n+/)
    .filter(Boolean)
    .map((line, i) => <p key={i}>{line}</p>)
}

function metadataOf(collection: Section, item: Item): [string, React.ReactNode][] {
  const unit = item.unit?.name ?? ''
  switch (collection) {
    case 'disclosures':
      return [
        ['索引号', text(item.indexNumber)],
        ['发布机构', unit],
        ['成文日期', day(item.formedOn)],
        ['发布日期', day(item.firstPublishedAt)],
        ['文号', text(item.documentNumber)],
        ['主题分类', topicLabel(item.topic)],
        ['有效性', item.docType === 'normative' ? validityLabel(item.validity) : ''],
        ['信息类别', docTypeLabel(item.docType)],
        ['五公开', opennessLabel(item.openness)],
        ['发布阶段', STAGE_LABELS[text(item.stage)] ?? ''],
      ]
    case 'interpretations':
      return [
        ['解读形式', formLabel(item.form)],
        ['发布机构', unit],
        ['发布日期', day(item.firstPublishedAt)],
        [
          '第一解读人',
          [
            (item.firstInterpreter as { name?: string } | null)?.name,
            (item.firstInterpreter as { position?: string } | null)?.position,
          ]
            .filter(Boolean)
            .join('，'),
        ],
      ]
    case 'responses':
      return [
        ['发布机构', unit],
        ['关切来源', sourceLabel(item.source)],
        ['关切类别', concernClassLabel(item.concernClass)],
        ['收到时间', dayAndTime(item.receivedAt)],
        ['回应时间', dayAndTime(item.respondedAt)],
        ['发布日期', day(item.firstPublishedAt)],
      ]
    case 'consultations':
      return [
        ['发布机构', unit],
        ['征求期限', `${dayAndTime(item.opensAt)} 至 ${dayAndTime(item.closesAt)}`],
      ]
  }
}

function StageThread({ item }: { item: Item }) {
  const first = item.stage === 'first' ? item : item.thread
  if (!first) return null
  const stages = [first, ...(first.threadItems?.docs ?? [])]
  return (
    <aside aria-labelledby="thread-heading" className="site-aside">
      <h2 id="thread-heading">事件发布进程</h2>
      <ol className="site-list">
        {stages.map((stage) => (
          <li key={stage.id}>
            <span>
              【{STAGE_LABELS[text(stage.stage)] ?? ''}】
              {String(stage.id) === String(item.id) ? (
                <strong aria-current="page">{stage.title}</strong>
              ) : (
                <Link href={itemPath('disclosures', stage.id)}>{stage.title}</Link>
              )}
            </span>
            <time dateTime={stage.firstPublishedAt}>{day(stage.firstPublishedAt)}</time>
          </li>
        ))}
      </ol>
    </aside>
  )
}

export async function generateMetadata({ params }: { params: Params }) {
  const { collection, id } = await params
  const item = isSection(collection) ? await liveItem(collection, decodeURIComponent(id)) : null
  return { title: item ? item.title : '页面不存在' }
}

export default async function ItemPage({ params }: { params: Params }) {
  const { collection, id } = await params
  if (!isSection(collection)) notFound()
  const item = await liveItem(collection, decodeURIComponent(id))
  if (!item) notFound()
  const interpretations = item.interpretations?.docs ?? []
  const phase = item.phase

  return (
    <article aria-labelledby="site-title">
      <p className="site-count">
        <Link href="/">首页</Link> › <Link href={`/${collection}`}>{SECTIONS[collection].label}</Link>
      </p>
      <MetadataTable rows={metadataOf(collection, item)} />
      <h1 id="site-title">{item.title}</h1>
      {text(item.summary) ? <p className="site-summary">{text(item.summary)}</p> : null}

      {collection === 'disclosures' && item.replacedBy ? (
        <p className="site-notice">
          本文件已修订，现行文件：
          <Link href={itemPath('disclosures', (item.replacedBy as Link_).id)}>
            {(item.replacedBy as Link_).title}
          </Link>
        </p>
      ) : null}
      {collection === 'disclosures' ? <StageThread item={item} /> : null}

      {collection === 'interpretations' && item.policy ? (
        <aside aria-labelledby="policy-heading" className="site-aside">
          <h2 id="policy-heading">解读的政策</h2>
          <p>
            <Link href={itemPath('disclosures', item.policy.id)}>{item.policy.title}</Link>
            <span className="site-list__extra">
              {[item.policy.documentNumber, item.policy.indexNumber].filter(Boolean).join('　')}
            </span>
          </p>
        </aside>
      ) : null}

      {collection === 'responses' ? (
        <section aria-labelledby="concern-heading">
          <h2 id="concern-heading">关切内容</h2>
          <Paragraphs value={item.concern} />
        </section>
      ) : null}

      {collection === 'responses' && item.body ? <h2>回应内容</h2> : null}
      <Body value={item.body ?? item.draftText} />
      {collection === 'interpretations' && (item.graphics as { alt?: string }[] | null)?.length ? (
        <section aria-labelledby="graphics-heading">
          <h2 id="graphics-heading">图解文字说明</h2>
          {(item.graphics as { alt?: string }[]).map((graphic, i) => (
            <Paragraphs key={i} value={graphic.alt} />
          ))}
        </section>
      ) : null}

      {collection === 'interpretations'
        ? SECTION_LABELS.filter(([name]) =>
            text((item.sections as Record<string, unknown> | null)?.[name]),
          ).map(([name, label]) => (
            <section key={name}>
              <h2>{label}</h2>
              <Paragraphs value={(item.sections as Record<string, unknown>)[name]} />
            </section>
          ))
        : null}
      {text(item.transcript) ? (
        <section>
          <h2>文字实录</h2>
          <Paragraphs value={item.transcript} />
        </section>
      ) : null}
      {collection === 'responses'
        ? RESPONSE_OUTCOMES.filter(([name]) => text(item[name])).map(([name, label]) => (
            <section key={name}>
              <h2>{label}</h2>
              <Paragraphs value={item[name]} />
            </section>
          ))
        : null}

      {collection === 'disclosures' ? (
        <aside aria-labelledby="interpretations-heading" className="site-aside">
          <h2 id="interpretations-heading">政策解读</h2>
          {interpretations.length ? (
            <ul className="site-list">
              {interpretations.map((doc) => (
                <li key={doc.id}>
                  <span>
                    <Link href={itemPath('interpretations', doc.id)}>{doc.title}</Link>
                    <span className="site-list__extra">{formLabel(doc.form)}</span>
                  </span>
                  <time dateTime={doc.firstPublishedAt}>{day(doc.firstPublishedAt)}</time>
                </li>
              ))}
            </ul>
          ) : (
            <p>暂无解读。</p>
          )}
        </aside>
      ) : null}

      {collection === 'consultations' ? (
        <>
          {text(item.adoptionSummary) ? (
            <section aria-labelledby="adoption-heading">
              <h2 id="adoption-heading">意见采纳情况</h2>
              <Paragraphs value={item.adoptionSummary} />
            </section>
          ) : null}
          <section aria-labelledby="comment-heading">
            <h2 id="comment-heading">发表意见</h2>
            {phase === 'open' ? (
              <CommentForm consultationId={item.id} />
            ) : (
              <p>{phase === 'upcoming' ? '征求意见尚未开始。' : '征求意见已结束，感谢参与。'}</p>
            )}
          </section>
        </>
      ) : null}
    </article>
  )
}
