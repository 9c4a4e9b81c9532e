import type { CollectionConfig } from 'payload'

import { anyone, isAdmin } from '@/access'
import { option, zhEn } from '@/lib/bilingual'
import { bumpPublicGenerationAfterChange, bumpPublicGenerationAfterDelete } from '@/public/bumpOnChange'

import { refuseParentCycle } from './hooks/refuseParentCycle'
import { refuseDeleteWhileInUse } from './hooks/refuseDeleteWhileInUse'

/**
 * 责任单位: the bureau's organisational tree. Each unit has a short ASCII code that later becomes the
 * first part of every 索引号 it issues, so codes are unique and, once used, should not change.
 * Unit names are public information (they appear as 发布机构 on every published page).
 */
export const Units: CollectionConfig = {
  slug: 'units',
  labels: { plural: zhEn('责任单位', 'Units'), singular: zhEn('责任单位', 'Unit') },
  graphQL: { pluralName: 'Units', singularName: 'Unit' },
  access: {
    create: isAdmin,
    delete: isAdmin,
    read: anyone,
    update: isAdmin,
  },
  admin: {
    defaultColumns: ['name', 'code', 'kind', 'parent'],
    group: zhEn('系统管理', 'Administration'),
    listSearchableFields: ['name', 'code'],
    pagination: { defaultLimit: 50 },
    useAsTitle: 'name',
  },
  defaultSort: 'sortOrder',
  fields: [
    { name: 'name', type: 'text', label: zhEn('单位名称', 'Name'), required: true, unique: true },
    {
      name: 'code',
      type: 'text',
      label: zhEn('单位代码', 'Code'),
      required: true,
      unique: true,
      index: true,
      admin: {
        description: zhEn(
          '用于生成索引号，大写字母、数字或连字符，2–16 位',
          'Used in 索引号: A–Z, 0–9 or -, 2–16 characters',
        ),
      },
      validate: (value: null | string | undefined) =>
        typeof value === 'string' && /^[A-Z0-9][A-Z0-9-]{1,15}$/.test(value)
          ? true
          : '单位代码须为 2–16 位大写字母、数字或连字符 (code: 2–16 of A–Z, 0–9, -)',
    },
    {
      name: 'kind',
      type: 'select',
      label: zhEn('单位类型', 'Kind'),
      required: true,
      defaultValue: 'department',
      options: [
        option('bureau', '市局', 'City bureau'),
        option('department', '内设机构', 'Department'),
        option('detachment', '支队', 'Detachment'),
        option('branch', '分局', 'Branch bureau'),
        option('county', '县市公安局', 'County bureau'),
      ],
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'units',
      label: zhEn('上级单位', 'Parent unit'),
      admin: { description: zhEn('留空表示顶级单位', 'Empty for the top unit') },
    },
    {
      name: 'sortOrder',
      type: 'number',
      label: zhEn('排序', 'Sort order'),
      defaultValue: 100,
      admin: { position: 'sidebar' },
    },
  ],
  hooks: {
    beforeChange: [refuseParentCycle],
    beforeDelete: [refuseDeleteWhileInUse],
    // Unit names appear on public pages (发布机构): cached public reads must go stale with them.
    afterChange: [bumpPublicGenerationAfterChange],
    afterDelete: [bumpPublicGenerationAfterDelete],
  },
}
