/**
 * Rules for public comments on a 征求意见 (重大行政决策公众参与): when a consultation accepts them and
 * what a submission must look like. Pure functions, so the endpoint and the tests share one truth.
 * Messages are Chinese (the public form is Chinese) and name the field they refuse.
 */

export const BODY_MIN = 5
export const BODY_MAX = 2000
export const NAME_MAX = 50
export const MAX_LINKS = 3
const CONTACT_MAX = 254

export type Phase = 'closed' | 'open' | 'upcoming'

type Window = { closesAt?: Date | null | string; opensAt?: Date | null | string }

const time = (value: Date | null | string | undefined): number =>
  value == null || value === '' ? NaN : new Date(value).getTime()

/**
 * Open from opensAt (inclusive) until closesAt (exclusive). A consultation without an opening time
 * is upcoming and one without a closing time stays open: neither can be published without them.
 */
export function phaseOf(window: Window, now: number): Phase {
  const opens = time(window.opensAt)
  const closes = time(window.closesAt)
  if (Number.isNaN(opens) || now < opens) return 'upcoming'
  if (!Number.isNaN(closes) && now >= closes) return 'closed'
  return 'open'
}

/** `yyyy-MM-dd HH:mm` in 北京时间, the way every notice states a deadline. */
export function beijingTime(value: Date | string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
    minute: '2-digit',
    month: '2-digit',
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
  }).formatToParts(new Date(value))
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`
}

/** Why a consultation in this phase takes no comments, or null while it is open. */
export function notOpenMessage(window: Window, now: number): null | string {
  const phase = phaseOf(window, now)
  if (phase === 'open') return null
  if (phase === 'upcoming') {
    return window.opensAt
      ? `该征求意见尚未开始，将于 ${beijingTime(window.opensAt)}（北京时间）开始接受意见`
      : '该征求意见尚未开始接受意见'
  }
  return `该征求意见已于 ${beijingTime(window.closesAt as Date | string)}（北京时间）结束，不再接受意见`
}

/** Characters as readers count them: one per Chinese character or emoji, not per UTF-16 unit. */
export const charCount = (text: string): number => [...text].length

/** Nothing but spaces, punctuation and symbols (emoji included): no opinion in it. */
export const isOnlyPunctuation = (text: string): boolean => /^[\s\p{P}\p{S}]*$/u.test(text)

export const countLinks = (text: string): number => text.match(/(?:https?:\/\/|\bwww\.)/gi)?.length ?? 0

/**
 * Tags such as `<a href>`, `</p>`, `<img …/>` or comments. `<<治安管理处罚法>>` and `a < b` are
 * ordinary writing and pass: a tag name must follow the bracket directly.
 */
export const hasHtmlTag = (text: string): boolean => /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/i.test(text)

/** 11-digit mainland mobile numbers, optionally with +86 and spaces or hyphens between groups. */
export const isChineseMobile = (text: string): boolean =>
  /^(?:\+?86)?1[3-9]\d{9}$/.test(text.replace(/[\s-]/g, ''))

export const isEmail = (text: string): boolean =>
  text.length <= CONTACT_MAX && /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>().]+$/.test(text)

export type CommentInput = { body: string; contact?: string; name?: string }
export type CommentVerdict =
  { field: keyof CommentInput; message: string; ok: false } | { ok: true; value: CommentInput }

const refuse = (field: keyof CommentInput, message: string): CommentVerdict => ({ field, message, ok: false })

/** An optional text field: absent, null or blank all mean "not given". */
const optionalText = (value: unknown): string | undefined | false => {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') return false
  return value.trim() || undefined
}

/** Judges a submission from the public form and returns it trimmed, or the first refusal. */
export function checkComment(input: unknown): CommentVerdict {
  const data = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>
  const body = typeof data.body === 'string' ? data.body.trim() : ''
  if (!body) return refuse('body', '意见内容 (body) 不能为空')
  const length = charCount(body)
  if (length < BODY_MIN) return refuse('body', `意见内容 (body) 至少 ${BODY_MIN} 个字`)
  if (length > BODY_MAX) {
    return refuse('body', `意见内容 (body) 不能超过 ${BODY_MAX} 个字，当前 ${length} 个字`)
  }
  if (isOnlyPunctuation(body)) return refuse('body', '意见内容 (body) 不能只有标点符号或空白')
  if (countLinks(body) > MAX_LINKS) return refuse('body', `意见内容 (body) 最多包含 ${MAX_LINKS} 个链接`)
  if (hasHtmlTag(body)) return refuse('body', '意见内容 (body) 不能包含 HTML 标签')

  const name = optionalText(data.name)
  if (name === false) return refuse('name', '姓名 (name) 须为文字')
  if (name && charCount(name) > NAME_MAX) return refuse('name', `姓名 (name) 不能超过 ${NAME_MAX} 个字`)
  if (name && hasHtmlTag(name)) return refuse('name', '姓名 (name) 不能包含 HTML 标签')

  const contact = optionalText(data.contact)
  if (contact === false || (contact && !isChineseMobile(contact) && !isEmail(contact))) {
    return refuse('contact', '联系方式 (contact) 须为手机号码或电子邮箱')
  }
  return { ok: true, value: { body, ...(name ? { name } : {}), ...(contact ? { contact } : {}) } }
}
