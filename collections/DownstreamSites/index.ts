import type { CollectionConfig } from 'payload'

import { isAdmin, nobodyField } from '@/access'
import { zhEn } from '@/lib/bilingual'

import { rotateKey } from './endpoints/rotateKey'
import { auditSiteChange } from './hooks/auditSiteChange'
import { issueApiKeyOnCreate, showIssuedKeyOnce } from './hooks/issueApiKey'

const systemOnly = { create: () => false, update: () => false }

/**
 * 下游网站: the portals that read published content through the public API with a key of their own, for a
 * rate limit of their own. Admins issue, rotate and revoke keys; the key is shown once and stored hashed.
 * Payload's `auth.useAPIKey` is not used: it would make each site a logged-in user (every access rule would
 * have to tell sites from staff), keep the key reversibly encrypted and show it in the form forever.
 */
export const DownstreamSites: CollectionConfig = {
  slug: 'downstream-sites',
  labels: { plural: zhEn('下游网站', 'Downstream sites'), singular: zhEn('下游网站', 'Downstream site') },
  graphQL: { pluralName: 'DownstreamSites', singularName: 'DownstreamSite' },
  access: { create: isAdmin, delete: isAdmin, read: isAdmin, update: isAdmin },
  admin: {
    defaultColumns: ['name', 'contact', 'keyPrefix', 'rateLimitPerMinute', 'revoked'],
    group: zhEn('系统', 'System'),
    useAsTitle: 'name',
  },
  endpoints: [rotateKey],
  fields: [
    { name: 'name', type: 'text', label: zhEn('网站名称', 'Name'), required: true, maxLength: 100 },
    {
      name: 'contact',
      type: 'text',
      label: zhEn('联系人及电话', 'Contact'),
      required: true,
      maxLength: 200,
    },
    {
      name: 'rateLimitPerMinute',
      type: 'number',
      label: zhEn('每分钟请求上限', 'Requests per minute'),
      required: true,
      defaultValue: 600,
      min: 1,
      max: 100_000,
    },
    {
      name: 'revoked',
      type: 'checkbox',
      label: zhEn('已吊销', 'Revoked'),
      defaultValue: false,
      admin: { description: zhEn('吊销后密钥在 10 秒内失效', 'A revoked key stops working within 10 s') },
    },
    {
      name: 'keyPrefix',
      type: 'text',
      label: zhEn('密钥前缀', 'Key prefix'),
      access: systemOnly,
      admin: {
        description: zhEn(
          '用于辨认密钥；完整密钥只在签发时显示一次',
          'To tell keys apart; the key is shown once',
        ),
        position: 'sidebar',
        readOnly: true,
      },
    },
    {
      name: 'keyHash',
      type: 'text',
      index: true,
      hidden: true,
      access: { create: nobodyField, read: nobodyField, update: nobodyField },
    },
    {
      name: 'apiKey',
      type: 'text',
      virtual: true,
      label: zhEn('API 密钥', 'API key'),
      access: systemOnly,
      admin: {
        description: zhEn(
          '仅在创建（或 POST /api/downstream-sites/{id}/rotate-key）的响应中出现一次',
          'Appears once, in the reply that issued it',
        ),
        readOnly: true,
      },
    },
  ],
  hooks: {
    beforeChange: [issueApiKeyOnCreate],
    afterRead: [showIssuedKeyOnce],
    afterChange: [auditSiteChange],
  },
}
