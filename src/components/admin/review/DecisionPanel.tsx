'use client'
import { Button, useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { whyCannotSign, type TicketForSigning } from '@/gate/signing'
import { CHECKLIST } from '@/gate/vocabulary'

import { callGate, formatTime, STATE_LABELS, type Finding } from './api'
import { FindingsList } from './FindingsList'
import { SubmittedContent } from './SubmittedContent'

type Ticket = TicketForSigning & {
  findings?: Finding[]
  id: number | string
  item: { relationTo: string; value: number | string | { id: number | string; title?: string } }
  itemTitle?: string
  itemUnit?: null | number | string
  snapshot?: null | Record<string, unknown>
}

/**
 * The reviewer's desk on a ticket: what is asked, the machine's warnings, the 三审 checklist and a
 * comment, and 通过 / 退回. The server decides; this panel only explains in advance why someone may not sign.
 */
export default function DecisionPanel() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const [ticket, setTicket] = useState<Ticket | null>(null)
  const [checks, setChecks] = useState<Record<string, boolean>>({})
  const [comment, setComment] = useState('')
  const [reply, setReply] = useState<{ message: string; ok: boolean } | null>(null)
  const [busy, setBusy] = useState(false)

  const [version, setVersion] = useState(0)

  useEffect(() => {
    if (!id) return
    let current = true
    callGate<Ticket>(`/api/reviews/${id}?depth=0`).then((result) => {
      if (current && result.ok) setTicket(result.data)
    })
    return () => {
      current = false
    }
  }, [id, version])

  if (!ticket || !user) return null
  const itemId = typeof ticket.item.value === 'object' ? ticket.item.value.id : ticket.item.value
  const refusal = whyCannotSign(ticket, user as never)
  const stage = ticket.stages?.[ticket.currentStage ?? 0]
  const userUnit = user.unit && typeof user.unit === 'object' ? user.unit.id : user.unit
  const ownsItem = String(ticket.itemUnit) === String(userUnit) || Boolean(user.roles?.includes('admin'))

  async function decide(decision: 'approve' | 'reject') {
    setBusy(true)
    const result = await callGate(`/api/reviews/${id}/decision`, { checklist: checks, comment, decision })
    setBusy(false)
    setReply(result)
    if (result.ok) setVersion((v) => v + 1)
  }

  return (
    <div className="yg-decision" id="yg-decision-panel">
      <p>
        稿件：
        {ownsItem ? (
          <a href={`/admin/collections/${ticket.item.relationTo}/${itemId}`}>{ticket.itemTitle}</a>
        ) : (
          ticket.itemTitle
        )}
        （状态：{STATE_LABELS[ticket.state] ?? ticket.state}）
      </p>
      <SubmittedContent snapshot={ticket.snapshot} />
      <FindingsList findings={ticket.findings ?? []} />
      {reply && (
        <p className={reply.ok ? 'yg-submit__ok' : 'yg-submit__error'} role="status">
          {reply.message}
        </p>
      )}
      {ticket.state === 'pending' && stage && (
        <fieldset className="yg-decision__form">
          <legend>{stage.name}</legend>
          {refusal ? (
            <p className="yg-decision__refusal">{refusal.message}</p>
          ) : (
            <>
              <div className="yg-decision__checks">
                {CHECKLIST.map(({ key, zh }) => (
                  <label key={key}>
                    <input
                      checked={Boolean(checks[key])}
                      name={`check-${key}`}
                      onChange={(event) => setChecks({ ...checks, [key]: event.target.checked })}
                      type="checkbox"
                    />
                    {zh}
                  </label>
                ))}
              </div>
              <textarea
                name="review-comment"
                onChange={(event) => setComment(event.target.value)}
                placeholder="审核意见（退回时必填）"
                rows={3}
                value={comment}
              />
              <div className="yg-submit__actions">
                <Button
                  buttonStyle="primary"
                  disabled={busy}
                  id="yg-approve"
                  onClick={() => decide('approve')}
                  size="small"
                >
                  通过
                </Button>
                <Button
                  buttonStyle="secondary"
                  disabled={busy}
                  id="yg-reject"
                  onClick={() => decide('reject')}
                  size="small"
                >
                  退回
                </Button>
              </div>
            </>
          )}
        </fieldset>
      )}
      {ticket.state !== 'pending' && (
        <p>
          工单已办结：{STATE_LABELS[ticket.state]}
          {ticket.stages?.some((s) => s.decidedAt)
            ? `（最后签署 ${formatTime([...(ticket.stages ?? [])].reverse().find((s) => s.decidedAt)?.decidedAt)}）`
            : ''}
        </p>
      )}
    </div>
  )
}
