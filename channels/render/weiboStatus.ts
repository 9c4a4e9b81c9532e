/**
 * The text of a Weibo post: the title, a space and the link to the item on the website. statuses/share
 * needs the link (to a safe domain) and refuses #topics#; the whole must be ≤ 140 by Weibo's count.
 */
import { CHANNEL_LIMITS, weiboTextLength } from '../../src/lib/preflight/channelLimits'
import { ChannelError } from '../errors'

const { textMaxChars, linkChars } = CHANNEL_LIMITS.weibo
const ELLIPSIS = '…'

/**
 * Weibo's count, never below the platform's: pre-flight's count (a character outside ASCII is 1, ASCII ½,
 * rounded up) plus 1 for each character outside the BMP, because Weibo counts UTF-16 units and an emoji
 * is two of them.
 */
export function weiboCount(text: string): number {
  let astral = 0
  for (const char of text) if (char.codePointAt(0)! > 0xffff) astral++
  return weiboTextLength(text) + astral
}

/**
 * A link counts as `linkChars` (23), at least what Weibo counts for any ASCII link: its own length up to
 * 41 bytes, the 20-byte t.cn link beyond that.
 */
export const weiboStatusLength = (titlePart: string): number =>
  (titlePart ? weiboCount(`${titlePart} `) : 0) + linkChars

// A title is one line; '#' would open a #topic# (refused by statuses/share) and '@' would mention someone.
export const cleanTitle = (title: string) =>
  title.replace(/\s+/g, ' ').trim().replaceAll('#', '＃').replaceAll('@', '＠')

function normalisedLink(permalink: string): string {
  try {
    const url = new URL(permalink.trim())
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href // percent-encodes non-ASCII
  } catch {
    // fall through
  }
  throw new ChannelError({
    detail: `not an http(s) URL: ${permalink}`,
    kind: 'bad_content',
    operatorMessage: '微博须附网站页面链接，但该条内容的网站链接无效，请先在网站发布 (no valid website link)',
    platform: 'weibo',
  })
}

/** `${title} ${permalink}`, the title shortened with '…' when the whole would exceed 140; the link intact. */
export function composeWeiboStatus(title: string, permalink: string): string {
  const link = normalisedLink(permalink)
  const full = cleanTitle(title)
  if (weiboStatusLength(full) <= textMaxChars) return full ? `${full} ${link}` : link
  const chars = [...full]
  let keep = chars.length
  while (keep > 0 && weiboStatusLength(chars.slice(0, keep).join('').trimEnd() + ELLIPSIS) > textMaxChars)
    keep--
  return `${chars.slice(0, keep).join('').trimEnd()}${ELLIPSIS} ${link}`
}
