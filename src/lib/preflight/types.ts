/**
 * What the pre-flight check reports when an editor submits an item for review. A blocking finding stops
 * the submission; a warning is shown to the editor and the reviewer but lets the item through.
 */
export type FindingSeverity = 'blocking' | 'warning'

export type Finding = {
  /** ASCII, stable for code and tests: 'sensitive_word', 'typo', 'broken_link', 'wechat_title_too_long'… */
  code: string
  severity: FindingSeverity
  /** The item's field path it concerns, e.g. 'title', 'body'. */
  field?: string
  /** The channel account id it concerns, when the finding is channel-specific. */
  channel?: string
  /** Chinese, naming the field and the rule. */
  message: string
  /** For word findings: about ten characters of context around the first hit. */
  excerpt?: string
}

/** Chinese names of the fields pre-flight messages mention; other paths are shown as they are. */
export const FIELD_LABELS: Record<string, string> = {
  title: '标题',
  body: '正文',
  summary: '摘要',
  digest: '摘要',
  author: '作者',
  cover: '封面图',
  transcript: '文字实录',
}

export const fieldLabel = (field: string): string => FIELD_LABELS[field] ?? `字段“${field}”`
