/**
 * Statutory clocks of 政务公开 on the Chinese working-day calendar, as pure functions.
 *
 * Every calendar question is asked in China time (Asia/Shanghai, UTC+8, no daylight saving since 1991),
 * whatever the server's timezone: a calendar day is an integer day number on the UTC+8 wall clock, and the
 * server's local time is never consulted.
 *
 * Holidays and make-up workdays (调休) come from the data file of the `chinese-days` package, which mirrors
 * the State Council's yearly notices (国务院办公厅关于部分节假日安排的通知). Its date functions are not
 * used: they key their tables through the process's local timezone, and under a negative UTC offset
 * (e.g. TZ=America/New_York, version 1.5.7) they answer for the wrong day.
 */
import chineseDaysData from 'chinese-days/dist/chinese-days.json'

/** A moment or a day: a Date, or an ISO string. See `toInstant` for how strings are read. */
export type DateInput = Date | string

/** A calendar day in China time, `YYYY-MM-DD`. */
export type ChinaDate = string

/**
 * Why a reply clock stopped: the applicant was asked to correct the application (补正, art. 30), or a
 * third party was consulted (第三方意见, art. 32). They count differently: see `requestReplyDeadline`.
 */
export type PauseKind = 'correction' | 'third_party'

/** A span during which a reply clock stands still, both days included (China time). */
export type ClockPause = { from: DateInput; to: DateInput; kind?: PauseKind }

export type RequestReplyInput = {
  /** 收到申请之日 (art. 31); the day itself is not counted. */
  receivedOn: DateInput
  /** Working days of the one extension approved under art. 33, 0 to 20. */
  extensionWorkingDays?: number
  /** Spans that do not count (a third party consulted, art. 32–33), or 补正 that restart the clock (art. 30). */
  pauses?: ClockPause[]
}

export type ClockState = 'done_on_time' | 'done_late' | 'running' | 'due_soon' | 'overdue'

export type ClockStatus = {
  state: ClockState
  deadline: Date
  /** Deadline minus completion (when done) or minus now; negative once past. */
  remainingMs: number
}

export type ClockStatusOptions = {
  /** A running clock with less than this left is `due_soon`. Default: 24 hours. */
  dueSoonWithinMs?: number
}

/** A refusal carrying both languages, so a hook can show the editor's one. */
export class StatutoryClockError extends RangeError {
  readonly messageZh: string
  readonly messageEn: string

  constructor(messageZh: string, messageEn: string) {
    super(`${messageZh} / ${messageEn}`)
    this.name = 'StatutoryClockError'
    this.messageZh = messageZh
    this.messageEn = messageEn
  }
}

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS
const CHINA_OFFSET_MS = 8 * HOUR_MS

/** 20 working days, both for proactive disclosure (art. 26) and for replying to a request (art. 33). */
export const STATUTORY_WORKING_DAYS = 20
/** The one extension of a reply may add at most 20 working days (art. 33). */
export const MAX_EXTENSION_WORKING_DAYS = 20

/**
 * Calendar-hour clocks of 国办发〔2016〕61号 on responding to public concern: for a major emergency,
 * authoritative information within 5 hours and a press conference within 24 hours; any other public
 * concern is answered within 48 hours.
 */
export const HOUR_CLOCKS = {
  authoritativeInformation: 5,
  pressConference: 24,
  publicConcernResponse: 48,
} as const

export const DEFAULT_DUE_SOON_WITHIN_MS = 24 * HOUR_MS

type CalendarTables = { holidays: Record<string, string>; workdays: Record<string, string> }

// Keys are plain `YYYY-MM-DD` strings; the file was built from the official notices, not from a timezone.
const { holidays, workdays } = chineseDaysData as CalendarTables

const yearsWithHolidays = Object.keys(holidays).map((key) => Number(key.slice(0, 4)))

/**
 * The years for which the package carries the official arrangement. Outside them a day is judged by the
 * weekday alone, which is wrong for holidays that are not yet published: check `hasOfficialCalendar`.
 */
export const OFFICIAL_CALENDAR_YEARS = {
  first: Math.min(...yearsWithHolidays),
  last: Math.max(...yearsWithHolidays),
} as const

const refuse = (messageZh: string, messageEn: string): never => {
  throw new StatutoryClockError(messageZh, messageEn)
}

/** `2025-09-26`, `2025-09-26T10:00[:00[.000]]`, optionally followed by `Z` or an offset such as `+08:00`. */
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|([+-])(\d{2}):?(\d{2}))?)?$/i

/** The offset written in an ISO string (zone, sign, hours, minutes), in ms east of UTC; none means China time. */
function writtenOffsetMs([zone, sign, hours, minutes]: (string | undefined)[]): number {
  if (zone === undefined) return CHINA_OFFSET_MS
  if (zone.toUpperCase() === 'Z') return 0
  return (sign === '-' ? -1 : 1) * (Number(hours) * HOUR_MS + Number(minutes) * 60_000)
}

