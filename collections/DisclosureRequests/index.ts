import type { CollectionConfig, Field } from 'payload'

import { ownershipFields } from '@/fields/ownership'
import { deadlineFields } from '@/hooks/deadlineFields'
import { stampOwningUnit } from '@/hooks/stampOwningUnit'
import { option, zhEn } from '@/lib/bilingual'
import { MAX_EXTENSION_WORKING_DAYS } from '@/lib/statutoryClocks'
import { requiredWhen } from '@/lib/validators'
import { APPLICANT_TYPES, CASE_RESULTS, OUTCOMES, toOptions } from '@/report/annualReportFormat'

import { canCreateApplicant, canReadApplicant, canUpdateApplicant, requestAccess } from './access'
import { auditRequestChanges } from './hooks/auditRequestChanges'
import { computeReplyDeadline } from './hooks/computeReplyDeadline'
import { refuseSecondExtension } from './hooks/refuseSecondExtension'

type Sibling = Record<string, unknown>

const CHANNELS = [
  option('online', '网上申请', 'Online'),
  option('letter', '信函申请', 'Letter'),
  option('in_person', '当面申请', 'In person'),
  option('fax', '传真申请', 'Fax'),
  option('email', '电子邮件申请', 'E-mail'),
  option('other', '其他', 'Other'),
]

const PAUSE_KINDS = [
  option('correction', '补正（重新计算期限）', 'Correction (restarts the clock)'),
  option('third_party', '征求第三方意见（不计入期限）', 'Third-party opinion (not counted)'),
]

const dayOnly = { date: { displayFormat: 'yyyy-MM-dd', pickerAppearance: 'dayOnly' as const } }

const notBefore =
  (other: string, message: string) =>
  (value: unknown, { siblingData = {} }: { siblingData?: Sibling }) =>
    value && siblingData[other] && new Date(String(value)) < new Date(String(siblingData[other]))
      ? message
      : true

/** One select of sub-reasons per outcome that the annual report counts by reason. */
const reasonFields: Field[] = OUTCOMES.filter((outcome) => 'reasons' in outcome).map((outcome) => {
  const name = outcome.reasonField
  const outcomeLabel = outcome.label.replace(/^（.）/, '')
  return {
    name,
    type: 'select',
    label: zhEn(`${outcomeLabel}情形`, `${outcome.en}: reason`),
    options: toOptions(outcome.reasons),
    admin: { condition: (_, s) => s?.outcome === outcome.value },
    validate: requiredWhen(
      (s) => s.outcome === outcome.value,
      `办理结果为“${outcomeLabel}”时须选择具体情形 (${name} is required when the outcome is ${outcome.en})`,
    ),
  }
})

/** 行政复议 or 行政诉讼 cases brought against the reply, with the result once decided. */
const caseFields = (extra: Field[] = []): Field[] => [
  ...extra,
  {
    type: 'row',
    fields: [
      {
        name: 'filedOn',
        type: 'date',
        label: zhEn('立案日期', 'Filed on'),
        required: true,
        admin: dayOnly,
      },
      {
        name: 'result',
        type: 'select',
        label: zhEn('结果', 'Result'),
        options: toOptions(CASE_RESULTS),
        required: true,
        defaultValue: 'pending',
      },
      {
        name: 'decidedOn',
        type: 'date',
        label: zhEn('审结日期', 'Decided on'),
        admin: { ...dayOnly, condition: (_, s) => s?.result !== 'pending' },
        validate: (value: unknown, args: { siblingData?: Sibling }) => {
          const sibling = args.siblingData ?? {}
          if (sibling.result && sibling.result !== 'pending' && !value) {
            return '已审结的案件须填写审结日期 (decidedOn is required once the case is decided)'
          }
          return notBefore('filedOn', '审结日期不能早于立案日期 (decidedOn cannot be before filedOn)')(
            value,
            args,
          )
        },
      },
    ],
  },
]

/**
 * 依申请公开: a request for government information, its statutory reply clock (20 working days,
 * one extension of up to 20, 补正 and third-party pauses), the outcome in the categories of the
 * annual report, the reply document, and any administrative review or lawsuit about it.
 */
