/**
 * The review gate's vocabulary: ASCII values with Chinese and English labels. The state names are part
 * of the public contract (DESIGN §3) and are read by downstream code, so they never change.
 */
import { option } from '@/lib/bilingual'

export const PLATFORMS = [
  option('website', '门户网站', 'Website'),
  option('wechat', '微信公众号', 'WeChat Official Account'),
  option('weibo', '政务微博', 'Weibo'),
]

/** 备案状态: only accounts that are open (开设) or re-filed after a change (变更) may receive content. */
export const FILING_STATUSES = [
  option('opened', '开设', 'Opened'),
  option('changed', '变更', 'Changed'),
  option('suspended', '关停', 'Suspended'),
  option('cancelled', '注销', 'Cancelled'),
]
export const RECEIVING_FILING_STATUSES = ['opened', 'changed']

/** Whose reviewers sign a stage: the author's unit, the unit that opened the account, or a named unit. */
export const STAGE_REVIEWER_UNITS = [
  option('author_unit', '撰稿单位', "Author's unit"),
  option('owning_unit', '开设单位', 'Owning unit'),
  option('named_unit', '指定单位', 'Named unit'),
]

export type StageReviewerUnit = 'author_unit' | 'named_unit' | 'owning_unit'
export const DEFAULT_STAGES: { name: string; reviewerUnit: StageReviewerUnit }[] = [
  { name: '初审', reviewerUnit: 'author_unit' },
  { name: '复审', reviewerUnit: 'owning_unit' },
  { name: '终审', reviewerUnit: 'owning_unit' },
]

export const TICKET_STATES = [
  option('pending', '审核中', 'Pending'),
  option('approved', '已通过', 'Approved'),
  option('rejected', '已退回', 'Rejected'),
  option('superseded', '已失效（内容已修改）', 'Superseded'),
]
export type TicketState = 'approved' | 'pending' | 'rejected' | 'superseded'

export const DECISIONS = [option('approve', '通过', 'Approve'), option('reject', '退回', 'Reject')]

/** 三审 checks: 政治, 法律, 保密, 文字. All four must be confirmed to approve a stage. */
export const CHECKLIST = [
  { key: 'political', zh: '政治关', en: 'Political' },
  { key: 'legal', zh: '法律关', en: 'Legal' },
  { key: 'secrecy', zh: '保密关', en: 'Secrecy' },
  { key: 'wording', zh: '文字关', en: 'Wording' },
] as const
export type ChecklistKey = (typeof CHECKLIST)[number]['key']

export const DELIVERY_STATES = [
  option('queued', '排队中', 'Queued'),
  option('sending', '发送中', 'Sending'),
  option('awaiting_platform', '平台处理中', 'Awaiting platform'),
  option('delivered', '已送达', 'Delivered'),
  option('unconfirmed', '结果待确认', 'Unconfirmed'),
  option('failed', '失败', 'Failed'),
  option('retracted', '已撤回', 'Retracted'),
]
export type DeliveryState =
  'awaiting_platform' | 'delivered' | 'failed' | 'queued' | 'retracted' | 'sending' | 'unconfirmed'

/** The collections whose items pass the gate (DESIGN §3). */
export const CONTENT_COLLECTIONS = ['disclosures', 'interpretations', 'responses', 'consultations'] as const
export type ContentCollection = (typeof CONTENT_COLLECTIONS)[number]
export const isContentCollection = (slug: unknown): slug is ContentCollection =>
  CONTENT_COLLECTIONS.includes(slug as ContentCollection)

/** "disclosures:12": one key for an item across collections, indexed on tickets and deliveries. */
export const itemKeyOf = (collection: string, id: number | string) => `${collection}:${id}`

/** The collection and id an item key names (a retired key of a deleted item still names them). */
export function itemOfKey(itemKey: string): { collection: ContentCollection; id: string } {
  const [collection, id] = itemKey.split('#')[0].split(':')
  return { collection: collection as ContentCollection, id }
}
