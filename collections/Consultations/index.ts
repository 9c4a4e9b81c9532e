import type { CollectionConfig } from 'payload'
import { presentationFields } from '@/fields/presentation'
import {
  gateAfterChange,
  gateAfterDelete,
  gateBeforeDelete,
  gateBeforeOperation,
  gateEditComponents,
  gateEndpoints,
} from '@/gate/contentGate'

import { contentAccess } from '@/access/content'
import { ownershipFields } from '@/fields/ownership'
import { auditDeletion, auditPublication } from '@/hooks/auditContent'
import { stampOwningUnit } from '@/hooks/stampOwningUnit'
import { option, zhEn } from '@/lib/bilingual'
import { canReadInternalField } from '@/public/access'

import { submitComment } from './endpoints/submitComment'
import { carryUnitToComments } from './hooks/carryUnitToComments'
import { computePhase } from './hooks/computePhase'
import { refuseClosingBeforeOpening } from './hooks/refuseClosingBeforeOpening'
import { requireAdoptionSummaryAfterClose } from './hooks/requireAdoptionSummaryAfterClose'

const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/**
 * 征求意见: a draft decision put to the public (重大行政决策公众参与). It is open for comments from
 * opensAt until closesAt; afterwards the unit publishes how the comments were adopted (采纳情况).
 * Comments arrive through POST /api/consultations/:id/comments and live in consultation-comments.
 */
export const Consultations: CollectionConfig = {
  slug: 'consultations',
  labels: { plural: zhEn('征求意见', 'Consultations'), singular: zhEn('征求意见', 'Consultation') },
  graphQL: { pluralName: 'Consultations', singularName: 'Consultation' },
  access: contentAccess,
  admin: {
    components: { edit: gateEditComponents },
    defaultColumns: ['title', 'unit', 'opensAt', 'closesAt', 'phase', '_status'],
    group: zhEn('内容', 'Content'),
    listSearchableFields: ['title', 'summary'],
    useAsTitle: 'title',
  },
  defaultSort: '-opensAt',
  versions: { drafts: true, maxPerDoc: 100 },
  endpoints: [submitComment, ...gateEndpoints('consultations')],
  fields: [
    { name: 'title', type: 'text', label: zhEn('标题', 'Title'), required: true, maxLength: 200 },
    {
      name: 'summary',
      type: 'textarea',
      label: zhEn('征求意见说明', 'Summary'),
      maxLength: 2000,
      admin: {
        description: zhEn('起草背景、主要内容和意见反馈方式', 'Background, main points and how to respond'),
      },
    },
    { name: 'draftText', type: 'richText', label: zhEn('征求意见稿', 'Draft text'), required: true },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: zhEn('附件', 'Attachments'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'opensAt',
          type: 'date',
          label: zhEn('开始时间', 'Opens at'),
          required: true,
          index: true,
          admin: dayAndTime,
        },
        {
          name: 'closesAt',
          type: 'date',
          label: zhEn('截止时间', 'Closes at'),
          required: true,
          index: true,
          admin: dayAndTime,
        },
      ],
    },
    {
      name: 'adoptionSummary',
      type: 'textarea',
      label: zhEn('采纳情况', 'Adoption summary'),
      admin: {
        description: zhEn(
          '征求意见结束后必填：收到意见的总体情况、采纳情况及不予采纳的理由',
          'Required once closed: comments received, which were adopted and why others were not',
        ),
      },
    },
    {
      name: 'resultPublishedAt',
      type: 'date',
      label: zhEn('结果公布时间', 'Result published at'),
      admin: { ...dayAndTime, position: 'sidebar' },
    },
    {
      name: 'phase',
      type: 'select',
      virtual: true,
      label: zhEn('阶段', 'Phase'),
      options: [
        option('upcoming', '未开始', 'Upcoming'),
        option('open', '征求中', 'Open'),
        option('closed', '已结束', 'Closed'),
      ],
      // Changes with the clock, not with a publication, so public (cached) reads compute it from the dates.
      access: { create: () => false, read: canReadInternalField, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: zhEn('按开始和截止时间自动计算', 'Computed from the dates'),
      },
      hooks: { afterRead: [computePhase] },
    },
    ...presentationFields({ withSummary: false }),
    ...ownershipFields(zhEn('承办单位', 'Owning unit')),
  ],
  hooks: {
    beforeOperation: gateBeforeOperation,
    beforeDelete: gateBeforeDelete,
    beforeChange: [stampOwningUnit, refuseClosingBeforeOpening, requireAdoptionSummaryAfterClose],
    afterChange: [auditPublication, carryUnitToComments, ...gateAfterChange],
    afterDelete: [auditDeletion, ...gateAfterDelete],
  },
}
