'use client'
import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { User } from '@/payload-types'
import { isResolvablePlatform, isResolvableState, mayResolveDelivery } from '@/gate/resolution'

import { callGate, formatTime, PLATFORM_LABELS, STATE_LABELS } from '../review/api'
import { ResolveDeliveryForm } from './ResolveDeliveryForm'

type Named = { id: number | string; name?: string }
type Delivery = {
  attempts?: number
  channel?: Named | number
  deliveredAt?: string
  item?: { relationTo: string; value: number | string | { id: number | string } } | null
  itemTitle?: string
  lastError?: string
  nextAttemptAt?: string
  owningUnit?: Named | number
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
  const { user } = useAuth()
  const [delivery, setDelivery] = useState<Delivery | null>(null)
  // When the record was read: an unconfirmed delivery with a check still booked after it is not a person's yet.
  const [readAt, setReadAt] = useState(0)
  const [version, setVersion] = useState(0)

  useEffect(() => {
    if (!id) return
    let current = true
    void callGate<Delivery>(`/api/deliveries/${id}?depth=1`).then((reply) => {
      if (current && reply.ok) {
        setDelivery(reply.data)
        setReadAt(Date.now())
      }
    })
    return () => {
      current = false
    }
  }, [id, version])

  if (!delivery) return null
  const item = delivery.item
  const itemId = item && (typeof item.value === 'object' ? item.value.id : item.value)
  // A run is still booked: queued or in progress, or an unconfirmed outcome still being checked.
  const checkBooked =
    ['queued', 'sending', 'awaiting_platform', 'unconfirmed'].includes(delivery.state) &&
    Boolean(delivery.nextAttemptAt) &&
    Date.parse(delivery.nextAttemptAt!) > readAt
  // What the engine could not settle, shown to those the server lets settle it (谁开设谁管理).
  const needsPerson =
    isResolvableState(delivery.state) &&
    isResolvablePlatform(delivery.platform) &&
    !checkBooked &&
    // useAuth knows only the base user type; ours carries roles and unit.
    mayResolveDelivery(user as null | User, delivery)
  return (
    <>
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
            {checkBooked ? `，下次尝试 ${formatTime(delivery.nextAttemptAt)}` : ''}
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
      {needsPerson && (
        <ResolveDeliveryForm
          deliveryId={id!}
          onDone={() => setVersion((v) => v + 1)}
          platform={delivery.platform!}
          state={delivery.state}
        />
      )}
    </>
  )
}
