'use client'
/*
 * The public comment form of a consultation. The visitor's browser posts straight to the API
 * (POST /api/consultations/{id}/comments), so validation and rate limits apply to the visitor, not to
 * this server. Contact details are kept for the bureau only and never shown.
 */
import { useState, type FormEvent } from 'react'

type State = { kind: 'error' | 'idle' | 'sending' | 'sent'; message?: string }

export function CommentForm({ consultationId }: { consultationId: number | string }) {
  const [state, setState] = useState<State>({ kind: 'idle' })

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setState({ kind: 'sending' })
    try {
      const response = await fetch(`/api/consultations/${consultationId}/comments`, {
        body: JSON.stringify({
          body: form.get('body'),
          contact: form.get('contact') || undefined,
          name: form.get('name') || undefined,
        }),
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      const reply = await response.json().catch(() => ({}))
      if (response.ok) {
        setState({ kind: 'sent', message: reply.message ?? '意见已提交，审核后公开' })
        ;(event.target as HTMLFormElement).reset()
      } else {
        setState({ kind: 'error', message: reply.errors?.[0]?.message ?? '提交失败，请稍后再试' })
      }
    } catch {
      setState({ kind: 'error', message: '网络异常，提交失败，请稍后再试' })
    }
  }

  return (
    <form className="site-comment" onSubmit={submit}>
      <label htmlFor="comment-body">意见内容（必填，5～2000 字）</label>
      <textarea id="comment-body" maxLength={2000} minLength={5} name="body" required rows={6} />
      <label htmlFor="comment-name">姓名（选填）</label>
      <input autoComplete="name" id="comment-name" maxLength={50} name="name" />
      <label htmlFor="comment-contact">联系方式（选填，仅供工作人员联系，不公开）</label>
      <input autoComplete="email" id="comment-contact" maxLength={254} name="contact" />
      <p>
        <button className="site-button" disabled={state.kind === 'sending'} type="submit">
          {state.kind === 'sending' ? '提交中…' : '提交意见'}
        </button>
      </p>
      <div aria-live="polite" role="status">
        {state.kind === 'sent' ? <p className="site-notice">{state.message}</p> : null}
        {state.kind === 'error' ? <p className="site-error">{state.message}</p> : null}
      </div>
    </form>
  )
}
