'use client'
import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/** 立即自查: runs the self-check now (admins only; the server checks too) and refreshes the page. */
export default function RunSelfCheckButton() {
  const router = useRouter()
  const [state, setState] = useState<'idle' | 'running' | string>('idle')
  const run = async () => {
    setState('running')
    const response = await fetch('/api/self-check/run', { credentials: 'include', method: 'POST' })
    const body = await response.json().catch(() => ({}))
    setState(
      response.ok
        ? `完成：新发现 ${body.opened} 个，已解决 ${body.resolved} 个`
        : (body.errors?.[0]?.message ?? `失败（${response.status}）`),
    )
    router.refresh()
  }
  return (
    <span className="yg-dash__run">
      <Button
        buttonStyle="secondary"
        disabled={state === 'running'}
        id="yg-run-self-check"
        onClick={run}
        size="small"
      >
        {state === 'running' ? '自查中…' : '立即自查'}
      </Button>
      {state !== 'idle' && state !== 'running' ? <span>{state}</span> : null}
    </span>
  )
}
