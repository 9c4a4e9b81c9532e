/**
 * The last word on what HTML reaches a platform: an explicit allowlist of tags, attributes and inline
 * styles. No script, style or iframe, no event handlers, no `javascript:`; a picture only when its address
 * is one the platform itself hosts for us; a link's href only to an address the platform keeps.
 */
import sanitizeHtml from 'sanitize-html'

export type SanitizeArticleOptions = {
  /** Addresses an <img> may point at (the re-hosted pictures); any other picture is removed. */
  imageUrls: Iterable<string>
  /** Whether an <a> keeps its href; otherwise the link's text stays without it. */
  keepLink: (url: string) => boolean
}

const COLOR = [
  /^#[0-9a-f]{3,8}$/i,
  /^rgba?\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*(?:,\s*(?:0|1|0?\.\d+)\s*)?\)$/i,
]
const LENGTH = [/^\d{1,3}(?:\.\d{1,2})?(?:em|px)$/]

// Only what changes how text reads; nothing that positions, hides or loads anything.
const ALLOWED_STYLES: sanitizeHtml.IOptions['allowedStyles'] = {
  '*': {
    'background-color': COLOR,
    color: COLOR,
    'font-style': [/^(?:normal|italic)$/],
    'font-weight': [/^(?:normal|bold|[1-9]00)$/],
    'padding-left': LENGTH,
    'text-align': [/^(?:left|right|center|justify)$/],
    'text-decoration': [/^(?:none|underline|line-through)$/],
  },
}

const STYLED = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'span', 'blockquote']

export function sanitizeArticleHtml(html: string, options: SanitizeArticleOptions): string {
  const images = new Set(options.imageUrls)
  return sanitizeHtml(html, {
    allowedTags: [
      ...STYLED,
      'br',
      'hr',
      'ul',
      'ol',
      'strong',
      'b',
      'em',
      'i',
      'u',
      's',
      'del',
      'code',
      'sub',
      'sup',
      'a',
      'img',
    ],
    allowedAttributes: {
      ...Object.fromEntries(STYLED.map((tag) => [tag, ['style']])),
      a: ['href'],
      img: ['src', 'alt'],
      ol: ['start'],
    },
    allowedStyles: ALLOWED_STYLES,
    allowedSchemes: ['https', 'http'],
    allowedSchemesAppliedToAttributes: ['href', 'src'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    exclusiveFilter: (frame) => {
      if (frame.tag === 'img') return !images.has(frame.attribs.src ?? '')
      if (frame.tag === 'a')
        return frame.attribs.href && options.keepLink(frame.attribs.href) ? false : 'excludeTag'
      return false
    },
  })
}
