import type { CollectionConfig, Field } from 'payload'

import { isAdmin } from '@/access'
import { zhEn } from '@/lib/bilingual'

const count = (name: string, zh: string, en: string): Field => ({
  name,
  type: 'number',
  label: zhEn(zh, en),
  min: 0,
  defaultValue: 0,
  validate: (value: unknown) =>
    value == null || (Number.isInteger(value) && Number(value) >= 0)
      ? true
      : `${zh}须为非负整数 (${name} must be a whole number ≥ 0)`,
})

/**
 * 年度报告填报: per year, what the annual report needs and Yangguang does not hold — 规章 counts,
 * licences, penalties, compulsory measures, fees — and the text of its sections 一, 五 and 六.
 * Admins only; the report itself is computed from live data around these figures.
 */
export const AnnualReportInputs: CollectionConfig = {
  slug: 'annual-report-inputs',
  labels: {
    plural: zhEn('年度报告填报', 'Annual report inputs'),
    singular: zhEn('年度报告填报', 'Annual report input'),
  },
  graphQL: { pluralName: 'AnnualReportInputs', singularName: 'AnnualReportInput' },
  access: { create: isAdmin, delete: isAdmin, read: isAdmin, update: isAdmin },
  admin: {
    defaultColumns: ['year', 'licences', 'penalties', 'updatedAt'],
    description: zhEn(
      '年度报告由实时数据生成：/api/annual-report/{年份}.html 查看（每个数字链接到所统计的记录），?format=docx 下载；POST /api/annual-report/{年份}/draft 生成政府信息草稿，经提交审核后发布。',
      'The report is computed from live data: /api/annual-report/{year}.html (each figure links to its records), ?format=docx to download; POST /api/annual-report/{year}/draft makes a draft disclosure to submit for review.',
    ),
    group: zhEn('系统管理', 'Administration'),
    useAsTitle: 'year',
  },
  defaultSort: '-year',
  fields: [
    {
      name: 'year',
      type: 'number',
      label: zhEn('报告年度', 'Year'),
      required: true,
      unique: true,
      index: true,
      validate: (value: unknown) =>
        Number.isInteger(value) && Number(value) >= 2008 && Number(value) <= 2100
          ? true
          : '报告年度须为2008年以后的四位年份 (year must be a four-digit year from 2008)',
    },
    {
      type: 'collapsible',
      label: zhEn('第二十条第（一）项：规章', 'Art. 20(1): rules'),
      fields: [
        {
          type: 'row',
          fields: [
            count('rulesIssued', '规章本年制发件数', 'Rules issued'),
            count('rulesRepealed', '规章本年废止件数', 'Rules repealed'),
            count('rulesInForce', '规章现行有效件数', 'Rules in force'),
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        count('licences', '行政许可本年处理决定数量', 'Licensing decisions'),
        count('penalties', '行政处罚本年处理决定数量', 'Penalty decisions'),
        count('compulsoryMeasures', '行政强制本年处理决定数量', 'Compulsory measures'),
        {
          name: 'fees',
          type: 'number',
          label: zhEn('行政事业性收费本年收费金额（万元）', 'Fees collected (10,000 yuan)'),
          min: 0,
          defaultValue: 0,
        },
      ],
    },
    { name: 'overview', type: 'textarea', label: zhEn('一、总体情况', 'I. Overview') },
    {
      name: 'problems',
      type: 'textarea',
      label: zhEn('五、存在的主要问题及改进情况', 'V. Problems and improvements'),
    },
    { name: 'otherMatters', type: 'textarea', label: zhEn('六、其他需要报告的事项', 'VI. Other matters') },
    {
      name: 'reportDisclosure',
      type: 'relationship',
      relationTo: 'disclosures',
      label: zhEn('年度报告稿件', 'Report disclosure'),
      access: { create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: zhEn(
          '由“生成年度报告草稿”创建，经审核后发布',
          'Created by the draft action, published through review',
        ),
      },
    },
  ],
}
