import type { CollectionConfig, Field } from 'payload'

import { isAdmin, isAdminField, isStaff, nobodyField } from '@/access'
import { DEFAULT_STAGES, FILING_STATUSES, PLATFORMS, STAGE_REVIEWER_UNITS } from '@/gate/vocabulary'
import { zhEn } from '@/lib/bilingual'
import { wechatCallbackUrl } from '@/delivery/wechatCallback'
import { requiredWhen } from '@/lib/validators'

import { auditAccountChange } from './hooks/auditAccountChange'
import { encryptCredentials } from './hooks/encryptCredentials'

/** A secret is written by admins and read by the server only: no API, no admin form, ever shows it. */
const secretField = (name: string, zh: string, en: string, platforms: string[]): Field => ({
  name,
  type: 'text',
  label: zhEn(zh, en),
  access: { create: isAdminField, read: nobodyField, update: isAdminField },
  admin: {
    condition: (data) => platforms.includes(data?.platform),
    description: zhEn(
      '加密保存，保存后不再显示；留空则保留原值',
      'Stored encrypted and never shown again; leave blank to keep',
    ),
  },
})

/** An admin's own limit for one platform quota; blank keeps the platform's published default. */
const quotaField = (
  name: string,
  zh: string,
  en: string,
  platform: string,
  platformDefault: number,
): Field => ({
  name,
  type: 'number',
  label: zhEn(zh, en),
  min: 0,
  access: { create: isAdminField, update: isAdminField },
  admin: {
    condition: (data) => data?.platform === platform,
    description: zhEn(
      `留空按平台默认 ${platformDefault}；超出后投递排队等待下一时段`,
      `Blank: the platform default of ${platformDefault}; deliveries over it wait for the next window`,
    ),
  },
})

/**
 * 渠道账号: a website, WeChat Official Account or Weibo account a unit has opened (开设) and filed.
 * 谁开设谁管理: the owning unit's reviewers sign the later stages of everything published on it.
 * Only accounts whose 备案 is 开设 or 变更 may receive content.
 */
