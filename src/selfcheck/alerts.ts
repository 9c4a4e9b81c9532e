/**
 * 提醒: a new finding is mailed to the staff of the unit that must act (admins for bureau-wide ones),
 * once. The finding records when and to whom it was sent, so later runs stay silent; a send that
 * fails records nothing and is tried again by the next run.
 */
import type { Payload } from 'payload'

import type { SelfCheckFinding } from '@/payload-types'
import { idOf } from '@/lib/roles'
import { serverURL } from '@/lib/env'

const SEVERITY_ZH: Record<string, string> = { high: '严重', low: '轻微', medium: '一般' }

async function recipientsFor(payload: Payload, unit: number | string | undefined): Promise<string[]> {
  const users = await payload.find({
    collection: 'users',
    depth: 0,
    pagination: false,
    where:
      unit === undefined
        ? { roles: { in: ['admin'] } }
        : { and: [{ unit: { equals: unit } }, { roles: { exists: true } }] },
  })
  return users.docs.filter((user) => user.roles?.length && user.email).map((user) => user.email)
}

export function alertText(findings: SelfCheckFinding[]): string {
  const origin = serverURL()
  const lines = findings.map(
    (f, index) =>
      `${index + 1}. 【${SEVERITY_ZH[f.severity] ?? f.severity}】${f.message}\n   处理：${origin}${f.link ?? ''}`,
  )
  return [
    '阳光政务公开自查发现以下新问题，请及时处理：',
    '',
    ...lines,
    '',
    `全部问题见工作台：${origin}/admin`,
    '（本邮件由系统自动发送；同一问题只提醒一次。）',
  ].join('\n')
}

export async function sendAlerts(payload: Payload, now: Date): Promise<{ emails: number; findings: number }> {
  const pending = await payload.find({
    collection: 'self-check-findings',
    depth: 0,
    pagination: false,
    sort: 'firstSeenAt',
    where: { and: [{ state: { equals: 'open' } }, { alertedAt: { exists: false } }] },
  })
  const byUnit = new Map<string, SelfCheckFinding[]>()
  for (const finding of pending.docs) {
    const key = String(idOf(finding.unit) ?? '')
    byUnit.set(key, [...(byUnit.get(key) ?? []), finding])
  }
  let emails = 0
  let alerted = 0
  for (const [key, findings] of byUnit) {
    const to = await recipientsFor(payload, key === '' ? undefined : idOf(findings[0].unit))
    if (!to.length) continue
    try {
      await payload.sendEmail({
        subject: `【阳光自查】发现 ${findings.length} 个新问题`,
        text: alertText(findings),
        to: to.join(', '),
      })
    } catch (error) {
      payload.logger.error({ err: error, msg: `self-check alert to ${to.join(', ')} failed` })
      continue
    }
    emails++
    for (const finding of findings) {
      await payload.update({
        collection: 'self-check-findings',
        data: { alertedAt: now.toISOString(), alertedTo: to.join(', ').slice(0, 1000) },
        depth: 0,
        id: finding.id,
      })
      alerted++
    }
  }
  return { emails, findings: alerted }
}
