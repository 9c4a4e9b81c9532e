'use client'
import { Button, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useState } from 'react'

import { callGate, PLATFORM_LABELS, type Finding } from './api'
import { FindingsList } from './FindingsList'

type Account = { id: number | string; name: string; platform: string }

/**
 * 提交审核 replaces Payload's 发布 button: nothing is published from the edit form. The editor picks the
 * channels; the server runs the pre-flight and opens one review ticket per channel.
 */
export default function SubmitForReviewButton() {
  const { collectionSlug, id } = useDocumentInfo()
  const modified = useFormModified()
  const [open, setOpen] = useState(false)
  const [accounts, setAccounts] = useState<Account[]>([])
  const [chosen, setChosen] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  // 定时发布, as the editor reads a wall clock in Beijing (the datetime input carries no zone).
  const [publishAt, setPublishAt] = useState('')
  const [result, setResult] = useState<{ findings: Finding[]; message: string; ok: boolean } | null>(null)

  async function openPanel() {
    setResult(null)
    setOpen(true)
    const reply = await callGate<{ docs: Account[] }>(
      '/api/channel-accounts?depth=0&limit=100&sort=platform&where[filingStatus][in][0]=opened&where[filingStatus][in][1]=changed',
    )
    setAccounts(reply.data.docs ?? [])
  }

  async function submit() {
    setBusy(true)
    const reply = await callGate(`/api/${collectionSlug}/${id}/submit`, {
      channels: chosen,
      ...(publishAt ? { publishAt: `${publishAt}:00+08:00` } : {}),
    })
    setBusy(false)
    setResult(reply)
  }

  const toggle = (value: string) =>
    setChosen((current) =>
      current.includes(value) ? current.filter((v) => v !== value) : [...current, value],
    )

  const blockedReason = !id
    ? '请先保存草稿，再提交审核'
    : modified
      ? '有未保存的修改：请先保存草稿，再提交审核'
      : ''
  return (
    <div className="yg-submit">
      <Button
        buttonStyle="primary"
        disabled={Boolean(blockedReason)}
        id="yg-submit-review"
        onClick={openPanel}
        size="medium"
      >
        提交审核
      </Button>
      {blockedReason && <div className="yg-submit__hint">{blockedReason}</div>}
      {open && (
        <div className="yg-submit__panel" role="dialog" aria-label="提交审核">
          <h4>选择发布渠道</h4>
          <p className="yg-submit__note">
            每个渠道单独审核：初审由本单位审核人签署，复审、终审由渠道开设单位签署。
          </p>
          {accounts.map((account) => (
            <label className="yg-submit__channel" key={account.id}>
              <input
                checked={chosen.includes(String(account.id))}
                onChange={() => toggle(String(account.id))}
                type="checkbox"
                value={String(account.id)}
              />
              {account.name}（{PLATFORM_LABELS[account.platform] ?? account.platform}）
            </label>
          ))}
          <label className="yg-submit__schedule">
            定时发布（可选，北京时间）
            <input
              id="yg-submit-publish-at"
              onChange={(event) => setPublishAt(event.target.value)}
              type="datetime-local"
              value={publishAt}
            />
            <span className="yg-submit__note">留空则审核通过后立即发布</span>
          </label>
          {result && (
            <div className={result.ok ? 'yg-submit__ok' : 'yg-submit__error'} role="status">
              {!result.ok && result.findings.length
                ? `预检未通过（${result.findings.length} 项），请修改后再提交：`
                : result.message}
              <FindingsList findings={result.findings} />
            </div>
          )}
          <div className="yg-submit__actions">
            <Button
              buttonStyle="primary"
              disabled={busy || !chosen.length}
              id="yg-submit-confirm"
              onClick={submit}
              size="small"
            >
              {busy ? '正在检查…' : '确认提交'}
            </Button>
            <Button
              buttonStyle="secondary"
              onClick={() => (result?.ok ? window.location.reload() : setOpen(false))}
              size="small"
            >
              {result?.ok ? '完成' : '取消'}
            </Button>
          </div>
        </div>
      )}
    </div>
  )
}