export const ChannelAccounts: CollectionConfig = {
  slug: 'channel-accounts',
  labels: { plural: zhEn('渠道账号', 'Channel accounts'), singular: zhEn('渠道账号', 'Channel account') },
  graphQL: { pluralName: 'ChannelAccounts', singularName: 'ChannelAccount' },
  // Staff read accounts to choose where to submit; the secrets inside are unreadable to everyone.
  access: { create: isAdmin, delete: isAdmin, read: isStaff, update: isAdmin },
  admin: {
    defaultColumns: ['name', 'platform', 'owningUnit', 'filingStatus', 'sandbox'],
    group: zhEn('审核发布', 'Review and delivery'),
    useAsTitle: 'name',
  },
  fields: [
    { name: 'name', type: 'text', label: zhEn('账号名称', 'Display name'), required: true, maxLength: 60 },
    {
      type: 'row',
      fields: [
        {
          name: 'platform',
          type: 'select',
          label: zhEn('平台', 'Platform'),
          options: PLATFORMS,
          required: true,
          index: true,
        },
        {
          name: 'owningUnit',
          type: 'relationship',
          relationTo: 'units',
          label: zhEn('开设单位', 'Owning unit'),
          required: true,
          index: true,
        },
        {
          name: 'filingStatus',
          type: 'select',
          label: zhEn('备案状态', 'Filing status'),
          options: FILING_STATUSES,
          required: true,
          defaultValue: 'opened',
          admin: {
            description: zhEn(
              '关停、注销的账号不再接收内容',
              'Suspended or cancelled accounts receive nothing',
            ),
          },
        },
      ],
    },
    {
      name: 'stages',
      type: 'array',
      label: zhEn('审核流程', 'Review stages'),
      labels: { plural: zhEn('审核环节', 'Stages'), singular: zhEn('审核环节', 'Stage') },
      minRows: 1,
      maxRows: 5,
      required: true,
      defaultValue: DEFAULT_STAGES,
      admin: {
        description: zhEn(
          '按顺序签署；同一人不得签署两个环节，撰稿人不得审核本人稿件',
          'Signed in order; nobody signs two stages or their own item',
        ),
        initCollapsed: false,
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: zhEn('环节名称', 'Stage'), required: true, maxLength: 20 },
            {
              name: 'reviewerUnit',
              type: 'select',
              label: zhEn('审核单位', 'Reviewed by'),
              options: STAGE_REVIEWER_UNITS,
              required: true,
              defaultValue: 'owning_unit',
            },
            {
              name: 'namedUnit',
              type: 'relationship',
              relationTo: 'units',
              label: zhEn('指定单位', 'Named unit'),
              admin: { condition: (_, sibling) => sibling?.reviewerUnit === 'named_unit' },
              validate: requiredWhen(
                (sibling) => sibling.reviewerUnit === 'named_unit',
                '审核单位为“指定单位”时须选择单位 (namedUnit is required for a named unit)',
              ),
            },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: zhEn('接口凭据', 'Credentials'),
      admin: { initCollapsed: false },
      fields: [
        {
          name: 'sandbox',
          type: 'checkbox',
          label: zhEn('沙箱模式（不连接真实平台）', 'Sandbox mode (no real platform)'),
          defaultValue: false,
        },
        {
          name: 'appId',
          type: 'text',
          label: zhEn('AppID', 'AppID'),
          access: { create: isAdminField, update: isAdminField },
          admin: { condition: (data) => data?.platform === 'wechat' },
        },
        secretField('appSecret', 'AppSecret', 'AppSecret', ['wechat']),
        secretField('callbackToken', '消息回调令牌', 'Callback token', ['wechat']),
        {
          name: 'callbackUrl',
          type: 'text',
          virtual: true,
          label: zhEn('服务器地址 (URL)', 'Server URL for WeChat'),
          admin: {
            condition: (data) => data?.platform === 'wechat' && Boolean(data?.id),
            description: zhEn(
              '在公众平台「设置与开发—基本配置—服务器配置」填写此地址和上面的消息回调令牌（明文模式），发表结果即时推送回来',
              'Enter it with the callback token in the platform’s server settings (plaintext mode)',
            ),
            readOnly: true,
          },
          hooks: {
            afterRead: [({ data }) => (data?.id ? wechatCallbackUrl(data.id) : undefined)],
          },
        },
        secretField('accessToken', '访问令牌 access_token', 'Access token', ['weibo']),
        {
          name: 'apiBase',
          type: 'text',
          label: zhEn('接口地址（可选）', 'API base URL (optional)'),
          access: { create: isAdminField, update: isAdminField },
          admin: {
            condition: (data) => data?.platform !== 'website',
            description: zhEn('留空则使用系统默认地址', 'Blank uses the system default'),
          },
        },
        {
          name: 'credentialsSummary',
          type: 'text',
          label: zhEn('凭据状态', 'Credentials'),
          access: { create: nobodyField, update: nobodyField },
          admin: { readOnly: true },
        },
      ],
    },
    {
      type: 'collapsible',
      label: zhEn('平台配额', 'Platform quotas'),
      admin: {
        condition: (data) => data?.platform === 'wechat' || data?.platform === 'weibo',
        initCollapsed: true,
      },
      fields: [
        quotaField('wechatDraftsPerDay', '每日新建草稿上限', 'Drafts per day', 'wechat', 1000),
        quotaField('wechatPublishesPerDay', '每日发布上限', 'Publishes per day', 'wechat', 100),
        quotaField('wechatStatusChecksPerDay', '每日状态查询上限', 'Status checks per day', 'wechat', 100),
        quotaField('weiboPostsPerHour', '每小时发布上限', 'Posts per hour', 'weibo', 30),
      ],
    },
  ],
  hooks: {
    beforeChange: [encryptCredentials],
    afterChange: [auditAccountChange],
  },
}
