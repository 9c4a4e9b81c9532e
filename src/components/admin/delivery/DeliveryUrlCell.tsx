'use client'
import type { DefaultCellComponentProps } from 'payload'

/** Where the item went live, as a link that opens the published page. */
export default function DeliveryUrlCell({ cellData }: DefaultCellComponentProps) {
  const url = typeof cellData === 'string' ? cellData : ''
  if (!/^https?:\/\//.test(url)) return null
  return (
    <a href={url} onClick={(event) => event.stopPropagation()} rel="noopener noreferrer" target="_blank">
      查看
    </a>
  )
}
