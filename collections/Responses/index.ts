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
import { stampFirstPublication } from '@/hooks/stampFirstPublication'
import { deadlineFields } from '@/hooks/deadlineFields'
import { firstPublishedAtField, ownershipFields } from '@/fields/ownership'
import { auditDeletion, auditPublication } from '@/hooks/auditContent'
import { stampOwningUnit } from '@/hooks/stampOwningUnit'
import { zhEn } from '@/lib/bilingual'
import { canReadInternalField } from '@/public/access'
import { CONCERN_CLASSES, CONCERN_SOURCES, CONCERN_TOPICS } from '@/lib/taxonomy'
import { requiredWhen } from '@/lib/validators'

import { computeResponseDeadline } from './hooks/computeResponseDeadline'

const classIs = (concernClass: string) => (s: Record<string, unknown>) => s.concernClass === concernClass

const outcome = (name: string, zh: string, en: string, concernClass: string, rule: string) => ({
  name,
  type: 'textarea' as const,
  label: zhEn(zh, en),
  admin: { condition: (_: unknown, s: Record<string, unknown>) => s?.concernClass === concernClass },
  validate: requiredWhen(classIs(concernClass), rule),
})

/**
 * 回应关切: the bureau's answer to a public concern. What must be published depends on the class of
 * concern, exactly as the work plan sets out; a response to false information also records the
 * referral for legal handling.
 */
export const Responses: CollectionConfig = {
  slug: 'responses',
  labels: { plural: zhEn('回应关切', 'Responses'), singular: zhEn('回应关切', 'Response') },
  graphQL: { pluralName: 'Responses', singularName: 'Response' },
  access: contentAccess,
  admin: {
    components: { edit: gateEditComponents },
    defaultColumns: [
      'title',
      'concernClass',
      'source',
      'receivedAt',
      'dueAt',
      'deadlineState',
      'respondedAt',
      '_status',
    ],
    group: zhEn('内容', 'Content'),
    useAsTitle: 'title',
  },
  endpoints: gateEndpoints('responses'),
  defaultSort: '-receivedAt',
  versions: { drafts: true, maxPerDoc: 100 },
  fields: [
    { name: 'title', type: 'text', label: zhEn('标题', 'Title'), required: true, maxLength: 200 },
    {
      type: 'row',
      fields: [
        {
          name: 'source',
          type: 'select',
          label: zhEn('舆情来源', 'Source'),
          options: CONCERN_SOURCES,
          required: true,
        },
        {
          name: 'topic',
          type: 'select',
          label: zhEn('回应专题', 'Topic'),
          options: CONCERN_TOPICS,
          required: true,
        },
        {
          name: 'concernClass',
          type: 'select',
          label: zhEn('关切类别', 'Class of concern'),
          options: CONCERN_CLASSES,
          required: true,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'receivedAt',
          type: 'date',
          label: zhEn('收到时间', 'Received at'),
          required: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'respondedAt',
          type: 'date',
          label: zhEn('回应时间', 'Responded at'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
            value &&
            siblingData.receivedAt &&
            new Date(String(value)) < new Date(String(siblingData.receivedAt))
              ? '回应时间不能早于收到时间 (respondedAt cannot be before receivedAt)'
              : true,
        },
      ],
    },
    { name: 'concern', type: 'textarea', label: zhEn('关切内容', 'The concern'), required: true },
    { name: 'body', type: 'richText', label: zhEn('回应正文', 'Response') },
    outcome(
      'adoptionStatus',
      '吸收采纳情况',
      'Adoption status',
      'suggestion',
      '建设性意见须公开吸收采纳情况 (adoptionStatus is required)',
    ),
    outcome(
      'solution',
      '研究解决情况',
      'How it was solved',
      'difficulty',
      '实际困难须公布研究解决情况 (solution is required)',
    ),
    outcome(
      'investigationResult',
      '调查处置情况',
      'Investigation result',
      'major_issue',
      '重大问题须发布调查处置情况 (investigationResult is required)',
    ),
    outcome(
      'authoritativeInfo',
      '权威信息',
      'Authoritative information',
      'misunderstanding',
      '模糊认识须发布权威信息、澄清事实 (authoritativeInfo is required)',
    ),
    outcome(
      'correction',
      '引导纠正',
      'Correction',
      'wrong_view',
      '错误看法须发布引导和纠正信息 (correction is required)',
    ),
    outcome(
      'rebuttal',
      '辟谣内容',
      'Rebuttal',
      'false_info',
      '虚假信息须发布辟谣内容 (rebuttal is required)',
    ),
    {
      name: 'referral',
      type: 'group',
      label: zhEn('依法查处移交记录', 'Referral for legal handling'),
      admin: { condition: (_, s) => s?.concernClass === 'false_info' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'referredTo',
              type: 'text',
              label: zhEn('移交单位', 'Referred to'),
              validate: requiredWhen(
                (_, doc) => doc.concernClass === 'false_info',
                '虚假信息须记录移交查处的单位 (referral.referredTo is required)',
              ),
            },
            {
              name: 'referredAt',
              type: 'date',
              label: zhEn('移交时间', 'Referred at'),
              validate: requiredWhen(
                (_, doc) => doc.concernClass === 'false_info',
                '虚假信息须记录移交时间 (referral.referredAt is required)',
              ),
            },
            {
              name: 'caseNumber',
              type: 'text',
              label: zhEn('案件编号', 'Case number'),
              // A police case number is for the record, not for the public page.
              access: { read: canReadInternalField },
            },
          ],
        },
      ],
    },
    ...deadlineFields({
      doneField: 'respondedAt',
      explanation: zhEn(
        '收到后48小时内回应；重大突发事件5小时内发布权威信息',
        'Answer within 48 hours; 5 hours for a major emergency',
      ),
    }),
    ...presentationFields(),
    firstPublishedAtField,
    ...ownershipFields(zhEn('回应单位', 'Responding unit')),
  ],
  hooks: {
    beforeOperation: gateBeforeOperation,
    beforeDelete: gateBeforeDelete,
    beforeChange: [stampOwningUnit, computeResponseDeadline, stampFirstPublication],
    afterChange: [auditPublication, ...gateAfterChange],
    afterDelete: [auditDeletion, ...gateAfterDelete],
  },
}
