/**
 * An item's Lexical body as the HTML of its website page. The website hosts its own pictures, so an
 * upload node points at the media library's file; links to any http(s) address stay. The same allowlist
 * as the platforms' articles decides what survives.
 */
import { lexicalToHtml } from './lexicalToHtml'
import { sanitizeArticleHtml } from './sanitizeArticleHtml'

const isWebLink = (url: string) => /^https?:\/\//i.test(url)

/** `imageUrls`: upload document id → the address of its file in the media library. */
export function renderWebsiteHtml(body: unknown, imageUrls: Record<string, string>): string {
  const { html } = lexicalToHtml(body, {
    imageUrl: (id) => (Object.hasOwn(imageUrls, id) ? imageUrls[id] : undefined),
    keepLink: isWebLink,
  })
  return sanitizeArticleHtml(html, { imageUrls: Object.values(imageUrls), keepLink: isWebLink })
}
