import Link from 'next/link'

import { day, itemPath } from '../_lib/vocabulary'

export type ListItem = {
  date?: null | string
  extra?: string
  id: number | string
  title: string
}

export function ItemList({ collection, items }: { collection: string; items: ListItem[] }) {
  if (!items.length) return <p>暂无信息。</p>
  return (
    <ul className="site-list">
      {items.map((item) => (
        <li key={item.id}>
          <span>
            <Link href={itemPath(collection, item.id)}>{item.title}</Link>
            {item.extra ? <span className="site-list__extra">{item.extra}</span> : null}
          </span>
          {item.date ? <time dateTime={item.date}>{day(item.date)}</time> : null}
        </li>
      ))}
    </ul>
  )
}
