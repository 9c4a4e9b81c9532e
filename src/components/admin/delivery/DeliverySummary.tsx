'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { callGate, formatTime, PLATFORM_LABELS, STATE_LABELS } from '../review/api'

type Named = { id: number | string; name?: string }
type Delivery = {
  attempts?: number
  channel?: Named | number
  deliveredAt?: string
  item?: { relationTo: string; value: number | string | { id: number | string } } | null
  itemTitle?: string
  lastError?: string
  nextAttemptAt?: string
  platform?: string
  retractReason?: string
  state: string
  url?: string
}

const nameOf = (value: unknown) =>
  value && typeof value === 'object' && 'name' in value ? String(value.name) : ''

/** A delivery at a glance, above its fields: where it went, how it stands, and what went wrong in words. */
export default function DeliverySummary() {
  const { id } = useDocumentInfo()
  const [delivery, setDelivery] = useState<Delivery | null>(null)

  useEffect(() => {
    if (!id) return
    let current = true
    void callGate<Delivery>(`/api/deliveries/${id}?depth=1`).then((reply) => {
      if (current && reply.ok) setDelivery(reply.data)
    })
    return () => {
      current = false
    }
  }, [id])

  if (!delivery) return null
  const item = delivery.item
  const itemId = item && (typeof item.value === 'object' ? item.value.id : item.value)
  return (
    <dl className="yg-delivery-summary" id="yg-delivery-summary">
      <div>
        <dt>状态</dt>
        <dd className={`yg-delivery-state yg-delivery-state--${delivery.state}`}>
          {STATE_LABELS[delivery.state] ?? delivery.state}
        </dd>
      </div>
      <div>
        <dt>渠道</dt>
        <dd>
          {nameOf(delivery.channel) || PLATFORM_LABELS[delivery.platform ?? '']}（
          {PLATFORM_LABELS[delivery.platform ?? ''] ?? delivery.platform}）
        </dd>
      </div>
      <div>
        <dt>稿件</dt>
        <dd>
          {item && itemId ? (
            <a href={`/admin/collections/${item.relationTo}/${itemId}`}>{delivery.itemTitle}</a>
          ) : (
            `${delivery.itemTitle ?? ''}（已删除）`
          )}
        </dd>
      </div>
      <div>
        <dt>尝试次数</dt>
        <dd>
          {delivery.attempts ?? 0}
          {delivery.nextAttemptAt && !['delivered', 'retracted'].includes(delivery.state)
            ? `，下次尝试 ${formatTime(delivery.nextAttemptAt)}`
            : ''}
          {delivery.deliveredAt ? `，送达于 ${formatTime(delivery.deliveredAt)}` : ''}
        </dd>
      </div>
      {delivery.lastError && (
        <div className="yg-delivery-summary__error">
          <dt>最近错误</dt>
          <dd>{delivery.lastError}</dd>
        </div>
      )}
      {delivery.retractReason && (
        <div>
          <dt>撤回理由</dt>
          <dd>{delivery.retractReason}</dd>
        </div>
      )}
    </dl>
  )
}
