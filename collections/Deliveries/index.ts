import type { CollectionConfig } from 'payload'

import { nobody } from '@/access'
import { readableByItemUnitAndReviewers } from '@/access/gateRecords'
import { resolveDeliveryEndpoint } from '@/gate/endpoints'
import { CONTENT_COLLECTIONS, DELIVERY_STATES, PLATFORMS } from '@/gate/vocabulary'
import { zhEn } from '@/lib/bilingual'

import { refuseDeliveryWithoutApproval } from './hooks/refuseDeliveryWithoutApproval'

const readOnly = { readOnly: true }

/**
 * 投递记录: one row per approved ticket — an item version on one channel account. A row can only be
 * created by the approval of its ticket (one per ticket, enforced by a unique index); its state is
 * moved by the delivery job and by retraction, never through the API.
 */
export const Deliveries: CollectionConfig = {
  slug: 'deliveries',
  labels: { plural: zhEn('投递记录', 'Deliveries'), singular: zhEn('投递记录', 'Delivery') },
  graphQL: { pluralName: 'Deliveries', singularName: 'Delivery' },
  access: {
    create: nobody,
    delete: nobody,
    read: readableByItemUnitAndReviewers('owningUnit'),
    update: nobody,
  },
  admin: {
    components: { beforeListTable: ['@/components/admin/delivery/DeliveryQuickFilters'] },
    defaultColumns: ['itemTitle', 'platform', 'channel', 'state', 'lastError', 'queuedAt', 'url'],
    group: zhEn('审核发布', 'Review and delivery'),
    listSearchableFields: ['itemTitle', 'lastError', 'externalId'],
    useAsTitle: 'itemTitle',
  },
  defaultSort: '-queuedAt',
  endpoints: [resolveDeliveryEndpoint],
  fields: [
    {
      name: 'summary',
      type: 'ui',
      admin: { components: { Field: '@/components/admin/delivery/DeliverySummary' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'state',
          type: 'select',
          label: zhEn('状态', 'State'),
          options: DELIVERY_STATES,
          required: true,
          defaultValue: 'queued',
          index: true,
          admin: { ...readOnly, components: { Cell: '@/components/admin/delivery/DeliveryStateCell' } },
        },
        {
          name: 'attempts',
          type: 'number',
          label: zhEn('尝试次数', 'Attempts'),
          defaultValue: 0,
          admin: readOnly,
        },
        {
          name: 'platform',
          type: 'select',
          label: zhEn('平台', 'Platform'),
          options: PLATFORMS,
          index: true,
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
          // Empty only after the item itself was deleted; the row stays as history.
          admin: readOnly,
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
          name: 'ticket',
          type: 'relationship',
          relationTo: 'reviews',
          label: zhEn('审核工单', 'Review ticket'),
          required: true,
          unique: true,
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
          admin: readOnly,
        },
        {
          name: 'owningUnit',
          type: 'relationship',
          relationTo: 'units',
          label: zhEn('开设单位', 'Owning unit'),
          admin: readOnly,
        },
      ],
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
        { name: 'externalId', type: 'text', label: zhEn('平台编号', 'External id'), admin: readOnly },
      ],
    },
    {
      name: 'url',
      type: 'text',
      label: zhEn('发布地址', 'URL'),
      admin: {
        ...readOnly,
        components: {
          Cell: '@/components/admin/delivery/DeliveryUrlCell',
          Field: '@/components/admin/delivery/DeliveryUrlField',
        },
      },
    },
    {
      name: 'nextAttemptAt',
      type: 'date',
      label: zhEn('下次尝试', 'Next attempt'),
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    // The platform adapter's record of what is already done (media ids, publish id), saved after every
    // step so a resumed delivery repeats nothing.
    { name: 'progress', type: 'json', label: zhEn('投递进度', 'Progress'), admin: { hidden: true } },
    {
      name: 'lastError',
      type: 'textarea',
      label: zhEn('最近错误', 'Last error'),
      admin: { ...readOnly, components: { Cell: '@/components/admin/delivery/DeliveryErrorCell' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'publishAt',
          type: 'date',
          label: zhEn('定时发布', 'Scheduled for'),
          admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'queuedAt',
          type: 'date',
          label: zhEn('入队时间', 'Queued at'),
          index: true,
          admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'deliveredAt',
          type: 'date',
          label: zhEn('送达时间', 'Delivered at'),
          admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'retractedAt',
          type: 'date',
          label: zhEn('撤回时间', 'Retracted at'),
          admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'retractReason',
      type: 'textarea',
      label: zhEn('撤回理由', 'Retraction reason'),
      admin: readOnly,
    },
    {
      name: 'retractedBy',
      type: 'relationship',
      relationTo: 'users',
      label: zhEn('撤回人', 'Retracted by'),
      admin: readOnly,
    },
  ],
  hooks: { beforeChange: [refuseDeliveryWithoutApproval] },
}
