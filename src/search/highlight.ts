/**
 * Highlights for search results: a snippet of the text around the first match, HTML-escaped, with
 * <mark> around every occurrence of the query's terms. The only markup in the result is <mark>.
 */
const escapeHTML = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '"': '&quot;', '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;' })[c]!,
  )

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function termPattern(terms: string[]): RegExp | null {
  const usable = [...new Set(terms.filter(Boolean))].sort((a, b) => b.length - a.length)
  return usable.length ? new RegExp(usable.map(escapeRegExp).join('|'), 'giu') : null
}

/** Counts the occurrences of the terms in a text (case-insensitive), the basis of ranking. */
export function countHits(text: string, terms: string[]): number {
  const pattern = termPattern(terms)
  return pattern ? (text.match(pattern)?.length ?? 0) : 0
}

/** The whole text with the terms marked: for titles. */
export function markTerms(text: string, terms: string[]): string {
  const pattern = termPattern(terms)
  if (!pattern) return escapeHTML(text)
  let out = ''
  let last = 0
  for (const match of text.matchAll(pattern)) {
    out += escapeHTML(text.slice(last, match.index)) + `<mark>${escapeHTML(match[0])}</mark>`
    last = match.index + match[0].length
  }
  return out + escapeHTML(text.slice(last))
}

/** About `length` characters of text around the first match, with ellipses where it was cut. */
export function snippet(text: string, terms: string[], length = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const pattern = termPattern(terms)
  const first = pattern ? (flat.search(pattern) ?? -1) : -1
  const start = first < 0 ? 0 : Math.max(0, first - Math.floor(length / 3))
  const end = Math.min(flat.length, start + length)
  const piece = flat.slice(start, end)
  return `${start > 0 ? '…' : ''}${markTerms(piece, terms)}${end < flat.length ? '…' : ''}`
}
