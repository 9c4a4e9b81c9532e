/**
 * 提交审核: one ticket per chosen channel account, bound to the hash of the item's newest version.
 * The stages are copied from the account and their units fixed at this moment, so a later change
 * of an account's workflow does not change the rules of a review already under way.
 */
import type { PayloadRequest } from 'payload'

import { recordAudit } from '@/lib/audit'
import { hasRole, idOf, isAdminUser } from '@/lib/roles'

import { editorialFieldNames } from './contentHash'
import { distinctUnits, resolveStageUnits, type StageRule } from './signing'
import { runPreflight } from './preflight'
import { inGateTransaction, refuse } from './refusal'
import { currentContent } from './supersedeStaleTickets'
import { itemKeyOf, RECEIVING_FILING_STATUSES, type ContentCollection } from './vocabulary'

export type SubmitInput = { channels?: unknown; publishAt?: unknown }

const YEAR_MS = 366 * 86_400_000

/** 定时发布: a moment in the future (within a year) before which no approved delivery goes out. */
function scheduledFor(input: SubmitInput): string | null {
  const { publishAt } = input
  if (publishAt === undefined || publishAt === null || publishAt === '') return null
  const at = typeof publishAt === 'string' ? Date.parse(publishAt) : Number.NaN
  if (Number.isNaN(at)) {
    refuse(400, '定时发布时间须为日期时间，例如 2026-12-01T09:00:00+08:00 (publishAt: an ISO date-time)', {
      field: 'publishAt',
    })
  }
  if (at <= Date.now() || at > Date.now() + YEAR_MS) {
    refuse(400, '定时发布时间须在现在之后、一年之内 (publishAt: in the future, within a year)', {
      field: 'publishAt',
    })
  }
  return new Date(at).toISOString()
}

const FILING_WORDS: Record<string, string> = { cancelled: '注销', suspended: '关停' }

function channelIds(input: SubmitInput): (number | string)[] {
  const { channels } = input
  if (!Array.isArray(channels) || channels.length === 0) {
    refuse(400, '请至少选择一个发布渠道 (channels: choose at least one channel account)', {
      field: 'channels',
    })
  }
  if (!channels.every((id) => typeof id === 'number' || (typeof id === 'string' && id.trim() !== ''))) {
    refuse(400, '发布渠道须为渠道账号编号 (channels: a list of channel account ids)', { field: 'channels' })
  }
  return [...new Set(channels as (number | string)[])]
}

