/**
 * Weibo's text rules: length in Chinese characters, where anything in Latin-1 counts half (Weibo counts
 * bytes, two per Chinese character, and divides by two, rounding up); a link is counted like Weibo's own
 * compose box counts it, as its t.cn short link (20 bytes) when it is longer than that (over 41 bytes).
 */

export const WEIBO_MAX_LENGTH = 140

const LINK = /https?:\/\/[a-zA-Z0-9.-]+(?::\d+)?[-A-Za-z0-9_$.+!*()/,:;@&=?~#%]*/g
const SHORT_LINK_BYTES = 20
const LONGEST_KEPT_LINK_BYTES = 41

/** Chinese and other characters outside Latin-1 are two bytes, the rest one (per UTF-16 unit, as Weibo). */
const weiboBytes = (text: string): number => text.replace(/[^\x00-\xff]/g, '**').length

/** The length Weibo compares with 140: `weiboLength('政务公开') === 4`, `weiboLength('abc') === 2`. */
export function weiboLength(text: string): number {
  let bytes = weiboBytes(text.replace(LINK, ''))
  for (const link of text.match(LINK) ?? []) {
    const linkBytes = weiboBytes(link)
    bytes += linkBytes > LONGEST_KEPT_LINK_BYTES ? SHORT_LINK_BYTES : linkBytes
  }
  return Math.ceil(bytes / 2)
}

export const linksIn = (text: string): string[] => text.match(LINK) ?? []

/** Whether the text links to one of the app's safe domains (a listed host or one of its subdomains). */
export function linksToSafeDomain(text: string, safeDomains: string[]): boolean {
  return linksIn(text).some((link) => {
    try {
      const host = new URL(link).hostname
      return safeDomains.some((domain) => host === domain || host.endsWith(`.${domain}`))
    } catch {
      return false
    }
  })
}

/** statuses/share does not accept #topics#. */
export const hasTopic = (text: string): boolean => /#[^#\r\n]+#/.test(text.replace(LINK, ''))

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** Weibo's created_at, always in Beijing time: 'Thu Nov 26 10:00:00 +0800 2026'. */
export function weiboDate(ms: number): string {
  const d = new Date(ms + 8 * 3_600_000)
  const pad = (n: number) => String(n).padStart(2, '0')
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${time} +0800 ${d.getUTCFullYear()}`
}
