/** The admin's calls to the gate's REST doors, with the server's refusal (and findings) kept intact. */
export type Finding = {
  channel?: string
  code: string
  field?: string
  message: string
  severity: 'blocking' | 'warning'
}

export type GateReply<T> = { data: T; findings: Finding[]; message: string; ok: boolean }

export async function callGate<T = Record<string, unknown>>(
  url: string,
  body?: unknown,
): Promise<GateReply<T>> {
  const response = await fetch(url, {
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'include',
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    method: body === undefined ? 'GET' : 'POST',
  })
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>
  const error = (data.errors as { data?: { findings?: Finding[] }; message?: string }[] | undefined)?.[0]
  return {
    data: data as T,
    findings: error?.data?.findings ?? (data.warnings as Finding[] | undefined) ?? [],
    message:
      error?.message ??
      (data.message as string | undefined) ??
      (response.ok ? '' : `请求失败（${response.status}）`),
    ok: response.ok,
  }
}

export const STATE_LABELS: Record<string, string> = {
  approved: '已通过',
  awaiting_platform: '平台处理中',
  delivered: '已送达',
  failed: '失败',
  pending: '审核中',
  queued: '排队中',
  rejected: '已退回',
  retracted: '已撤回',
  sending: '发送中',
  superseded: '已失效',
  unconfirmed: '结果待确认',
}

export const PLATFORM_LABELS: Record<string, string> = {
  website: '门户网站',
  wechat: '微信公众号',
  weibo: '政务微博',
}

export const formatTime = (value?: null | string) =>
  value
    ? new Date(value)
        .toLocaleString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' })
        .replace(/\//g, '-')
    : ''
