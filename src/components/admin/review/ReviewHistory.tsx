'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { callGate, formatTime, PLATFORM_LABELS, STATE_LABELS } from './api'

type Stage = { decidedAt?: string; decision?: string; name: string; reviewerLabel?: string; comment?: string }
type Ticket = {
  channel?: { name?: string } | number
  currentStageName?: string
  id: number | string
  platform?: string
  stages?: Stage[]
  state: string
  submittedAt?: string
}
type Delivery = {
  channel?: { id: number | string; name?: string } | number
  id: number | string
  lastError?: string
  platform?: string
  state: string
  url?: string
}

const channelName = (channel: unknown, platform?: string) =>
  (channel && typeof channel === 'object' && 'name' in channel ? String(channel.name) : '') ||
  PLATFORM_LABELS[platform ?? ''] ||
  ''

/** The item's review tickets and deliveries beside the form: who signed what, and where it went. */
export default function ReviewHistory() {
  const { collectionSlug, id } = useDocumentInfo()
  const [tickets, setTickets] = useState<Ticket[]>([])
  const [deliveries, setDeliveries] = useState<Delivery[]>([])
  const [notice, setNotice] = useState('')

  // Bumped after a retraction so the lists are fetched again.
  const [version, setVersion] = useState(0)

  useEffect(() => {
    if (!id) return
    let current = true
    const key = encodeURIComponent(`${collectionSlug}:${id}`)
    Promise.all([
      callGate<{ docs: Ticket[] }>(
        `/api/reviews?depth=1&limit=20&sort=-submittedAt&where[itemKey][equals]=${key}`,
      ),
      callGate<{ docs: Delivery[] }>(
        `/api/deliveries?depth=1&limit=20&sort=-queuedAt&where[itemKey][equals]=${key}`,
      ),
    ]).then(([t, d]) => {
      if (!current) return
      setTickets(t.data.docs ?? [])
      setDeliveries(d.data.docs ?? [])
    })
    return () => {
      current = false
    }
  }, [collectionSlug, id, version])

  async function retract(delivery: Delivery) {
    const reason = window.prompt('请填写撤回理由（将记入审计日志）')
    if (!reason) return
    const channel = typeof delivery.channel === 'object' ? delivery.channel.id : delivery.channel
    const reply = await callGate(`/api/${collectionSlug}/${id}/retract`, { channels: [channel], reason })
    setNotice(reply.message)
    setVersion((v) => v + 1)
  }

  if (!id) return null
  return (
    <div className="yg-history" id="yg-review-history">
      <h4>审核与发布记录</h4>
      {notice && <p className="yg-history__notice">{notice}</p>}
      {!tickets.length && <p className="yg-history__empty">尚未提交审核</p>}
      {tickets.map((ticket) => (
        <div className={`yg-ticket yg-ticket--${ticket.state}`} key={ticket.id}>
          <a href={`/admin/collections/reviews/${ticket.id}`}>
            {channelName(ticket.channel, ticket.platform)} · {STATE_LABELS[ticket.state] ?? ticket.state}
            {ticket.state === 'pending' && ticket.currentStageName ? `（待${ticket.currentStageName}）` : ''}
          </a>
          <div className="yg-ticket__time">提交于 {formatTime(ticket.submittedAt)}</div>
          <ol>
            {(ticket.stages ?? []).map((stage, index) => (
              <li key={index}>
                {stage.name}：
                {stage.decidedAt
                  ? `${stage.decision === 'approve' ? '通过' : '退回'} · ${stage.reviewerLabel ?? ''} · ${formatTime(stage.decidedAt)}${stage.comment ? ` ·「${stage.comment}」` : ''}`
                  : '未签署'}
              </li>
            ))}
          </ol>
        </div>
      ))}
      {deliveries.length > 0 && <h4>投递</h4>}
      {deliveries.map((delivery) => (
        <div className={`yg-delivery yg-delivery--${delivery.state}`} key={delivery.id}>
          {channelName(delivery.channel, delivery.platform)} ·{' '}
          {STATE_LABELS[delivery.state] ?? delivery.state}
          {delivery.url && (
            <>
              {' '}
              · <a href={delivery.url}>查看</a>
            </>
          )}
          {delivery.lastError && <div className="yg-delivery__error">{delivery.lastError}</div>}
          {['delivered', 'queued'].includes(delivery.state) && (
            <button className="yg-link-button" onClick={() => retract(delivery)} type="button">
              撤回
            </button>
          )}
        </div>
      ))}
    </div>
  )
}
