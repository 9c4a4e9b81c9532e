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
import { deadlineFields } from '@/hooks/deadlineFields'
import { firstPublishedAtField, ownershipFields } from '@/fields/ownership'
import { auditDeletion, auditPublication } from '@/hooks/auditContent'
import { stampOwningUnit } from '@/hooks/stampOwningUnit'
import { zhEn } from '@/lib/bilingual'
import {
  CLEANUP_DECISIONS,
  DISCLOSURE_MODES,
  DOC_TYPES,
  EMERGENCY_STAGES,
  KEY_AREAS,
  OPENNESS,
  TOPICS,
  VALIDITY,
  WITHHOLDING_GROUNDS,
} from '@/lib/taxonomy'
import { requiredWhen } from '@/lib/validators'

import { applyCleanupDecisions } from './hooks/applyCleanupDecisions'
import { assignIndexNumber } from './hooks/assignIndexNumber'
import { checkDisclosureLinks } from './hooks/checkDisclosureLinks'
import { computeDeadline } from './hooks/computeDeadline'
import { checkWithheldItem } from './hooks/checkWithheldItem'
import { stampFirstPublication } from '../../src/hooks/stampFirstPublication'

const isNormative = (s: Record<string, unknown>) => s.docType === 'normative'
const isEmergency = (s: Record<string, unknown>) => s.docType === 'emergency'
const isFirstNotice = (s: Record<string, unknown>) => isEmergency(s) && s.stage === 'first'

/**
 * 政府信息: every item a unit discloses, with the catalogue metadata a government page shows
 * (索引号, 发布机构, 成文日期, 文号, 主题分类, 有效性). Normative documents carry their lifecycle;
 * emergencies are released in stages (首发 → 进展 → 结果) threaded on the first notice.
 */
