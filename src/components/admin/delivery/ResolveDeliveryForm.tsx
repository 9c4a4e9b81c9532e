'use client'
import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import { callGate } from '../review/api'

type Props = { deliveryId: number | string; onDone: () => void; platform: string; state: string }

/**
 * 人工确认 on a delivery the engine could not settle: after checking the platform's own records, register
 * the post that is there, or send it again. The server checks who may (谁开设谁管理) and records the note.
 */
export function ResolveDeliveryForm({ deliveryId, onDone, platform, state }: Props) {
  const [note, setNote] = useState('')
  const [url, setUrl] = useState('')
  const [externalId, setExternalId] = useState('')
  const [reply, setReply] = useState<{ message: string; ok: boolean } | null>(null)
  const [busy, setBusy] = useState(false)

  async function resolve(action: 'confirm_published' | 'redeliver') {
    setBusy(true)
    const body = action === 'redeliver' ? { action, note } : { action, externalId, note, url }
    const result = await callGate(`/api/deliveries/${deliveryId}/resolve`, body)
    setBusy(false)
    setReply(result)
    if (result.ok) onDone()
  }

  const where = platform === 'wechat' ? '公众平台「发表记录」' : '本账号的微博'
  return (
    <fieldset className="yg-decision yg-resolve" id="yg-resolve-delivery">
      <legend>人工确认</legend>
      <p>
        请先在{where}中核对该稿件是否已发布，再选择处理方式。
        {state === 'unconfirmed' ? '已发布的请登记链接，切勿重新投递，以免重复发布。' : ''}
      </p>
      <textarea
        name="resolve-note"
        onChange={(event) => setNote(event.target.value)}
        placeholder="核对情况（必填），如：已在发表记录中核对，确无此文"
        rows={2}
        value={note}
      />
      {state === 'unconfirmed' && (
        <div className="yg-resolve__found">
          <input
            name="resolve-url"
            onChange={(event) => setUrl(event.target.value)}
            placeholder="平台上的链接 https://…"
            type="url"
            value={url}
          />
          <input
            name="resolve-external-id"
            onChange={(event) => setExternalId(event.target.value)}
            placeholder={platform === 'weibo' ? '微博编号 idstr（必填）' : '文章编号 article_id（可选）'}
            value={externalId}
          />
        </div>
      )}
      {reply && (
        <p className={reply.ok ? 'yg-submit__ok' : 'yg-submit__error'} role="status">
          {reply.message}
        </p>
      )}
      <div className="yg-submit__actions">
        {state === 'unconfirmed' && (
          <Button
            buttonStyle="primary"
            disabled={busy}
            id="yg-resolve-published"
            onClick={() => resolve('confirm_published')}
            size="small"
          >
            已发布，登记链接
          </Button>
        )}
        <Button
          buttonStyle="secondary"
          disabled={busy}
          id="yg-resolve-redeliver"
          onClick={() => resolve('redeliver')}
          size="small"
        >
          未发布，重新投递
        </Button>
      </div>
    </fieldset>
  )
}
