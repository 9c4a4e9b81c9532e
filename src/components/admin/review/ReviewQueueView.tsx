import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { reviewQueue } from '@/gate/queue'
import { idOf } from '@/lib/roles'

import { formatTime, PLATFORM_LABELS } from './api'

const name = (value: unknown, fallback = '') =>
  value && typeof value === 'object' && 'name' in value ? String((value as { name: unknown }).name) : fallback

/** 待我审核: every ticket waiting for this reviewer's signature, oldest first, one click from the desk. */
export default async function ReviewQueueView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req } = initPageResult
  const tickets = req.user ? await reviewQueue(req) : []
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        <h1 className="yg-queue__title">待我审核</h1>
        <p className="yg-queue__lead">
          以下稿件的当前环节等待您签署。“谁开设谁管理”：复审、终审由渠道开设单位的审核人负责。
        </p>
        {!tickets.length ? (
          <p id="yg-queue-empty">暂无待审核的稿件。</p>
        ) : (
          <table className="yg-queue" id="yg-review-queue">
            <thead>
              <tr>
                <th>稿件</th>
                <th>渠道</th>
                <th>待签环节</th>
                <th>撰稿单位</th>
                <th>提交时间</th>
              </tr>
            </thead>
            <tbody>
              {tickets.map((ticket) => (
                <tr key={ticket.id}>
                  <td>
                    <a href={`/admin/collections/reviews/${ticket.id}`}>{ticket.itemTitle}</a>
                  </td>
                  <td>
                    {name(ticket.channel)}（{PLATFORM_LABELS[ticket.platform ?? ''] ?? ticket.platform}）
                  </td>
                  <td>{ticket.currentStageName}</td>
                  <td>{name(ticket.itemUnit, String(idOf(ticket.itemUnit) ?? ''))}</td>
                  <td>{formatTime(ticket.submittedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
