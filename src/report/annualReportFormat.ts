/**
 * The tables of 政府信息公开工作年度报告 in the format of 国办公开办函〔2021〕30号: row and column labels
 * exactly as the format prints them, with the ASCII values the request records store. The request
 * collection's choices are built from these lists, so a request can only be filed under a row that exists.
 */
import { option } from '@/lib/bilingual'

export const SECTION_HEADINGS = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  requests: '三、收到和处理政府信息公开申请情况',
  reviewLitigation: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
} as const

/** 申请人情况: 自然人, then 法人或其他组织 in five kinds. */
export const APPLICANT_TYPES = [
  { value: 'natural_person', label: '自然人', en: 'Natural person' },
  { value: 'commercial', label: '商业企业', en: 'Commercial enterprise' },
  { value: 'research', label: '科研机构', en: 'Research institution' },
  { value: 'public_interest', label: '社会公益组织', en: 'Public-interest organisation' },
  { value: 'legal_services', label: '法律服务机构', en: 'Legal services' },
  { value: 'other_org', label: '其他', en: 'Other organisation' },
] as const
export type ApplicantType = (typeof APPLICANT_TYPES)[number]['value']

export const APPLICANT_GROUP_LABELS = {
  header: '申请人情况',
  legalPersons: '法人或其他组织',
  total: '总计',
  naturalPerson: '自然人',
} as const

export const MATRIX_CORNER_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'

type Reason = { value: string; label: string; en: string }
type Outcome = { value: string; label: string; en: string; reasonField?: string; reasons?: Reason[] }

/** 三、本年度办理结果: six outcomes; the last four are counted per sub-reason. */
export const OUTCOMES = [
  { value: 'disclosed', label: '（一）予以公开', en: 'Disclosed' },
  {
    value: 'partially_disclosed',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    en: 'Partly disclosed',
  },
  {
    value: 'withheld',
    label: '（三）不予公开',
    en: 'Not disclosed',
    reasonField: 'refusalReason',
    reasons: [
      { value: 'state_secret', label: '1.属于国家秘密', en: 'State secret' },
      { value: 'law_prohibits', label: '2.其他法律行政法规禁止公开', en: 'Prohibited by other law' },
      { value: 'security_stability', label: '3.危及“三安全一稳定”', en: 'Endangers security or stability' },
      { value: 'third_party_rights', label: '4.保护第三方合法权益', en: "Protects a third party's rights" },
      { value: 'internal_affairs', label: '5.属于三类内部事务信息', en: 'Internal affairs' },
      { value: 'process_information', label: '6.属于四类过程性信息', en: 'Process information' },
      { value: 'enforcement_case_file', label: '7.属于行政执法案卷', en: 'Enforcement case file' },
      { value: 'administrative_query', label: '8.属于行政查询事项', en: 'Administrative enquiry' },
    ],
  },
  {
    value: 'unavailable',
    label: '（四）无法提供',
    en: 'Cannot be provided',
    reasonField: 'unavailableReason',
    reasons: [
      { value: 'not_held', label: '1.本机关不掌握相关政府信息', en: 'Not held by this office' },
      { value: 'needs_creation', label: '2.没有现成信息需要另行制作', en: 'Would have to be created' },
      {
        value: 'unclear_after_correction',
        label: '3.补正后申请内容仍不明确',
        en: 'Still unclear after 补正',
      },
    ],
  },
  {
    value: 'not_processed',
    label: '（五）不予处理',
    en: 'Not processed',
    reasonField: 'notProcessedReason',
    reasons: [
      { value: 'petition_complaint', label: '1.信访举报投诉类申请', en: 'Petition, report or complaint' },
      { value: 'repeated', label: '2.重复申请', en: 'Repeated application' },
      { value: 'publication', label: '3.要求提供公开出版物', en: 'Asks for a publication' },
      { value: 'excessive', label: '4.无正当理由大量反复申请', en: 'Excessive without good reason' },
      {
        value: 'confirmation',
        label: '5.要求行政机关确认或重新出具已获取信息',
        en: 'Asks to confirm or reissue information held',
      },
    ],
  },
  {
    value: 'other',
    label: '（六）其他处理',
    en: 'Other handling',
    reasonField: 'otherHandlingReason',
    reasons: [
      {
        value: 'no_correction',
        label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
        en: 'No 补正 in time',
      },
      {
        value: 'fee_unpaid',
        label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
        en: 'Fee not paid in time',
      },
      { value: 'other', label: '3.其他', en: 'Other' },
    ],
  },
] as const satisfies readonly Outcome[]
export type OutcomeValue = (typeof OUTCOMES)[number]['value']

export const MATRIX_ROW_LABELS = {
  received: '一、本年新收政府信息公开申请数量',
  carriedOver: '二、上年结转政府信息公开申请数量',
  results: '三、本年度办理结果',
  total: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
} as const

/** 二、主动公开: the four sub-tables by article 20 of the Regulation. */
export const PROACTIVE_TABLE = {
  article20_1: {
    heading: '第二十条第（一）项',
    columns: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    rows: { rules: '规章', normative: '行政规范性文件' },
  },
  article20_5: {
    heading: '第二十条第（五）项',
    columns: ['信息内容', '本年处理决定数量'],
    rows: { licences: '行政许可' },
  },
  article20_6: {
    heading: '第二十条第（六）项',
    columns: ['信息内容', '本年处理决定数量'],
    rows: { penalties: '行政处罚', compulsoryMeasures: '行政强制' },
  },
  article20_8: {
    heading: '第二十条第（八）项',
    columns: ['信息内容', '本年收费金额（单位：万元）'],
    rows: { fees: '行政事业性收费' },
  },
} as const

/** 四、行政复议、行政诉讼: one row of 15 numbers in three groups. */
export const REVIEW_GROUPS = [
  { key: 'review', label: '行政复议' },
  { key: 'directSuit', label: '行政诉讼 — 未经复议直接起诉' },
  { key: 'suitAfterReview', label: '行政诉讼 — 复议后起诉' },
] as const
export const REVIEW_LITIGATION_GROUP_HEADER = '行政诉讼'
export const REVIEW_GROUP_SHORT_LABELS = {
  directSuit: '未经复议直接起诉',
  suitAfterReview: '复议后起诉',
} as const

export const CASE_RESULTS = [
  { value: 'upheld', label: '结果维持', en: 'Upheld' },
  { value: 'corrected', label: '结果纠正', en: 'Corrected' },
  { value: 'other', label: '其他结果', en: 'Other result' },
  { value: 'pending', label: '尚未审结', en: 'Pending' },
] as const
export type CaseResult = (typeof CASE_RESULTS)[number]['value']
export const CASE_TOTAL_LABEL = '总计'

/** Select options for collections, built from the same lists so labels cannot drift. */
export const toOptions = (items: readonly { value: string; label: string; en: string }[]) =>
  items.map((item) => option(item.value, item.label.replace(/^（.）|^\d\./, ''), item.en))
