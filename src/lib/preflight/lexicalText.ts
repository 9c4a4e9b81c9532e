/**
 * Reads a Payload Lexical rich-text value (`{ root: { children: [...] } }`) without the editor: its text as
 * a reader sees it, its links and its uploads. Any value — null, a string, a half-saved draft — is accepted;
 * what is not a Lexical node is skipped rather than thrown on, because pre-flight must always answer.
 */
type LexicalNode = Record<string, unknown> & { type?: unknown; children?: unknown }

export type DocRef = { relationTo: string; id: string | number }
export type LexicalLink = { url: string; text: string; internal?: DocRef }

// Element nodes that sit inside a line of text; every other element starts a line of its own.
const INLINE_ELEMENTS = new Set(['link', 'autolink', 'mark'])
const LINK_TYPES = new Set(['link', 'autolink'])
// Deeper than any real document; stops a hostile value from exhausting the stack.
const MAX_DEPTH = 200

const isNode = (value: unknown): value is LexicalNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const childrenOf = (node: LexicalNode): LexicalNode[] =>
  Array.isArray(node.children) ? node.children.filter(isNode) : []

function rootOf(value: unknown): LexicalNode | undefined {
  if (!isNode(value)) return undefined
  return isNode(value.root) ? value.root : undefined
}

const isBlock = (node: LexicalNode) => Array.isArray(node.children) && !INLINE_ELEMENTS.has(String(node.type))

// Uploads, rules and embedded blocks carry no text of their own; they must not leave blank lines.
const isTextless = (node: LexicalNode) =>
  typeof node.text !== 'string' &&
  node.type !== 'linebreak' &&
  node.type !== 'tab' &&
  !Array.isArray(node.children)

function textOf(node: LexicalNode, depth: number): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'tab') return '\t'
  if (depth > MAX_DEPTH) return ''
  // Runs of inline children form one line; each block child (paragraph, list item, nested list…) its own.
  const lines: string[] = []
  let inlineRun: string | undefined
  for (const child of childrenOf(node)) {
    if (isTextless(child)) continue
    if (isBlock(child)) {
      if (inlineRun !== undefined) lines.push(inlineRun)
      inlineRun = undefined
      lines.push(textOf(child, depth + 1))
    } else {
      inlineRun = (inlineRun ?? '') + textOf(child, depth + 1)
    }
  }
  if (inlineRun !== undefined) lines.push(inlineRun)
  return lines.join('\n')
}

/** The document's text: blocks (paragraphs, headings, list items, quotes) on lines of their own. */
export function lexicalPlainText(value: unknown): string {
  const root = rootOf(value)
  return root ? textOf(root, 0) : ''
}

function walk(node: LexicalNode, visit: (node: LexicalNode) => void, depth = 0): void {
  visit(node)
  if (depth > MAX_DEPTH) return
  for (const child of childrenOf(node)) walk(child, visit, depth + 1)
}

/** A relationship value is an id, or the populated document when read with depth > 0. */
function docRef(relationTo: unknown, value: unknown): DocRef | undefined {
  if (typeof relationTo !== 'string' || !relationTo) return undefined
  const id = isNode(value) ? value.id : value
  if ((typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id))) {
    return { relationTo, id }
  }
  return undefined
}

/**
 * Every link and autolink. A custom link carries its URL; an internal link carries the document it
 * points at and an empty `url` — check those against the database, not over HTTP. An internal link
 * whose document is gone has neither, and so fails the link check as an empty address.
 */
export function lexicalLinks(value: unknown): LexicalLink[] {
  const root = rootOf(value)
  if (!root) return []
  const links: LexicalLink[] = []
  walk(root, (node) => {
    if (!LINK_TYPES.has(String(node.type))) return
    const fields = isNode(node.fields) ? node.fields : {}
    const text = textOf(node, 0)
    if (fields.linkType === 'internal') {
      const doc = isNode(fields.doc) ? docRef(fields.doc.relationTo, fields.doc.value) : undefined
      links.push(doc ? { url: '', text, internal: doc } : { url: '', text })
    } else {
      links.push({ url: typeof fields.url === 'string' ? fields.url.trim() : '', text })
    }
  })
  return links
}

/** The documents of every upload node (images and files placed in the text), in reading order. */
export function lexicalUploads(value: unknown): DocRef[] {
  const root = rootOf(value)
  if (!root) return []
  const uploads: DocRef[] = []
  walk(root, (node) => {
    if (node.type !== 'upload') return
    const ref = docRef(node.relationTo, node.value)
    if (ref) uploads.push(ref)
  })
  return uploads
}

/** Characters as the platforms count them: one per Unicode code point, so a Chinese character is one. */
export const countChars = (text: string): number => [...text].length
