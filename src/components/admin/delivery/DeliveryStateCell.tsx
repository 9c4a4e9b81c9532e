'use client'
import type { DefaultCellComponentProps } from 'payload'

import { STATE_LABELS } from '../review/api'

/** A delivery's state in words, coloured: failures and unknown outcomes stand out in the list. */
export default function DeliveryStateCell({ cellData }: DefaultCellComponentProps) {
  const state = String(cellData ?? '')
  return (
    <span className={`yg-delivery-state yg-delivery-state--${state}`}>{STATE_LABELS[state] ?? state}</span>
  )
}
