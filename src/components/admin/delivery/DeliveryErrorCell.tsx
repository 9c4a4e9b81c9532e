'use client'
import type { DefaultCellComponentProps } from 'payload'

const SHOWN = 160

/** The last error in full sentences, wrapped rather than cut to one line; the whole text on hover. */
export default function DeliveryErrorCell({ cellData }: DefaultCellComponentProps) {
  const text = typeof cellData === 'string' ? cellData : ''
  if (!text) return null
  return (
    <span className="yg-delivery-error" title={text}>
      {text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text}
    </span>
  )
}