/**
 * The instant an ISO string names. Each field is checked, since `Date.parse('2025-02-30T10:00Z')` quietly
 * gives March 2; a string without a zone is China wall time, never the server's local time.
 */
function parseIsoString(input: string): Date {
  const match = ISO_DATE_TIME.exec(input.trim())
  if (!match) return refuse(`无法识别的日期：${input}`, `Unrecognised date: ${input}`)
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0))
  const millisecond = Number((match[7] ?? '0').padEnd(3, '0'))
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millisecond)
  const check = new Date(wall)
  const isReal =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60
  if (!isReal) refuse(`无效的日期：${input}`, `Not a valid date: ${input}`)
  return new Date(wall - writtenOffsetMs(match.slice(8)))
}

/**
 * Reads an input as an instant. Strings without a zone (`2025-09-26`, `2025-09-26T10:00`) are China wall
 * time: `new Date('2025-09-26T10:00')` would depend on the server's TZ. Strings with `Z` or an offset are
 * exact. Anything else is refused rather than guessed.
 */
export function toInstant(input: DateInput): Date {
  if (typeof input === 'string') return parseIsoString(input)
  if (!(input instanceof Date) || Number.isNaN(input.getTime())) {
    refuse('无效的日期：须为有效的 Date 或 ISO 字符串', 'Invalid date: expected a valid Date or ISO string')
  }
  return new Date(input.getTime())
}

/** Days since 1970-01-01 on the China calendar. */
const chinaDayNumber = (input: DateInput): number =>
  Math.floor((toInstant(input).getTime() + CHINA_OFFSET_MS) / DAY_MS)

const dayNumberToChinaDate = (dayNumber: number): ChinaDate =>
  new Date(dayNumber * DAY_MS).toISOString().slice(0, 10)

/** 1970-01-01 was a Thursday; 0 = Sunday … 6 = Saturday. */
const weekdayOf = (dayNumber: number): number => (((dayNumber + 4) % 7) + 7) % 7

/** The last millisecond of a China calendar day: a deadline "within N days" lasts the whole day. */
const endOfChinaDay = (dayNumber: number): Date => new Date((dayNumber + 1) * DAY_MS - CHINA_OFFSET_MS - 1)

/** The China calendar day of an input, `YYYY-MM-DD`. */
export const toChinaDate = (input: DateInput): ChinaDate => dayNumberToChinaDate(chinaDayNumber(input))

function isWorkingDayNumber(dayNumber: number): boolean {
  const key = dayNumberToChinaDate(dayNumber)
  if (workdays[key]) return true // 调休: a weekend day worked in exchange for a longer holiday
  if (holidays[key]) return false
  const weekday = weekdayOf(dayNumber)
  return weekday !== 0 && weekday !== 6
}

/** Whether the China calendar day of `date` is a working day; 调休 make-up days are. */
export const isWorkingDay = (date: DateInput): boolean => isWorkingDayNumber(chinaDayNumber(date))

/** Whether the package knows the official holiday arrangement for the year of `date` (China time). */
export function hasOfficialCalendar(date: DateInput): boolean {
  const year = Number(toChinaDate(date).slice(0, 4))
  return year >= OFFICIAL_CALENDAR_YEARS.first && year <= OFFICIAL_CALENDAR_YEARS.last
}

type DaySpan = { from: number; to: number }

function requirePositiveWholeNumber(n: number, what: { zh: string; en: string }): void {
  if (!Number.isInteger(n) || n < 1) {
    refuse(`${what.zh}须为正整数，收到 ${n}`, `${what.en} must be a positive whole number, got ${n}`)
  }
}

/** The n-th working day after `start`, skipping days inside any span; the start day is never counted. */
function nthWorkingDayAfter(start: number, n: number, skipped: DaySpan[] = []): number {
  const isSkipped = (day: number) => skipped.some((span) => span.from <= day && day <= span.to)
  let day = start
  let counted = 0
  while (counted < n) {
    day += 1
    if (!isSkipped(day) && isWorkingDayNumber(day)) counted += 1
  }
  return day
}

/**
 * The end (23:59:59.999 China time) of the n-th working day after `start`'s China calendar day. The start
 * day is not counted: "自…之日起20个工作日内" ends on the 20th working day after it.
 */
export function addWorkingDays(start: DateInput, n: number): Date {
  requirePositiveWholeNumber(n, { en: 'The number of working days', zh: '工作日数' })
  return endOfChinaDay(nthWorkingDayAfter(chinaDayNumber(start), n))
}

/** 主动公开: within 20 working days of the day the information was formed (成文日期), art. 26. */
export const proactiveDisclosureDeadline = (formedOn: DateInput): Date =>
  addWorkingDays(formedOn, STATUTORY_WORKING_DAYS)

