/**
 * What WeChat does to an article before it becomes a draft. Limits are in characters; the content must
 * stay under 20 000 characters of text (what a reader sees, like the editor's word count) and under 1 MB
 * of HTML. The HTML is cleaned: script removed (articles never run JS) and pictures WeChat does not host
 * dropped (it does not fetch external images). The sandbox records what it removed.
 */
import type { Stripped } from './state'

export const LIMITS = { author: 16, contentBytes: 1024 * 1024, contentChars: 20_000, digest: 128, title: 32 }

const chars = (text: string) => [...text].length
const textOf = (html: string) => html.replace(/<[^>]*>/g, '')

/** The errcode for the first field over its limit, or undefined. */
export function fieldError(article: { title: string; author: string; digest: string; content: string }) {
  if (chars(article.title) > LIMITS.title) return 45003
  if (chars(article.author) > LIMITS.author) return 45110
  if (chars(article.digest) > LIMITS.digest) return 45004
  if (
    chars(textOf(article.content)) >= LIMITS.contentChars ||
    Buffer.byteLength(article.content) >= LIMITS.contentBytes
  )
    return 45002
  return undefined
}

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>|<script\b[^>]*\/?>/gi
const EVENT_HANDLER = /\s+on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi
const IMG = /<img\b[^>]*>/gi
const SRC = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i

export function cleanContent(content: string, isWechatImage: (src: string) => boolean) {
  const stripped: Stripped = { eventHandlers: 0, externalImages: [], scripts: 0 }
  const html = content
    .replace(SCRIPT, () => {
      stripped.scripts++
      return ''
    })
    .replace(/<[a-z][^>]*>/gi, (tag) =>
      tag.replace(EVENT_HANDLER, () => {
        stripped.eventHandlers++
        return ''
      }),
    )
    .replace(IMG, (tag) => {
      const match = SRC.exec(tag)
      const src = match ? (match[1] ?? match[2] ?? match[3] ?? '') : ''
      if (src && isWechatImage(src)) return tag
      stripped.externalImages.push(src || tag)
      return ''
    })
  return { html, stripped }
}

/** WeChat fills an empty digest with the start of the article's text. */
export const defaultDigest = (html: string): string =>
  [
    ...html
      .replace(/<[^>]*>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  ]
    .slice(0, 54)
    .join('')
