/* 首页: the catalogue of proactive disclosure beside the newest items of each column. */
import Link from 'next/link'

import { CatalogueTree, type CatalogueNode } from './_components/CatalogueTree'
import { ItemList, type ListItem } from './_components/ItemList'
import { gql } from './_lib/graphql'

export const dynamic = 'force-dynamic'

const HOME = `query Home {
  Catalogue { total children { ...Node children { ...Node children { ...Node children { ...Node children { ...Node } } } } } }
  Disclosures(limit: 8, sort: "-firstPublishedAt,-id") { docs { id title firstPublishedAt } }
  Interpretations(limit: 5, sort: "-firstPublishedAt,-id") { docs { id title firstPublishedAt } }
  Responses(limit: 5, sort: "-firstPublishedAt,-id") { docs { id title firstPublishedAt } }
  Consultations(limit: 5, sort: "-opensAt,-id") { docs { id title opensAt } }
}
fragment Node on CatalogueNode { facet value label count }`

type Docs = { docs: (ListItem & { firstPublishedAt?: string; opensAt?: string })[] }
type Home = {
  Catalogue: { children: CatalogueNode[]; total: number }
  Consultations: Docs
  Disclosures: Docs
  Interpretations: Docs
  Responses: Docs
}

const column = (docs: Docs) => docs.docs.map((d) => ({ ...d, date: d.firstPublishedAt ?? d.opensAt }))

export default async function HomePage() {
  const data = await gql<Home>(HOME)
  return (
    <div className="site-columns">
      <section aria-labelledby="catalogue-heading">
        <h2 id="catalogue-heading">主动公开基本目录</h2>
        <p className="site-count">共 {data.Catalogue.total} 条</p>
        <CatalogueTree nodes={data.Catalogue.children} />
      </section>
      <div>
        {(
          [
            ['disclosures', '政府信息', data.Disclosures],
            ['interpretations', '政策解读', data.Interpretations],
            ['responses', '回应关切', data.Responses],
            ['consultations', '征求意见', data.Consultations],
          ] as const
        ).map(([slug, label, docs]) => (
          <section aria-labelledby={`${slug}-heading`} key={slug}>
            <h2 id={`${slug}-heading`}>
              {label}{' '}
              <Link className="site-count" href={`/${slug}`}>
                更多 »
              </Link>
            </h2>
            <ItemList collection={slug} items={column(docs)} />
          </section>
        ))}
      </div>
    </div>
  )
}
