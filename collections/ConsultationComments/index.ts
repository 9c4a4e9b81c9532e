import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '@/access'
import { option, zhEn } from '@/lib/bilingual'

import { CONSULTATIONS } from '../Consultations/slugs'
import { canModerateComments, canReadComments, canSeeCommenterData } from './access'
import { copyConsultationUnit } from './hooks/copyConsultationUnit'
import { refuseEditingSubmission } from './hooks/refuseEditingSubmission'
import { stampModeration } from './hooks/stampModeration'

const systemOnly = { create: () => false, update: () => false }
const sidebarReadOnly = { position: 'sidebar' as const, readOnly: true }

/**
 * 公众意见: comments the public sends on a consultation. They arrive only through the public endpoint
 * (POST /api/consultations/:id/comments), wait as 待审核 and are moderated by the owning unit. The
 * commenter's contact and the hash of their address are personal data and never leave the unit.
 */
export const ConsultationComments: CollectionConfig = {
  slug: 'consultation-comments',
  labels: { plural: zhEn('公众意见', 'Public comments'), singular: zhEn('公众意见', 'Public comment') },
  graphQL: { pluralName: 'ConsultationComments', singularName: 'ConsultationComment' },
  access: {
    // Only the endpoint creates comments (with overrideAccess): it validates and rate-limits them.
    create: nobody,
    delete: isAdmin,
    read: canReadComments,
    update: canModerateComments,
  },
  admin: {
    defaultColumns: ['body', 'consultation', 'status', 'submittedAt', 'unit'],
    group: zhEn('内容', 'Content'),
    listSearchableFields: ['body', 'name'],
    useAsTitle: 'body',
  },
  defaultSort: '-submittedAt',
  disableDuplicate: true,
  fields: [
    {
      name: 'consultation',
      type: 'relationship',
      relationTo: CONSULTATIONS,
      label: zhEn('征求意见', 'Consultation'),
      required: true,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'body',
      type: 'textarea',
      label: zhEn('意见内容', 'Comment'),
      required: true,
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', label: zhEn('姓名', 'Name'), admin: { readOnly: true } },
        {
          name: 'contact',
          type: 'text',
          label: zhEn('联系方式', 'Contact'),
          access: { read: canSeeCommenterData },
          admin: {
            readOnly: true,
            description: zhEn('个人信息，不公开', 'Personal data, never published'),
          },
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      label: zhEn('审核状态', 'Status'),
      required: true,
      index: true,
      defaultValue: 'pending',
      options: [
        option('pending', '待审核', 'Pending'),
        option('approved', '已通过', 'Approved'),
        option('rejected', '未通过', 'Rejected'),
      ],
    },
    { name: 'moderationNote', type: 'textarea', label: zhEn('审核意见', 'Moderation note') },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      label: zhEn('承办单位', 'Owning unit'),
      index: true,
      access: systemOnly,
      admin: sidebarReadOnly,
    },
    {
      name: 'submittedAt',
      type: 'date',
      label: zhEn('提交时间', 'Submitted at'),
      index: true,
      admin: { ...sidebarReadOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'moderatedBy',
      type: 'relationship',
      relationTo: 'users',
      label: zhEn('审核人', 'Moderated by'),
      access: systemOnly,
      admin: sidebarReadOnly,
    },
    {
      name: 'moderatedAt',
      type: 'date',
      label: zhEn('审核时间', 'Moderated at'),
      access: systemOnly,
      admin: { ...sidebarReadOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'clientHash',
      type: 'text',
      label: zhEn('来源标识', 'Client hash'),
      index: true,
      access: { read: canSeeCommenterData },
      admin: {
        ...sidebarReadOnly,
        description: zhEn(
          '提交者 IP 的加盐散列，不保存 IP 本身',
          'Salted hash of the IP; the IP is never stored',
        ),
      },
    },
  ],
  hooks: {
    beforeChange: [copyConsultationUnit, refuseEditingSubmission, stampModeration],
  },
}
