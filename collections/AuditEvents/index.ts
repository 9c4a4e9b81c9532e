import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '@/access'
import { AUDIT_ACTION_VALUES, type AuditAction } from '@/lib/audit'
import { option, zhEn } from '@/lib/bilingual'

import { refuseAuditDelete, refuseAuditUpdate } from './hooks/refuseAuditChanges'

/** Every action has a label: a new action without one does not compile. */
const ACTION_LABELS: Record<AuditAction, [zh: string, en: string]> = {
  content_published: ['发布', 'Published'],
  content_unpublished: ['取消发布', 'Unpublished'],
  content_deleted: ['删除', 'Deleted'],
  content_retracted: ['撤回', 'Retracted'],
  review_submitted: ['提交审核', 'Submitted for review'],
  review_stage_signed: ['签署审核环节', 'Stage signed'],
  review_approved: ['审核通过', 'Approved'],
  review_rejected: ['审核退回', 'Rejected'],
  review_superseded: ['工单失效', 'Ticket superseded'],
  delivery_queued: ['投递入队', 'Delivery queued'],
  delivery_state_changed: ['投递状态变化', 'Delivery state changed'],
  refused: ['拒绝操作', 'Refused'],
  channel_account_created: ['开设渠道账号', 'Channel account created'],
  channel_account_changed: ['变更渠道账号', 'Channel account changed'],
  lexicon_changed: ['修改预检词库', 'Word lists changed'],
  user_created: ['创建用户', 'User created'],
  user_access_changed: ['变更角色或单位', 'Roles or unit changed'],
  user_deleted: ['删除用户', 'User deleted'],
  request_received: ['登记公开申请', 'Request registered'],
  request_extended: ['延长答复期限', 'Reply deadline extended'],
  request_replied: ['答复公开申请', 'Request answered'],
  annual_report_drafted: ['生成年度报告草稿', 'Annual report drafted'],
  self_check_run: ['运行自查', 'Self-check run'],
  downstream_site_changed: ['变更下游网站', 'Downstream site changed'],
  downstream_key_issued: ['签发下游网站密钥', 'Downstream API key issued'],
}

export const AUDIT_ACTIONS = AUDIT_ACTION_VALUES.map((value) => option(value, ...ACTION_LABELS[value]))

/**
 * 审计日志: who did what, to which item and version, when and from where. Versions are no audit log
 * (they carry no actor and are pruned); these rows are written by the server only and can never be
 * changed or removed, by any API or by anyone, administrators included.
 */
export const AuditEvents: CollectionConfig = {
  slug: 'audit-events',
  labels: { plural: zhEn('审计日志', 'Audit events'), singular: zhEn('审计事件', 'Audit event') },
  graphQL: { pluralName: 'AuditEvents', singularName: 'AuditEvent' },
  access: { create: nobody, delete: nobody, read: isAdmin, update: nobody },
  admin: {
    defaultColumns: ['occurredAt', 'action', 'actorLabel', 'actorUnitLabel', 'summary', 'clientAddress'],
    group: zhEn('系统管理', 'Administration'),
    useAsTitle: 'summary',
  },
  defaultSort: '-occurredAt',
  timestamps: true,
  fields: [
    {
      name: 'occurredAt',
      type: 'date',
      label: zhEn('时间', 'Time'),
      required: true,
      index: true,
      admin: { date: { displayFormat: 'yyyy-MM-dd HH:mm:ss', pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'action',
      type: 'select',
      label: zhEn('操作', 'Action'),
      options: AUDIT_ACTIONS,
      required: true,
      index: true,
    },
    { name: 'summary', type: 'text', label: zhEn('摘要', 'Summary'), required: true },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: zhEn('操作人', 'Actor') },
    {
      name: 'actorUnit',
      type: 'relationship',
      relationTo: 'units',
      label: zhEn('操作人单位', "Actor's unit"),
    },
    // Written as text too: if the account or unit is later deleted, the row still says who it was.
    { name: 'actorLabel', type: 'text', label: zhEn('操作人（记录时）', 'Actor as recorded') },
    { name: 'actorUnitLabel', type: 'text', label: zhEn('操作人单位（记录时）', "Actor's unit as recorded") },
    { name: 'clientAddress', type: 'text', label: zhEn('客户端地址', 'Client address') },
    { name: 'targetCollection', type: 'text', label: zhEn('对象类型', 'Collection'), index: true },
    { name: 'targetId', type: 'text', label: zhEn('对象编号', 'Item id'), index: true },
    { name: 'targetVersion', type: 'text', label: zhEn('版本', 'Version') },
    { name: 'details', type: 'json', label: zhEn('详情', 'Details') },
  ],
  hooks: {
    beforeChange: [refuseAuditUpdate],
    beforeDelete: [refuseAuditDelete],
  },
}