function validateExtension(extension: number): void {
  if (!Number.isInteger(extension) || extension < 0) {
    refuse(
      `延长答复期限须为 0 至 ${MAX_EXTENSION_WORKING_DAYS} 个工作日的整数，收到 ${extension}`,
      `The extension must be a whole number of 0 to ${MAX_EXTENSION_WORKING_DAYS} working days, got ${extension}`,
    )
  }
  if (extension > MAX_EXTENSION_WORKING_DAYS) {
    refuse(
      `延长答复期限最长不得超过 ${MAX_EXTENSION_WORKING_DAYS} 个工作日（《政府信息公开条例》第三十三条），收到 ${extension}`,
      `The extension may not exceed ${MAX_EXTENSION_WORKING_DAYS} working days (art. 33 of the Regulation on ` +
        `the Disclosure of Government Information), got ${extension}`,
    )
  }
}

function toDaySpan(pause: ClockPause): DaySpan {
  const span = { from: chinaDayNumber(pause.from), to: chinaDayNumber(pause.to) }
  if (span.from > span.to) {
    const [from, to] = [toChinaDate(pause.from), toChinaDate(pause.to)]
    refuse(`暂停区间的开始日 ${from} 晚于结束日 ${to}`, `A pause starts (${from}) after it ends (${to})`)
  }
  return span
}

/**
 * 依申请公开: 20 working days after receipt, plus the one approved extension (art. 33). A third party's
 * consultation (or a pause of no kind) stops the clock: its days, both ends included, do not count. A
 * 补正 restarts it: "答复期限自行政机关收到补正的申请之日起计算" (art. 30), so the 20 days run afresh
 * from the day the corrected application arrived (`to`), which itself is not counted.
 */
export function requestReplyDeadline({
  extensionWorkingDays = 0,
  pauses = [],
  receivedOn,
}: RequestReplyInput): Date {
  validateExtension(extensionWorkingDays)
  const spans = pauses.map((pause) => ({ kind: pause.kind, span: toDaySpan(pause) }))
  const start = Math.max(
    chinaDayNumber(receivedOn),
    ...spans.filter(({ kind }) => kind === 'correction').map(({ span }) => span.to),
  )
  const skipped = spans.filter(({ kind }) => kind !== 'correction').map(({ span }) => span)
  const total = STATUTORY_WORKING_DAYS + extensionWorkingDays
  return endOfChinaDay(nthWorkingDayAfter(start, total, skipped))
}

/** Whether a reply clock stands still now: a pause has begun and not yet ended. */
export const isReplyClockPaused = (pauses: { from?: DateInput | null; to?: DateInput | null }[] = []) =>
  pauses.some((pause) => pause.from != null && pause.to == null)

/**
 * A clock of calendar hours: nights and holidays count.
 * E.g. `hoursDeadline(start, HOUR_CLOCKS.pressConference)`.
 */
export function hoursDeadline(start: DateInput, hours: number): Date {
  if (!Number.isFinite(hours) || hours <= 0) {
    refuse(`小时数须为正数，收到 ${hours}`, `The number of hours must be positive, got ${hours}`)
  }
  return new Date(toInstant(start).getTime() + hours * HOUR_MS)
}

/**
 * Where a clock stands at `now`. Done work is judged by when it was done; the deadline instant itself is
 * still on time. A running clock with less than `dueSoonWithinMs` left is `due_soon`.
 */
export function clockStatus(
  deadline: DateInput,
  now: DateInput,
  doneAt?: DateInput | null,
  { dueSoonWithinMs = DEFAULT_DUE_SOON_WITHIN_MS }: ClockStatusOptions = {},
): ClockStatus {
  const due = toInstant(deadline)
  const at = toInstant(now)
  if (doneAt != null) {
    const remainingMs = due.getTime() - toInstant(doneAt).getTime()
    return { deadline: due, remainingMs, state: remainingMs >= 0 ? 'done_on_time' : 'done_late' }
  }
  const remainingMs = due.getTime() - at.getTime()
  const state = remainingMs < 0 ? 'overdue' : remainingMs < dueSoonWithinMs ? 'due_soon' : 'running'
  return { deadline: due, remainingMs, state }
}

const pad2 = (n: number) => String(n).padStart(2, '0')

/** A deadline as read in China, e.g. `2025年10月30日 23:59`. */
export function formatDeadlineZh(deadline: DateInput): string {
  const wall = new Date(toInstant(deadline).getTime() + CHINA_OFFSET_MS)
  const day = `${wall.getUTCFullYear()}年${wall.getUTCMonth() + 1}月${wall.getUTCDate()}日`
  return `${day} ${pad2(wall.getUTCHours())}:${pad2(wall.getUTCMinutes())}`
}
