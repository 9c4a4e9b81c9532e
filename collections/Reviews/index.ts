import type { CollectionConfig } from 'payload'

import { nobody } from '@/access'
import { readableByItemUnitAndReviewers } from '@/access/gateRecords'
import { decisionEndpoint } from '@/gate/endpoints'
import { reviewQueueEndpoint } from '@/gate/queue'
import { CHECKLIST, CONTENT_COLLECTIONS, DECISIONS, PLATFORMS, TICKET_STATES } from '@/gate/vocabulary'
import { zhEn } from '@/lib/bilingual'

import { refuseTicketsBornDecided } from './hooks/refuseTicketsBornDecided'

const readOnly = { readOnly: true }

/**
 * 审核工单: one per submitted item × channel account, bound to the exact content submitted (its hash).
 * Written only by the gate's endpoints (submit, decision, supersede): no API may create, edit or delete
 * a ticket directly, so its history is the history of what happened.
 */
export const Reviews: CollectionConfig = {
  slug: 'reviews',
  labels: { plural: zhEn('审核工单', 'Review tickets'), singular: zhEn('审核工单', 'Review ticket') },
  graphQL: { pluralName: 'Reviews', singularName: 'Review' },
  access: {
    create: nobody,
    delete: nobody,
    read: readableByItemUnitAndReviewers('reviewerUnits'),
    update: nobody,
  },
  admin: {
    defaultColumns: ['title', 'state', 'currentStageName', 'channel', 'itemUnit', 'submittedAt'],
    group: zhEn('审核发布', 'Review and delivery'),
    useAsTitle: 'title',
  },
  defaultSort: '-submittedAt',
  endpoints: [reviewQueueEndpoint, decisionEndpoint],
  fields: [
    { name: 'title', type: 'text', label: zhEn('工单', 'Ticket'), required: true, admin: readOnly },
    {
      name: 'decisionPanel',
      type: 'ui',
      admin: { components: { Field: '@/components/admin/review/DecisionPanel' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'state',
          type: 'select',
          label: zhEn('状态', 'State'),
          options: TICKET_STATES,
          required: true,
          defaultValue: 'pending',
          index: true,
          admin: readOnly,
        },
        {
          name: 'currentStage',
          type: 'number',
          label: zhEn('待签环节序号', 'Next stage index'),
          defaultValue: 0,
          admin: { hidden: true },
        },
        {
          name: 'currentStageName',
          type: 'text',
          label: zhEn('当前环节', 'Current stage'),
          admin: readOnly,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'item',
          type: 'relationship',
          relationTo: [...CONTENT_COLLECTIONS],
          label: zhEn('稿件', 'Item'),
          // Empty only after the item itself was deleted; the row stays as history. The form shows the
          // title and the decision panel links the item, since another unit's drafts are not readable.
          admin: { hidden: true },
        },
        {
          name: 'channel',
          type: 'relationship',
          relationTo: 'channel-accounts',
          label: zhEn('渠道账号', 'Channel account'),
          required: true,
          index: true,
          admin: readOnly,
        },
        {
          name: 'platform',
          type: 'select',
          label: zhEn('平台', 'Platform'),
          options: PLATFORMS,
          admin: readOnly,
        },
      ],
    },
    { name: 'itemKey', type: 'text', required: true, index: true, admin: { hidden: true } },
    { name: 'itemTitle', type: 'text', label: zhEn('稿件标题', 'Item title'), admin: readOnly },
    {
      type: 'row',
      fields: [
        {
          name: 'itemUnit',
          type: 'relationship',
          relationTo: 'units',
          label: zhEn('撰稿单位', "Author's unit"),
          index: true,
          admin: readOnly,
        },
        {
          name: 'author',
          type: 'relationship',
          relationTo: 'users',
          label: zhEn('撰稿人', 'Author'),
          // Accounts are private to admins: the form shows the labels written at submission instead.
          admin: { hidden: true },
        },
        {
          name: 'submittedBy',
          type: 'relationship',
          relationTo: 'users',
          label: zhEn('提交人', 'Submitted by'),
          admin: { hidden: true },
        },
        {
          name: 'submittedByLabel',
          type: 'text',
          label: zhEn('提交人', 'Submitted by'),
          admin: readOnly,
        },
        {
          name: 'publishAt',
          type: 'date',
          label: zhEn('定时发布', 'Scheduled for'),
          admin: {
            ...readOnly,
            date: { pickerAppearance: 'dayAndTime' },
            description: zhEn('审核通过后到此时刻才投递', 'Approved deliveries wait until then'),
          },
        },
        {
          name: 'submittedAt',
          type: 'date',
          label: zhEn('提交时间', 'Submitted at'),
          index: true,
          admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'reviewerUnits',
      type: 'relationship',
      relationTo: 'units',
      hasMany: true,
      label: zhEn('审核单位', 'Reviewing units'),
      admin: readOnly,
    },
    {
      name: 'stages',
      type: 'array',
      label: zhEn('审核记录', 'Stages'),
      labels: { plural: zhEn('审核环节', 'Stages'), singular: zhEn('审核环节', 'Stage') },
      admin: readOnly,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: zhEn('环节', 'Stage'), required: true },
            {
              name: 'reviewerUnit',
              type: 'relationship',
              relationTo: 'units',
              label: zhEn('审核单位', 'Unit'),
            },
            {
              name: 'reviewer',
              type: 'relationship',
              relationTo: 'users',
              label: zhEn('审核人', 'Reviewer'),
              admin: { hidden: true },
            },
            { name: 'reviewerLabel', type: 'text', label: zhEn('审核人（签署时）', 'Reviewer as signed') },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'decision', type: 'select', label: zhEn('意见', 'Decision'), options: DECISIONS },
            {
              name: 'decidedAt',
              type: 'date',
              label: zhEn('签署时间', 'Signed at'),
              admin: { date: { pickerAppearance: 'dayAndTime' } },
            },
          ],
        },
        {
          name: 'checklist',
          type: 'group',
          label: zhEn('三审要点', 'Checklist'),
          fields: CHECKLIST.map(({ en, key, zh }) => ({
            name: key,
            type: 'checkbox' as const,
            label: zhEn(zh, en),
          })),
        },
        { name: 'comment', type: 'textarea', label: zhEn('审核意见', 'Comment') },
      ],
    },
    {
      // What was submitted, as submitted: the reviewers of the owning unit read the item here, since
      // another unit's drafts are not theirs to open.
      name: 'snapshot',
      type: 'json',
      label: zhEn('提交的内容', 'Content as submitted'),
      admin: { hidden: true },
    },
    {
      name: 'findings',
      type: 'json',
      label: zhEn('预检提示', 'Pre-flight warnings'),
      admin: {
        ...readOnly,
        description: zhEn('提交时自动检查发现的提示项，供审核参考', 'Warnings found when submitted'),
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'contentHash',
          type: 'text',
          label: zhEn('内容指纹', 'Content hash'),
          required: true,
          admin: readOnly,
        },
        { name: 'versionId', type: 'text', label: zhEn('版本', 'Version'), admin: readOnly },
        {
          name: 'closedAt',
          type: 'date',
          label: zhEn('办结时间', 'Closed at'),
          admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    // Bumped by every decision with a compare-and-set, so two reviewers racing on one stage cannot both sign it.
    { name: 'revision', type: 'number', defaultValue: 0, required: true, admin: { hidden: true } },
  ],
  hooks: { beforeChange: [refuseTicketsBornDecided] },
}
