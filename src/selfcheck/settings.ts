/** The self-check's thresholds, as an admin set them in 自查设置, with the inspection's defaults. */
import { DEFAULT_NEWS_COLUMNS } from './catalogue'

export type SelfCheckSettings = {
  newsMaxAgeDays: number
  otherMaxAgeDays: number
  newsColumns: string[]
  ignoredColumns: string[]
  requestWarningWorkingDays: number
  consultationFeedbackDays: number
  channelSilenceDays: number
  linkTimeoutMs: number
}

export const DEFAULT_SETTINGS: SelfCheckSettings = {
  newsMaxAgeDays: 14,
  otherMaxAgeDays: 183,
  newsColumns: DEFAULT_NEWS_COLUMNS,
  ignoredColumns: [],
  requestWarningWorkingDays: 5,
  consultationFeedbackDays: 30,
  channelSilenceDays: 14,
  linkTimeoutMs: 5000,
}

const positive = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback

const strings = (value: unknown, fallback: string[]) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : fallback

/** Whatever the global holds (or nothing, before an admin saved it), as complete settings. */
export function normalizeSettings(doc: Record<string, unknown> | null | undefined): SelfCheckSettings {
  const d = doc ?? {}
  return {
    newsMaxAgeDays: positive(d.newsMaxAgeDays, DEFAULT_SETTINGS.newsMaxAgeDays),
    otherMaxAgeDays: positive(d.otherMaxAgeDays, DEFAULT_SETTINGS.otherMaxAgeDays),
    newsColumns: strings(d.newsColumns, DEFAULT_SETTINGS.newsColumns),
    ignoredColumns: strings(d.ignoredColumns, DEFAULT_SETTINGS.ignoredColumns),
    requestWarningWorkingDays: positive(
      d.requestWarningWorkingDays,
      DEFAULT_SETTINGS.requestWarningWorkingDays,
    ),
    consultationFeedbackDays: positive(d.consultationFeedbackDays, DEFAULT_SETTINGS.consultationFeedbackDays),
    channelSilenceDays: positive(d.channelSilenceDays, DEFAULT_SETTINGS.channelSilenceDays),
    linkTimeoutMs: positive(d.linkTimeoutMs, DEFAULT_SETTINGS.linkTimeoutMs),
  }
}
