/** What one self-check run produces, before it is stored: each finding keyed by a stable fingerprint. */
export type FindingSeverity = 'high' | 'low' | 'medium'

export const FINDING_KINDS = [
  'stale_column',
  'blank_column',
  'broken_link',
  'typo',
  'response_overdue',
  'consultation_overdue',
  'request_overdue',
  'request_due_soon',
  'channel_silent',
] as const

export type FindingKind = (typeof FINDING_KINDS)[number]

export type Id = number | string

export type FindingDraft = {
  kind: FindingKind
  severity: FindingSeverity
  /** The unit that must act; null for bureau-wide findings (admins act). */
  unit: Id | null
  /** `collection:id` of the item concerned, or the catalogue node key. */
  target: string
  /** Where the admin opens the item concerned. */
  link: string
  /** Chinese, saying what is wrong and what to do. */
  message: string
  /** Same problem, same fingerprint, run after run: it keeps firstSeenAt and the alert sent. */
  fingerprint: string
}

export const adminLink = (collection: string, id: Id) => `/admin/collections/${collection}/${id}`
