/**
 * What channels show besides the body: a summary (WeChat's digest, list pages) and a cover image
 * (WeChat requires one), plus the item's review history beside the form.
 */
import type { Field } from 'payload'

import { zhEn } from '@/lib/bilingual'

const summaryField: Field = {
  name: 'summary',
  type: 'textarea',
  label: zhEn('摘要', 'Summary'),
  maxLength: 300,
  admin: {
    description: zhEn(
      '用于列表和微信摘要（微信最多 128 字）',
      'Shown in lists and as the WeChat digest (≤ 128 there)',
    ),
    position: 'sidebar',
  },
}

const channelFields: Field[] = [
  {
    name: 'coverImage',
    type: 'upload',
    relationTo: 'media',
    label: zhEn('封面图', 'Cover image'),
    admin: { description: zhEn('发布到微信公众号时必需', 'Required for WeChat'), position: 'sidebar' },
  },
  {
    name: 'channelPreview',
    type: 'ui',
    admin: { components: { Field: '@/components/admin/delivery/ChannelPreview' }, position: 'sidebar' },
  },
  {
    name: 'reviewHistory',
    type: 'ui',
    admin: { components: { Field: '@/components/admin/review/ReviewHistory' }, position: 'sidebar' },
  },
]

/** Consultations keep their own summary (说明) in the main column. */
export const presentationFields = ({ withSummary = true } = {}): Field[] =>
  withSummary ? [summaryField, ...channelFields] : channelFields