export async function submitForReview(
  req: PayloadRequest,
  collection: ContentCollection,
  id: number | string,
  input: SubmitInput,
) {
  const target = { targetCollection: collection, targetId: id }
  return inGateTransaction(req, '提交审核', target, async () => {
    const user = req.user
    if (!user) refuse(401, '请先登录 (log in first)', { target })
    if (!hasRole(user, 'editor') && !isAdminUser(user)) {
      refuse(403, '只有撰稿人或管理员可以提交审核 (only editors and admins submit items)', { target })
    }
    const requested = channelIds(input)
    const publishAt = scheduledFor(input)
    // Reading through the user's own access: an item they cannot see does not exist for them.
    const visible = await req.payload
      .findByID({
        collection,
        depth: 0,
        disableErrors: true,
        draft: true,
        id,
        overrideAccess: false,
        req,
        user,
      })
      .catch(() => null)
    if (!visible) refuse(404, '稿件不存在或无权查看 (item not found)', { target })
    if (!isAdminUser(user) && String(idOf(visible.unit)) !== String(idOf(user.unit))) {
      refuse(403, '只能提交本单位的稿件 (you submit only your own unit’s items)', { target })
    }

    const accounts = []
    for (const channelId of requested) {
      const account = await req.payload.findByID({
        collection: 'channel-accounts',
        depth: 0,
        disableErrors: true,
        id: channelId,
        overrideAccess: true,
        req,
      })
      if (!account)
        refuse(400, `渠道账号 ${channelId} 不存在 (channels: unknown account)`, { field: 'channels', target })
      if (!RECEIVING_FILING_STATUSES.includes(account.filingStatus)) {
        refuse(
          409,
          `渠道账号“${account.name}”备案状态为${FILING_WORDS[account.filingStatus] ?? account.filingStatus}，不能接收内容 (the account is not open)`,
          { field: 'channels', target },
        )
      }
      accounts.push(account)
    }

    const { doc, hash } = await currentContent(req, collection, id)
    const itemKey = itemKeyOf(collection, id)
    const existing = await req.payload.find({
      collection: 'reviews',
      depth: 0,
      limit: 100,
      overrideAccess: true,
      pagination: false,
      req,
      where: {
        and: [
          { itemKey: { equals: itemKey } },
          { contentHash: { equals: hash } },
          { state: { in: ['pending', 'approved'] } },
          { channel: { in: accounts.map((account) => account.id) } },
        ],
      },
    })
    if (existing.docs.length) {
      const names = accounts.filter((a) =>
        existing.docs.some((t) => String(idOf(t.channel)) === String(a.id)),
      )
      refuse(
        409,
        `此版本已提交到：${names.map((a) => a.name).join('、')}，请勿重复提交 (already submitted)`,
        {
          field: 'channels',
          target,
        },
      )
    }

    const websiteLive = await req.payload.count({
      collection: 'deliveries',
      overrideAccess: true,
      req,
      where: {
        and: [
          { itemKey: { equals: itemKey } },
          { platform: { equals: 'website' } },
          { state: { equals: 'delivered' } },
        ],
      },
    })
    const findings = await runPreflight(req, {
      accounts,
      collection,
      doc,
      websiteLinkAvailable:
        websiteLive.totalDocs > 0 || accounts.some((account) => account.platform === 'website'),
    })
    const blocking = findings.filter((finding) => finding.severity === 'blocking')
    if (blocking.length) {
      refuse(422, `预检未通过（${blocking.length} 项）：${blocking.map((f) => f.message).join('；')}`, {
        findings: blocking,
        target,
      })
    }

    const latest = await req.payload.findVersions({
      collection,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
      sort: '-updatedAt',
      where: { parent: { equals: id } },
    })
    const versionId = latest.docs[0] ? String(latest.docs[0].id) : null
    // 初审 belongs to the unit of the person who wrote the item (the item's unit when no author is known).
    const authorId = idOf(doc.author)
    const author = authorId
      ? await req.payload.findByID({
          collection: 'users',
          depth: 0,
          disableErrors: true,
          id: authorId,
          overrideAccess: true,
          req,
        })
      : null
    const authorUnit = idOf(author?.unit) ?? idOf(doc.unit)
    const now = new Date().toISOString()
    const fields = req.payload.collections[collection].config.fields
    const snapshot = Object.fromEntries(
      ['title', ...editorialFieldNames(fields)].map((name) => [
        name,
        (doc as Record<string, unknown>)[name] ?? null,
      ]),
    )
    const tickets = []
    for (const account of accounts) {
      const rules = (account.stages ?? []) as StageRule[]
      const units = resolveStageUnits(rules, authorUnit, idOf(account.owningUnit))
      const warnings = findings.filter(
        (finding) => !finding.channel || finding.channel === String(account.id),
      )
      const ticket = await req.payload.create({
        collection: 'reviews',
        data: {
          author: (idOf(doc.author) as number) ?? null,
          channel: account.id,
          contentHash: hash,
          currentStage: 0,
          currentStageName: rules[0]?.name ?? null,
          findings: warnings,
          snapshot,
          item: { relationTo: collection, value: doc.id as number },
          itemKey,
          itemTitle: String(doc.title ?? ''),
          itemUnit: (idOf(doc.unit) as number) ?? null,
          platform: account.platform,
          publishAt,
          reviewerUnits: distinctUnits(units) as number[],
          revision: 0,
          stages: rules.map((rule, index) => ({
            name: rule.name,
            reviewerUnit: (units[index] as number) ?? null,
          })),
          state: 'pending',
          submittedAt: now,
          submittedBy: user.id,
          submittedByLabel: `${user.name} <${user.email}>`,
          title: `${String(doc.title ?? '').slice(0, 60)} → ${account.name}`,
          versionId,
        },
        overrideAccess: true,
        req,
      })
      await recordAudit(req, {
        action: 'review_submitted',
        details: {
          channel: account.id,
          channelName: account.name,
          ticket: ticket.id,
          warnings: warnings.length,
        },
        summary: `提交审核：${doc.title} → ${account.name}`,
        targetCollection: collection,
        targetId: id,
        targetVersion: hash,
      })
      tickets.push(ticket)
    }
    return { findings, tickets }
  })
}