export const DisclosureRequests: CollectionConfig = {
  slug: 'disclosure-requests',
  labels: {
    plural: zhEn('依申请公开', 'Disclosure requests'),
    singular: zhEn('公开申请', 'Disclosure request'),
  },
  graphQL: { pluralName: 'DisclosureRequests', singularName: 'DisclosureRequest' },
  access: requestAccess,
  admin: {
    defaultColumns: [
      'subject',
      'unit',
      'applicantType',
      'receivedOn',
      'deadline',
      'deadlineState',
      'outcome',
    ],
    group: zhEn('内容', 'Content'),
    listSearchableFields: ['subject'],
    useAsTitle: 'subject',
  },
  defaultSort: '-receivedOn',
  fields: [
    {
      name: 'subject',
      type: 'text',
      label: zhEn('申请内容', 'What was asked'),
      required: true,
      maxLength: 300,
    },
    { name: 'details', type: 'textarea', label: zhEn('申请内容详述', 'Details of the request') },
    {
      type: 'row',
      fields: [
        {
          name: 'receivedOn',
          type: 'date',
          label: zhEn('收到申请日期', 'Received on'),
          required: true,
          index: true,
          admin: dayOnly,
        },
        {
          name: 'channel',
          type: 'select',
          label: zhEn('申请方式', 'Channel'),
          options: CHANNELS,
          required: true,
          defaultValue: 'online',
        },
        {
          name: 'applicantType',
          type: 'select',
          label: zhEn('申请人类型', 'Applicant type'),
          options: toOptions(APPLICANT_TYPES),
          required: true,
          defaultValue: 'natural_person',
        },
      ],
    },
    {
      name: 'applicant',
      type: 'group',
      label: zhEn('申请人信息（仅承办单位可见）', 'Applicant (handling unit only)'),
      access: { create: canCreateApplicant, read: canReadApplicant, update: canUpdateApplicant },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: zhEn('姓名/名称', 'Name'), maxLength: 100 },
            { name: 'idNumber', type: 'text', label: zhEn('证件号码', 'ID number'), maxLength: 40 },
            { name: 'phone', type: 'text', label: zhEn('联系电话', 'Phone'), maxLength: 40 },
          ],
        },
        { name: 'address', type: 'text', label: zhEn('通讯地址', 'Address'), maxLength: 200 },
      ],
    },
    {
      name: 'pauses',
      type: 'array',
      label: zhEn('期限中止', 'Pauses of the clock'),
      labels: { plural: zhEn('中止记录', 'Pauses'), singular: zhEn('中止记录', 'Pause') },
      admin: {
        description: zhEn(
          '补正：自收到补正之日起重新计算；第三方意见：征求意见期间不计入。结束日期未填时期限暂停。',
          'Correction restarts the clock; a third-party opinion is not counted. No end date: the clock is paused.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'kind',
              type: 'select',
              label: zhEn('事由', 'Kind'),
              options: PAUSE_KINDS,
              required: true,
            },
            { name: 'from', type: 'date', label: zhEn('开始日期', 'From'), required: true, admin: dayOnly },
            {
              name: 'to',
              type: 'date',
              label: zhEn('结束日期', 'To'),
              admin: dayOnly,
              validate: notBefore(
                'from',
                '中止结束日期不能早于开始日期 (pauses.to cannot be before pauses.from)',
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'extension',
      type: 'group',
      label: zhEn('延长答复期限', 'Extension'),
      admin: {
        description: zhEn(
          '经政府信息公开工作机构负责人同意，可延长一次，最长20个工作日（条例第三十三条）',
          'One extension of at most 20 working days, approved by the head of the openness office (art. 33)',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'approved',
              type: 'checkbox',
              label: zhEn('已批准延期', 'Approved'),
              defaultValue: false,
            },
            {
              name: 'days',
              type: 'number',
              label: zhEn('延长工作日数', 'Working days'),
              min: 1,
              admin: { condition: (_, s) => Boolean(s?.approved) },
              validate: (value: unknown, { siblingData = {} }: { siblingData?: Sibling }) => {
                if (!siblingData.approved) return true
                const days = Number(value)
                if (value == null || value === '')
                  return '批准延期须填写延长工作日数 (extension.days is required)'
                if (!Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_WORKING_DAYS) {
                  return `延长答复期限须为 1 至 ${MAX_EXTENSION_WORKING_DAYS} 个工作日（条例第三十三条），收到 ${value} (extension.days must be 1–${MAX_EXTENSION_WORKING_DAYS})`
                }
                return true
              },
            },
            {
              name: 'approvedOn',
              type: 'date',
              label: zhEn('批准日期', 'Approved on'),
              admin: { ...dayOnly, condition: (_, s) => Boolean(s?.approved) },
              validate: requiredWhen(
                (s) => Boolean(s.approved),
                '批准延期须填写批准日期 (extension.approvedOn is required)',
              ),
            },
          ],
        },
        {
          name: 'reason',
          type: 'textarea',
          label: zhEn('延期理由', 'Reason'),
          admin: { condition: (_, s) => Boolean(s?.approved) },
          validate: requiredWhen(
            (s) => Boolean(s.approved),
            '批准延期须填写延期理由 (extension.reason is required)',
          ),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'repliedOn',
          type: 'date',
          label: zhEn('答复日期', 'Replied on'),
          index: true,
          admin: { ...dayOnly, description: zhEn('办结前留空', 'Empty while the request is open') },
          validate: (value: unknown, args: { siblingData?: Sibling }) => {
            const sibling = args.siblingData ?? {}
            if (!value && sibling.outcome)
              return '已选择办理结果时须填写答复日期 (repliedOn is required with an outcome)'
            return notBefore(
              'receivedOn',
              '答复日期不能早于收到申请日期 (repliedOn cannot be before receivedOn)',
            )(value, args)
          },
        },
        {
          name: 'outcome',
          type: 'select',
          label: zhEn('办理结果', 'Outcome'),
          options: toOptions(OUTCOMES),
          index: true,
          validate: requiredWhen(
            (s) => Boolean(s.repliedOn),
            '已答复的申请须选择办理结果 (outcome is required once repliedOn is set)',
          ),
        },
      ],
    },
    { type: 'row', fields: reasonFields },
    {
      name: 'replyDocument',
      type: 'upload',
      relationTo: 'media',
      label: zhEn('答复书', 'Reply document'),
    },
    {
      name: 'administrativeReviews',
      type: 'array',
      label: zhEn('行政复议', 'Administrative reviews'),
      labels: {
        plural: zhEn('行政复议', 'Administrative reviews'),
        singular: zhEn('行政复议', 'Administrative review'),
      },
      fields: caseFields(),
    },
    {
      name: 'litigations',
      type: 'array',
      label: zhEn('行政诉讼', 'Lawsuits'),
      labels: { plural: zhEn('行政诉讼', 'Lawsuits'), singular: zhEn('行政诉讼', 'Lawsuit') },
      fields: caseFields([
        {
          name: 'route',
          type: 'select',
          label: zhEn('起诉方式', 'Route'),
          options: [
            option('direct', '未经复议直接起诉', 'Sued directly'),
            option('after_review', '复议后起诉', 'Sued after review'),
          ],
          required: true,
          defaultValue: 'direct',
        },
      ]),
    },
    ...deadlineFields({
      doneField: 'repliedOn',
      dueField: 'deadline',
      explanation: zhEn(
        '收到申请之日起20个工作日，经批准可延长20个工作日；补正重新计算，征求第三方意见期间不计入',
        '20 working days from receipt, one extension of up to 20; a correction restarts it, third-party time is not counted',
      ),
      label: zhEn('答复期限', 'Reply deadline'),
      workingDays: true,
    }),
    ...ownershipFields(zhEn('承办单位', 'Handling unit')),
  ],
  hooks: {
    beforeChange: [stampOwningUnit, refuseSecondExtension, computeReplyDeadline],
    afterChange: [auditRequestChanges],
  },
}
