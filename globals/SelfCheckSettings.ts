import type { GlobalConfig } from 'payload'

import { isAdmin } from '@/access'
import { zhEn } from '@/lib/bilingual'
import { CATALOGUE_NODE_OPTIONS } from '@/selfcheck/catalogue'
import { DEFAULT_SETTINGS } from '@/selfcheck/settings'

const days = (name: string, zh: string, en: string, defaultValue: number) => ({
  name,
  type: 'number' as const,
  label: zhEn(zh, en),
  defaultValue,
  min: 1,
  required: true,
})

/**
 * 自查设置: the thresholds of the nightly self-check against the inspection indicators
 * (国办秘函〔2019〕19号). The defaults are the indicators' own: news-like columns every two weeks,
 * other columns every six months, accounts every two weeks.
 */
export const SelfCheckSettings: GlobalConfig = {
  slug: 'self-check-settings',
  label: zhEn('自查设置', 'Self-check settings'),
  graphQL: { name: 'SelfCheckSettings' },
  access: { read: isAdmin, update: isAdmin },
  admin: { group: zhEn('系统管理', 'Administration') },
  fields: [
    {
      type: 'row',
      fields: [
        days('newsMaxAgeDays', '动态类栏目更新期限（天）', 'News-like columns: max age (days)', 14),
        days('otherMaxAgeDays', '其他栏目更新期限（天）', 'Other columns: max age (days)', 183),
      ],
    },
    {
      name: 'newsColumns',
      type: 'select',
      hasMany: true,
      label: zhEn('动态类栏目', 'News-like columns'),
      options: CATALOGUE_NODE_OPTIONS,
      defaultValue: DEFAULT_SETTINGS.newsColumns,
    },
    {
      name: 'ignoredColumns',
      type: 'select',
      hasMany: true,
      label: zhEn('不检查的栏目', 'Columns not checked'),
      options: CATALOGUE_NODE_OPTIONS,
      admin: {
        description: zhEn(
          '网站未开设的栏目不计为空白栏目',
          'Columns the website does not show are not reported as blank',
        ),
      },
    },
    {
      type: 'row',
      fields: [
        days(
          'requestWarningWorkingDays',
          '依申请到期提醒（工作日）',
          'Requests: warn this many working days ahead',
          5,
        ),
        days(
          'consultationFeedbackDays',
          '征求意见反馈期限（天）',
          'Consultations: days to publish adoption',
          30,
        ),
        days('channelSilenceDays', '账号不更新期限（天）', 'Accounts: max days without update', 14),
      ],
    },
    {
      name: 'linkTimeoutMs',
      type: 'number',
      label: zhEn('链接检查超时（毫秒）', 'Link check timeout (ms)'),
      defaultValue: 5000,
      min: 500,
      max: 60000,
    },
  ],
}
