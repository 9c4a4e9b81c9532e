/* 主动公开基本目录: each node links to the list of live disclosures under it. */
import Link from 'next/link'

export type CatalogueNode = {
  /** The year level is the last: its nodes come without children. */
  children?: CatalogueNode[]
  count: number
  facet: string
  label: string
  value: string
}

function Node({ node, trail }: { node: CatalogueNode; trail: Record<string, string> }) {
  const filters = { ...trail, [node.facet]: node.value }
  const link = (
    <>
      <Link href={`/disclosures?${new URLSearchParams(filters)}`}>{node.label}</Link>{' '}
      <span className="site-count">({node.count})</span>
    </>
  )
  if (!node.children?.length) return <li>{link}</li>
  return (
    <li>
      <details open={node.facet === 'openness'}>
        <summary>{link}</summary>
        <ul>
          {node.children.map((child) => (
            <Node key={child.value} node={child} trail={filters} />
          ))}
        </ul>
      </details>
    </li>
  )
}

export function CatalogueTree({ nodes }: { nodes: CatalogueNode[] }) {
  if (!nodes.length) return <p>暂无主动公开信息。</p>
  return (
    <nav aria-label="主动公开基本目录" className="site-catalogue">
      <ul>
        {nodes.map((node) => (
          <Node key={node.value} node={node} trail={{}} />
        ))}
      </ul>
    </nav>
  )
}