export const Disclosures: CollectionConfig = {
  slug: 'disclosures',
  labels: { plural: zhEn('政府信息', 'Disclosures'), singular: zhEn('政府信息', 'Disclosure') },
  graphQL: { pluralName: 'Disclosures', singularName: 'Disclosure' },
  access: contentAccess,
  admin: {
    components: { edit: gateEditComponents },
    defaultColumns: [
      'title',
      'unit',
      'docType',
      'openness',
      'formedOn',
      'dueAt',
      'deadlineState',
      'indexNumber',
      '_status',
    ],
    group: zhEn('内容', 'Content'),
    listSearchableFields: ['title', 'documentNumber', 'indexNumber'],
    useAsTitle: 'title',
  },
  endpoints: gateEndpoints('disclosures'),
  defaultSort: '-updatedAt',
  versions: { drafts: true, maxPerDoc: 100 },
  fields: [
    { name: 'title', type: 'text', label: zhEn('标题', 'Title'), required: true, maxLength: 200 },
    {
      type: 'tabs',
      tabs: [
        {
          label: zhEn('正文', 'Content'),
          fields: [
            { name: 'body', type: 'richText', label: zhEn('正文', 'Body') },
            {
              name: 'attachments',
              type: 'upload',
              relationTo: 'media',
              hasMany: true,
              label: zhEn('附件', 'Attachments'),
            },
          ],
        },
        {
          label: zhEn('公开属性', 'Openness'),
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'openness',
                  type: 'select',
                  label: zhEn('五公开', 'Openness'),
                  options: OPENNESS,
                  required: true,
                },
                { name: 'keyArea', type: 'select', label: zhEn('重点领域', 'Key area'), options: KEY_AREAS },
                {
                  name: 'topic',
                  type: 'select',
                  label: zhEn('主题分类', 'Topic'),
                  options: TOPICS,
                  required: true,
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'disclosureMode',
                  type: 'select',
                  label: zhEn('公开方式', 'Disclosure mode'),
                  options: DISCLOSURE_MODES,
                  required: true,
                  defaultValue: 'proactive',
                },
                {
                  name: 'withholdingGround',
                  type: 'select',
                  label: zhEn('不予公开理由', 'Ground for withholding'),
                  options: WITHHOLDING_GROUNDS,
                  admin: { condition: (_, s) => s?.disclosureMode === 'not_disclosed' },
                  validate: requiredWhen(
                    (s) => s.disclosureMode === 'not_disclosed',
                    '不予公开须选择法定理由 (withholdingGround is required when the mode is 不予公开)',
                  ),
                },
              ],
            },
          ],
        },
        {
          label: zhEn('文件信息', 'Document'),
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'docType',
                  type: 'select',
                  label: zhEn('信息类别', 'Document type'),
                  options: DOC_TYPES,
                  required: true,
                  defaultValue: 'notice',
                },
                {
                  name: 'documentNumber',
                  type: 'text',
                  label: zhEn('文号', 'Document number'),
                  admin: { placeholder: '宣公〔2026〕12号' },
                  validate: requiredWhen(
                    isNormative,
                    '规范性文件须填写文号 (documentNumber is required for normative documents)',
                  ),
                },
                {
                  name: 'formedOn',
                  type: 'date',
                  label: zhEn('成文日期', 'Date of formation'),
                  admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
                  validate: requiredWhen(
                    (s) => s.disclosureMode === 'proactive',
                    '主动公开的信息须填写成文日期，用于计算20个工作日的公开时限 (formedOn is required for proactive disclosure)',
                  ),
                },
              ],
            },
            {
              type: 'row',
              admin: { condition: (_, s) => s?.docType === 'normative' },
              fields: [
                {
                  name: 'validity',
                  type: 'select',
                  label: zhEn('有效性', 'Validity'),
                  options: VALIDITY,
                  defaultValue: 'valid',
                  validate: requiredWhen(
                    isNormative,
                    '规范性文件须标明有效性 (validity is required for normative documents)',
                  ),
                },
                {
                  name: 'replacedBy',
                  type: 'relationship',
                  relationTo: 'disclosures',
                  label: zhEn('修订后文件', 'Replaced by'),
                  filterOptions: { docType: { equals: 'normative' } },
                  validate: requiredWhen(
                    (s) => s.docType === 'normative' && s.validity === 'amended',
                    '已修订的文件须关联修订后的文件 (replacedBy is required when validity is 已修订)',
                  ),
                },
              ],
            },
            {
              name: 'cleanupItems',
              type: 'array',
              label: zhEn('清理清单', 'Cleanup list'),
              labels: {
                plural: zhEn('清理条目', 'Cleanup entries'),
                singular: zhEn('清理条目', 'Cleanup entry'),
              },
              admin: {
                condition: (_, s) => s?.docType === 'cleanup_result',
                description: zhEn(
                  '发布清理结果时，各文件的有效性随之更新',
                  'Publishing the result updates each document',
                ),
              },
              validate: requiredWhen(
                (s) => s.docType === 'cleanup_result',
                '清理结果须列出至少一份规范性文件 (cleanupItems: list at least one normative document)',
              ),
              fields: [
                {
                  name: 'document',
                  type: 'relationship',
                  relationTo: 'disclosures',
                  label: zhEn('规范性文件', 'Normative document'),
                  required: true,
                  filterOptions: { docType: { equals: 'normative' } },
                },
                {
                  name: 'decision',
                  type: 'select',
                  label: zhEn('清理结论', 'Decision'),
                  options: CLEANUP_DECISIONS,
                  required: true,
                },
                {
                  name: 'replacement',
                  type: 'relationship',
                  relationTo: 'disclosures',
                  label: zhEn('修订后文件', 'Amended version'),
                  filterOptions: { docType: { equals: 'normative' } },
                  validate: requiredWhen(
                    (s) => s.decision === 'amend',
                    '结论为修订时须关联修订后的文件 (replacement is required when the decision is 修订)',
                  ),
                },
              ],
            },
            {
              type: 'row',
              admin: { condition: (_, s) => s?.docType === 'emergency' },
              fields: [
                {
                  name: 'stage',
                  type: 'select',
                  label: zhEn('发布阶段', 'Stage'),
                  options: EMERGENCY_STAGES,
                  validate: requiredWhen(
                    isEmergency,
                    '突发事件信息须选择发布阶段 (stage is required for emergencies)',
                  ),
                },
                {
                  name: 'thread',
                  type: 'relationship',
                  relationTo: 'disclosures',
                  label: zhEn('首发信息', 'First notice'),
                  filterOptions: { stage: { equals: 'first' } },
                  validate: requiredWhen(
                    (s) => isEmergency(s) && s.stage !== 'first' && Boolean(s.stage),
                    '进展和结果须关联首发信息 (thread: link the first notice of this emergency)',
                  ),
                },
                {
                  name: 'eventOccurredAt',
                  type: 'date',
                  label: zhEn('事件发生时间', 'Event occurred at'),
                  admin: { date: { pickerAppearance: 'dayAndTime' } },
                  validate: requiredWhen(
                    (s) => isEmergency(s) && s.stage === 'first',
                    '首发信息须填写事件发生时间，用于计算5小时发布时限 (eventOccurredAt is required for a first notice)',
                  ),
                },
              ],
            },
            {
              name: 'threadItems',
              type: 'join',
              collection: 'disclosures',
              on: 'thread',
              label: zhEn('后续发布', 'Follow-ups'),
              admin: { condition: (_, s) => s?.stage === 'first' },
            },
            {
              name: 'interpretations',
              type: 'join',
              collection: 'interpretations',
              on: 'policy',
              label: zhEn('政策解读', 'Interpretations'),
            },
          ],
        },
      ],
    },
    {
      name: 'indexNumber',
      type: 'text',
      label: zhEn('索引号', 'Index number'),
      unique: true,
      index: true,
      access: { create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: zhEn('首次发布时生成，不再改变', 'Assigned on first publication, never changed'),
      },
    },
    ...deadlineFields({
      doneField: 'firstPublishedAt',
      explanation: zhEn(
        '主动公开：成文日期起20个工作日；突发事件首发：事发后5小时',
        'Proactive: 20 working days from formation; emergency first notice: 5 hours',
      ),
    }),
    ...deadlineFields({
      condition: isFirstNotice,
      doneField: 'pressConferenceHeldAt',
      dueField: 'pressConferenceDueAt',
      explanation: zhEn(
        '重大突发事件：事发后24小时内举行新闻发布会',
        'Major emergency: press conference within 24 hours',
      ),
      label: zhEn('发布会时限', 'Press conference deadline'),
      stateField: 'pressConferenceState',
      stateLabel: zhEn('发布会时限状态', 'Press conference status'),
    }),
    {
      name: 'pressConferenceHeldAt',
      type: 'date',
      label: zhEn('新闻发布会举行时间', 'Press conference held at'),
      admin: {
        condition: (_, s) => isFirstNotice(s ?? {}),
        date: { pickerAppearance: 'dayAndTime' },
        position: 'sidebar',
      },
    },
    ...presentationFields(),
    firstPublishedAtField,
    ...ownershipFields(),
  ],
  hooks: {
    beforeOperation: gateBeforeOperation,
    beforeDelete: gateBeforeDelete,
    beforeChange: [
      stampOwningUnit,
      checkDisclosureLinks,
      checkWithheldItem,
      computeDeadline,
      stampFirstPublication,
      assignIndexNumber,
    ],
    afterChange: [auditPublication, applyCleanupDecisions, ...gateAfterChange],
    afterDelete: [auditDeletion, ...gateAfterDelete],
  },
}
