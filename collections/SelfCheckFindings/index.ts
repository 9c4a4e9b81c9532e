import type { CollectionConfig } from 'payload'

import { isAdminOrOwnUnit, nobody } from '@/access'
import { option, zhEn } from '@/lib/bilingual'
import { FINDING_KINDS, type FindingKind } from '@/selfcheck/types'

const readOnly = { readOnly: true }

/** Every kind has a label: a new kind without one does not compile. */
const KIND_LABELS: Record<FindingKind, [zh: string, en: string]> = {
  stale_column: ['栏目未按期更新', 'Column not updated'],
  blank_column: ['空白栏目', 'Blank column'],
  broken_link: ['链接不可用', 'Broken link'],
  typo: ['错别字', 'Typo'],
  response_overdue: ['回应关切逾期', 'Response overdue'],
  consultation_overdue: ['征求意见未反馈', 'Consultation feedback overdue'],
  request_overdue: ['依申请逾期', 'Request overdue'],
  request_due_soon: ['依申请即将到期', 'Request due soon'],
  channel_silent: ['账号长期未更新', 'Account silent'],
}

export const FINDING_KIND_OPTIONS = FINDING_KINDS.map((kind) => option(kind, ...KIND_LABELS[kind]))

export const FINDING_SEVERITIES = [
  option('high', '严重', 'High'),
  option('medium', '一般', 'Medium'),
  option('low', '轻微', 'Low'),
]

/**
 * 自查问题: what the self-check found against the inspection indicators. Written by the self-check
 * only; a finding keeps the day it was first seen across runs (matched by its fingerprint) and is
 * marked resolved by the first run that no longer sees it. Staff read their unit's findings.
 */
export const SelfCheckFindings: CollectionConfig = {
  slug: 'self-check-findings',
  labels: {
    plural: zhEn('自查问题', 'Self-check findings'),
    singular: zhEn('自查问题', 'Self-check finding'),
  },
  graphQL: { pluralName: 'SelfCheckFindings', singularName: 'SelfCheckFinding' },
  access: { create: nobody, delete: nobody, read: isAdminOrOwnUnit, update: nobody },
  admin: {
    defaultColumns: ['message', 'severity', 'kind', 'unit', 'state', 'firstSeenAt', 'resolvedAt'],
    group: zhEn('自查', 'Self-check'),
    useAsTitle: 'message',
  },
  defaultSort: '-firstSeenAt',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: zhEn('问题类型', 'Kind'),
          options: FINDING_KIND_OPTIONS,
          required: true,
          index: true,
          admin: readOnly,
        },
        {
          name: 'severity',
          type: 'select',
          label: zhEn('严重程度', 'Severity'),
          options: FINDING_SEVERITIES,
          required: true,
          index: true,
          admin: readOnly,
        },
        {
          name: 'state',
          type: 'select',
          label: zhEn('状态', 'State'),
          options: [option('open', '未解决', 'Open'), option('resolved', '已解决', 'Resolved')],
          required: true,
          defaultValue: 'open',
          index: true,
          admin: readOnly,
        },
      ],
    },
    {
      name: 'message',
      type: 'textarea',
      label: zhEn('问题说明', 'Message'),
      required: true,
      admin: readOnly,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'unit',
          type: 'relationship',
          relationTo: 'units',
          label: zhEn('责任单位', 'Responsible unit'),
          index: true,
          admin: { ...readOnly, description: zhEn('空表示全局问题，由管理员处理', 'Empty: bureau-wide') },
        },
        { name: 'target', type: 'text', label: zhEn('检查对象', 'Target'), admin: readOnly },
        { name: 'link', type: 'text', label: zhEn('处理链接', 'Link'), admin: readOnly },
      ],
    },
    {
      name: 'fingerprint',
      type: 'text',
      label: zhEn('指纹', 'Fingerprint'),
      required: true,
      unique: true,
      index: true,
      admin: { hidden: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'firstSeenAt',
          type: 'date',
          label: zhEn('首次发现', 'First seen'),
          index: true,
          admin: readOnly,
        },
        { name: 'lastSeenAt', type: 'date', label: zhEn('最近发现', 'Last seen'), admin: readOnly },
        { name: 'resolvedAt', type: 'date', label: zhEn('解决时间', 'Resolved at'), admin: readOnly },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'alertedAt',
          type: 'date',
          label: zhEn('提醒邮件发送时间', 'Alert sent at'),
          admin: readOnly,
        },
        { name: 'alertedTo', type: 'text', label: zhEn('提醒对象', 'Alert recipients'), admin: readOnly },
      ],
    },
  ],
}
