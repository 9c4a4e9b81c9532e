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
import { firstPublishedAtField, ownershipFields } from '@/fields/ownership'
import { auditDeletion, auditPublication } from '@/hooks/auditContent'
import { stampOwningUnit } from '@/hooks/stampOwningUnit'
import { zhEn } from '@/lib/bilingual'
import { INTERPRETATION_FORMS } from '@/lib/taxonomy'
import { requiredWhen } from '@/lib/validators'

import { requirePublishedPolicy } from './hooks/requirePublishedPolicy'

/** The nine things a good interpretation explains, in the order the work plan lists them. */
const SECTIONS: [string, string, string][] = [
  ['background', '背景依据', 'Background and basis'],
  ['objectives', '目标任务', 'Objectives'],
  ['mainContent', '主要内容', 'Main content'],
  ['scope', '涉及范围', 'Scope'],
  ['standards', '执行标准', 'Standards'],
  ['notes', '注意事项', 'Points of attention'],
  ['keyTerms', '关键词诠释', 'Key terms'],
  ['benefits', '惠民利民举措', 'Benefits for the public'],
  ['changes', '新旧政策差异', 'Changes from the previous policy'],
]

const formIs = (form: string) => (s: Record<string, unknown>) => s.form === form

/**
 * 政策解读: explains one policy disclosure, by its issuing unit's head (第一解读人). Each form needs
 * its own material; an interpretation never goes public before the policy it explains.
 */
export const Interpretations: CollectionConfig = {
  slug: 'interpretations',
  labels: { plural: zhEn('政策解读', 'Interpretations'), singular: zhEn('政策解读', 'Interpretation') },
  graphQL: { pluralName: 'Interpretations', singularName: 'Interpretation' },
  access: contentAccess,
  admin: {
    components: { edit: gateEditComponents },
    defaultColumns: ['title', 'form', 'policy', 'unit', '_status'],
    group: zhEn('内容', 'Content'),
    useAsTitle: 'title',
  },
  endpoints: gateEndpoints('interpretations'),
  defaultSort: '-updatedAt',
  versions: { drafts: true, maxPerDoc: 100 },
  fields: [
    { name: 'title', type: 'text', label: zhEn('标题', 'Title'), required: true, maxLength: 200 },
    {
      type: 'row',
      fields: [
        {
          name: 'form',
          type: 'select',
          label: zhEn('解读形式', 'Form'),
          options: INTERPRETATION_FORMS,
          required: true,
          defaultValue: 'text',
        },
        {
          name: 'policy',
          type: 'relationship',
          relationTo: 'disclosures',
          label: zhEn('所解读的政策', 'Policy interpreted'),
          required: true,
        },
      ],
    },
    {
      name: 'firstInterpreter',
      type: 'group',
      label: zhEn('第一解读人', 'First interpreter'),
      admin: { description: zhEn('发文单位主要负责人', 'The head of the issuing unit') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: zhEn('姓名', 'Name'), required: true },
            { name: 'position', type: 'text', label: zhEn('职务', 'Position'), required: true },
          ],
        },
      ],
    },
    { name: 'body', type: 'richText', label: zhEn('解读正文', 'Body') },
    {
      name: 'sections',
      type: 'group',
      label: zhEn('解读要点', 'Sections'),
      fields: SECTIONS.map(([name, zh, en]) => ({ name, type: 'textarea' as const, label: zhEn(zh, en) })),
    },
    {
      name: 'graphics',
      type: 'array',
      label: zhEn('图解图片', 'Graphics'),
      labels: { plural: zhEn('图片', 'Graphics'), singular: zhEn('图片', 'Graphic') },
      admin: { condition: (_, s) => s?.form === 'graphic' },
      validate: requiredWhen(formIs('graphic'), '图解须至少上传一张图片 (graphics: add at least one image)'),
      fields: [
        { name: 'image', type: 'upload', relationTo: 'media', label: zhEn('图片', 'Image'), required: true },
        {
          name: 'alt',
          type: 'text',
          label: zhEn('图片文字说明', 'Alt text'),
          required: true,
          admin: {
            description: zhEn(
              '图中文字的完整转述，供视障读者使用',
              'All text in the image, for blind readers',
            ),
          },
        },
      ],
    },
    {
      type: 'row',
      admin: { condition: (_, s) => s?.form === 'video' },
      fields: [
        { name: 'video', type: 'upload', relationTo: 'media', label: zhEn('视频文件', 'Video file') },
        {
          name: 'streamUrl',
          type: 'text',
          label: zhEn('视频地址', 'Stream URL'),
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
            if (siblingData.form !== 'video') return true
            if (!value && !siblingData.video)
              return '视频解读须上传视频文件或填写视频地址 (video or streamUrl is required)'
            if (value && !/^https:\/\/\S+$/.test(String(value)))
              return '视频地址须为 https 链接 (streamUrl must be https)'
            return true
          },
        },
      ],
    },
    {
      name: 'transcript',
      type: 'textarea',
      label: zhEn('文字实录', 'Transcript'),
      admin: {
        condition: (_, s) => ['video', 'press_conference', 'online_interview'].includes(String(s?.form)),
      },
      validate: requiredWhen(
        (s) => s.form === 'video' || s.form === 'online_interview',
        '视频和在线访谈须提供文字实录 (transcript is required for video and online interviews)',
      ),
    },
    {
      name: 'event',
      type: 'group',
      label: zhEn('发布会 / 访谈信息', 'Event'),
      admin: { condition: (_, s) => s?.form === 'press_conference' || s?.form === 'online_interview' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'heldAt',
              type: 'date',
              label: zhEn('举行时间', 'Held at'),
              admin: { date: { pickerAppearance: 'dayAndTime' } },
              validate: requiredWhen(
                (_, doc) => doc.form === 'press_conference' || doc.form === 'online_interview',
                '须填写举行时间 (event.heldAt is required)',
              ),
            },
            {
              name: 'venue',
              type: 'text',
              label: zhEn('地点或平台', 'Venue or platform'),
              validate: requiredWhen(
                (_, doc) => doc.form === 'press_conference',
                '新闻发布会须填写地点 (event.venue is required)',
              ),
            },
          ],
        },
        {
          name: 'speakers',
          type: 'array',
          label: zhEn('发布人 / 嘉宾', 'Speakers'),
          labels: { plural: zhEn('发布人', 'Speakers'), singular: zhEn('发布人', 'Speaker') },
          validate: requiredWhen(
            (_, doc) => doc.form === 'press_conference',
            '新闻发布会须填写至少一位发布人 (event.speakers: add at least one speaker)',
          ),
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'name', type: 'text', label: zhEn('姓名', 'Name'), required: true },
                { name: 'position', type: 'text', label: zhEn('职务', 'Position') },
              ],
            },
          ],
        },
      ],
    },
    ...presentationFields(),
    firstPublishedAtField,
    ...ownershipFields(),
  ],
  hooks: {
    beforeOperation: gateBeforeOperation,
    beforeDelete: gateBeforeDelete,
    beforeChange: [stampOwningUnit, requirePublishedPolicy, stampFirstPublication],
    afterChange: [auditPublication, ...gateAfterChange],
    afterDelete: [auditDeletion, ...gateAfterDelete],
  },
}
