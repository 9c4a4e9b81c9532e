/**
 * Payload's Lexical JSON as plain HTML for a platform article: paragraphs, headings, lists, quotes, text
 * formats, links and pictures. Every string from the document is escaped here; the result still goes
 * through `sanitizeArticleHtml`, which alone decides what survives.
 */
type LexicalNode = Record<string, unknown> & { type?: unknown; children?: unknown }

export type LexicalHtmlOptions = {
  /** Whether a link keeps its href; a refused link keeps its text. */
  keepLink: (url: string) => boolean
  /** The re-hosted address of an upload node's document, by its id; undefined leaves the picture out. */
  imageUrl: (id: string) => string | undefined
}

export type LexicalHtml = { html: string; omittedUploads: string[] }

// Lexical's text format bits, outermost tag first.
const FORMATS: [bit: number, tag: string][] = [
  [1, 'strong'],
  [2, 'em'],
  [8, 'u'],
  [4, 's'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
]
const ALIGN: Record<string, string> = {
  center: 'center',
  end: 'right',
  justify: 'justify',
  left: 'left',
  right: 'right',
  start: 'left',
}
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
// Deeper than any real document; stops a hostile value from exhausting the stack.
const MAX_DEPTH = 200

export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '"': '&quot;', '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;' })[c]!,
  )

const isNode = (value: unknown): value is LexicalNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const childrenOf = (node: LexicalNode): LexicalNode[] =>
  Array.isArray(node.children) ? node.children.filter(isNode) : []
const fieldsOf = (node: LexicalNode): Record<string, unknown> => (isNode(node.fields) ? node.fields : {})

function blockStyle(node: LexicalNode): string {
  const rules: string[] = []
  const align = ALIGN[String(node.format ?? '')]
  if (align) rules.push(`text-align:${align}`)
  const indent = Number(node.indent)
  if (Number.isInteger(indent) && indent > 0) rules.push(`padding-left:${Math.min(indent, 10) * 2}em`)
  return rules.length ? ` style="${rules.join(';')}"` : ''
}

function textHtml(node: LexicalNode): string {
  let html = escapeHtml(String(node.text))
  const format = Number(node.format) || 0
  for (const [bit, tag] of [...FORMATS].reverse()) if (format & bit) html = `<${tag}>${html}</${tag}>`
  // Colours and the like from the editor's toolbar; the sanitizer keeps only the safe properties.
  if (typeof node.style === 'string' && node.style.trim())
    html = `<span style="${escapeHtml(node.style)}">${html}</span>`
  return html
}

function uploadId(node: LexicalNode): string | undefined {
  const id = isNode(node.value) ? node.value.id : node.value
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined
}

export function lexicalToHtml(value: unknown, options: LexicalHtmlOptions): LexicalHtml {
  const omittedUploads: string[] = []

  const children = (node: LexicalNode, depth: number) =>
    depth > MAX_DEPTH
      ? ''
      : childrenOf(node)
          .map((child) => render(child, depth + 1))
          .join('')

  function upload(node: LexicalNode): string {
    const id = uploadId(node)
    const url = id === undefined ? undefined : options.imageUrl(id)
    if (!url) {
      omittedUploads.push(id ?? '?')
      return ''
    }
    const alt = isNode(node.value) && typeof node.value.alt === 'string' ? node.value.alt : ''
    return `<p style="text-align:center"><img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}"></p>`
  }

  function render(node: LexicalNode, depth: number): string {
    const inner = () => children(node, depth)
    switch (node.type) {
      case 'text':
        return typeof node.text === 'string' ? textHtml(node) : ''
      case 'linebreak':
        return '<br>'
      case 'tab':
        return '\u2003'
      case 'paragraph':
        return `<p${blockStyle(node)}>${inner() || '<br>'}</p>`
      case 'heading': {
        const tag = HEADINGS.has(String(node.tag)) ? String(node.tag) : 'h2'
        return `<${tag}${blockStyle(node)}>${inner()}</${tag}>`
      }
      case 'quote':
        return `<blockquote>${inner()}</blockquote>`
      case 'list': {
        const tag = node.listType === 'number' || node.tag === 'ol' ? 'ol' : 'ul'
        const start = Number(node.start)
        const startAttr = tag === 'ol' && Number.isInteger(start) && start > 1 ? ` start="${start}"` : ''
        return `<${tag}${startAttr}>${inner()}</${tag}>`
      }
      case 'listitem': {
        // Lexical nests a sub-list as the only child of an extra list item; it needs no bullet of its own.
        const only = childrenOf(node)
        if (only.length === 1 && only[0]!.type === 'list') return inner()
        return `<li${blockStyle(node)}>${inner()}</li>`
      }
      case 'link':
      case 'autolink': {
        const fields = fieldsOf(node)
        const url = fields.linkType === 'internal' || typeof fields.url !== 'string' ? '' : fields.url.trim()
        return url && options.keepLink(url) ? `<a href="${escapeHtml(url)}">${inner()}</a>` : inner()
      }
      case 'upload':
        return upload(node)
      case 'horizontalrule':
        return '<hr>'
      case 'root':
        return inner()
      default:
        // Blocks from other editor features carry no text a platform could show; unknown elements may.
        return Array.isArray(node.children) ? inner() : ''
    }
  }

  const root = isNode(value) && isNode(value.root) ? value.root : undefined
  return { html: root ? render(root, 0) : '', omittedUploads }
}
