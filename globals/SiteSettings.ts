import type { GlobalConfig } from 'payload'

import { isAdmin, isStaff } from '@/access'
import { zhEn } from '@/lib/bilingual'
import { checkIndexPattern, DEFAULT_INDEX_PATTERN } from '@/lib/indexNumberPattern'

/** Bureau-wide settings an administrator owns. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: zhEn('站点设置', 'Site settings'),
  graphQL: { name: 'SiteSettings' },
  access: { read: isStaff, update: isAdmin },
  admin: { group: zhEn('系统管理', 'Administration') },
  fields: [
    {
      name: 'bureauName',
      type: 'text',
      label: zhEn('机关名称', 'Bureau name'),
      defaultValue: '宣城市公安局',
      required: true,
    },
    {
      name: 'indexNumberPattern',
      type: 'text',
      label: zhEn('索引号规则', 'Index number pattern'),
      defaultValue: DEFAULT_INDEX_PATTERN,
      required: true,
      admin: {
        description: zhEn(
          '占位符：{unitCode} 单位代码、{year} 年度、{seq:5} 五位序号（每个单位每年从 1 开始）。只影响今后新发布的信息。',
          'Tokens: {unitCode}, {year}, {seq:5} (per unit per year). Applies to items published from now on.',
        ),
      },
      validate: (value: null | string | undefined) =>
        typeof value === 'string'
          ? checkIndexPattern(value)
          : '索引号规则必填 (indexNumberPattern is required)',
    },
  ],
}
