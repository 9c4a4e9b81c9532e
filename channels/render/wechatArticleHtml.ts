/**
 * An item's Lexical body as the HTML of a WeChat article (draft/add `content`). WeChat removes the href of
 * links outside its own articles and drops pictures it does not host, so we do the same first: the text of
 * such a link stays, and pictures point at the addresses media/uploadimg gave us.
 */
import { lexicalUploads } from '../../src/lib/preflight/lexicalText'
import { lexicalToHtml } from './lexicalToHtml'
import { sanitizeArticleHtml } from './sanitizeArticleHtml'

export type WechatArticleHtml = {
  html: string
  /** Ids of upload nodes left out because no re-hosted picture was given for them. */
  omittedUploads: string[]
}

/** Links WeChat keeps in an article: other WeChat articles (https://mp.weixin.qq.com/s/…). */
export function isWechatArticleLink(url: string): boolean {
  try {
    const parsed = new URL(url)
    return (
      (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname === 'mp.weixin.qq.com'
    )
  } catch {
    return false
  }
}

/** `imageUrls`: upload document id → the URL media/uploadimg returned for that picture. */
export function renderWechatArticleHtml(body: unknown, imageUrls: Record<string, string>): WechatArticleHtml {
  const { html, omittedUploads } = lexicalToHtml(body, {
    imageUrl: (id) => (Object.hasOwn(imageUrls, id) ? imageUrls[id] : undefined),
    keepLink: isWechatArticleLink,
  })
  const clean = sanitizeArticleHtml(html, {
    imageUrls: Object.values(imageUrls),
    keepLink: isWechatArticleLink,
  })
  return { html: clean, omittedUploads }
}

/**
 * The upload documents placed in the body, in reading order and once each: what the engine loads and
 * passes as `images` (pictures only — a non-image upload has nothing WeChat could show and is left out).
 */
export const articleUploadIds = (body: unknown): string[] => [
  ...new Set(lexicalUploads(body).map((ref) => String(ref.id))),
]
