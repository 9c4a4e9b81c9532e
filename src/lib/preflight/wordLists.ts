/**
 * Matches the admin-maintained sensitive-word and typo lists against an item's text. One Aho–Corasick
 * automaton holds both lists, so a 200 000-character body is read once however long the lists are;
 * it is compiled once per list content and reused until an admin changes a list.
 */
import { createHash } from 'node:crypto'

import AhoCorasick from 'modern-ahocorasick'

import { fieldLabel, type Finding, type FindingSeverity } from './types'

export type SensitiveWord = { word: string; severity: FindingSeverity; note?: string }
export type Typo = { wrong: string; right: string }
export type WordLists = { sensitive: SensitiveWord[]; typos: Typo[] }
/** `label` overrides the Chinese field name used in messages (default: from `FIELD_LABELS`). */
export type TextPart = { field: string; text: string; label?: string }

type Entry =
  | { kind: 'sensitive'; word: string; severity: FindingSeverity; notes: string[] }
  | { kind: 'typo'; word: string; right: string }

type Dictionary = { entries: Entry[]; matcher: AhoCorasick<number>; longest: number }

// A few list versions at most are alive at once (an admin editing while editors submit).
const CACHE_SIZE = 4
const compiled = new Map<string, Dictionary>()

// Characters of context on each side of the first hit.
const EXCERPT_RADIUS = 5

// The matcher finds grapheme clusters with Intl.Segmenter, which in V8 slows quadratically on long
// Chinese strings (40 000 characters: ~0.6 s; 160 000: over a minute). Scanning windows of a few hundred
// characters keeps the cost linear.
const WINDOW = 512

/** Entries keyed by their folded form: 'AI' and 'ai' are one word; the stricter severity wins. */
function collectEntries(lists: WordLists): Map<string, Entry> {
  const entries = new Map<string, Entry>()
  for (const { word, severity, note } of lists.sensitive ?? []) {
    if (typeof word !== 'string') continue
    const key = foldWord(word)
    if (!key) continue
    const existing = entries.get(`s:${key}`)
    const trimmedNote = typeof note === 'string' ? note.trim() : ''
    if (existing?.kind === 'sensitive') {
      if (severity === 'blocking') existing.severity = 'blocking'
      if (trimmedNote && !existing.notes.includes(trimmedNote)) existing.notes.push(trimmedNote)
    } else {
      const level = severity === 'blocking' ? 'blocking' : 'warning'
      entries.set(`s:${key}`, {
        kind: 'sensitive',
        word: word.trim(),
        severity: level,
        notes: trimmedNote ? [trimmedNote] : [],
      })
    }
  }
  for (const { wrong, right } of lists.typos ?? []) {
    if (typeof wrong !== 'string') continue
    const key = foldWord(wrong)
    if (!key || entries.has(`t:${key}`)) continue
    entries.set(`t:${key}`, { kind: 'typo', word: wrong.trim(), right: String(right ?? '').trim() })
  }
  return entries
}

/** The lists' content, hashed: list rows may be whole documents, only these properties count. */
function contentKey(lists: WordLists): string {
  const content = JSON.stringify([
    (lists.sensitive ?? []).map(({ word, severity, note }) => [word, severity, note]),
    (lists.typos ?? []).map(({ wrong, right }) => [wrong, right]),
  ])
  return createHash('sha256').update(content).digest('hex')
}

function dictionaryFor(lists: WordLists): Dictionary {
  const cacheKey = contentKey(lists)
  const cached = compiled.get(cacheKey)
  if (cached) {
    compiled.delete(cacheKey) // re-insert: Map order is the least-recently-used order
    compiled.set(cacheKey, cached)
    return cached
  }
  const entries = collectEntries(lists)
  const keys = [...entries.keys()]
  const patterns = keys.map((key, index) => ({ pattern: key.slice(2), data: index }))
  const dictionary: Dictionary = {
    entries: [...entries.values()],
    matcher: new AhoCorasick(patterns),
    longest: Math.max(0, ...patterns.map(({ pattern }) => pattern.length)),
  }
  compiled.set(cacheKey, dictionary)
  if (compiled.size > CACHE_SIZE) compiled.delete(compiled.keys().next().value as string)
  return dictionary
}

// A combining mark, an emoji modifier or the second half of a surrogate pair belongs to what precedes it.
const EXTENDS_PREVIOUS = /^[\p{M}\p{Emoji_Modifier}\u200d]/u

/** The first offset at or after `index` where no character cluster is cut in two. */
function clusterBoundary(text: string, index: number): number {
  while (index < text.length) {
    const code = text.charCodeAt(index)
    const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff
    if (!isLowSurrogate && !EXTENDS_PREVIOUS.test(text.slice(index, index + 2))) break
    index++
  }
  return index
}

/**
 * All matches in `text`, window by window. A window reaches `longest` units past its end so a word that
 * starts inside it is seen whole; the word is counted only in the window where it starts.
 */
function* scan({ matcher, longest }: Dictionary, text: string) {
  for (let start = 0; start < text.length;) {
    const end = clusterBoundary(text, Math.min(text.length, start + WINDOW))
    const reach = clusterBoundary(text, Math.min(text.length, end + longest))
    for (const match of matcher.iterate(text.slice(start, reach))) {
      if (match.start < end - start) {
        yield { index: match.data as number, start: start + match.start, end: start + match.end }
      }
    }
    start = end
  }
}

function excerptAround(text: string, start: number, end: number): string {
  // Twice the radius in UTF-16 units always holds the radius in code points.
  const before = [...text.slice(Math.max(0, start - EXCERPT_RADIUS * 2), start)]
    .slice(-EXCERPT_RADIUS)
    .join('')
  const after = [...text.slice(end, end + EXCERPT_RADIUS * 2)].slice(0, EXCERPT_RADIUS).join('')
  const head = before.length < start ? '…' : ''
  const tail = end + after.length < text.length ? '…' : ''
  return `${head}${before}${text.slice(start, end)}${after}${tail}`.replace(/\s+/g, ' ')
}

function messageFor(entry: Entry, label: string, count: number): string {
  if (entry.kind === 'typo') {
    return `${label}疑似错别字“${entry.word}”，应为“${entry.right}”（${count} 处）`
  }
  const note = entry.notes.length ? `：${entry.notes.join('；')}` : ''
  return `${label}含敏感词“${entry.word}”（${count} 处）${note}`
}

/**
 * One finding per field and listed word, giving the number of occurrences and the context of the first.
 * Overlapping words are each reported: a list holding both “某地” and “某地区” flags both in “某地区”.
 */
export function checkWords(parts: TextPart[], lists: WordLists): Finding[] {
  const dictionary = dictionaryFor(lists)
  const { entries } = dictionary
  if (entries.length === 0) return []
  const findings: Finding[] = []
  for (const { field, text, label } of parts) {
    if (typeof text !== 'string' || !text) continue
    const { folded, origin } = foldText(text)
    const hits = new Map<number, { count: number; start: number; end: number }>()
    for (const match of scan(dictionary, folded)) {
      const hit = hits.get(match.index)
      if (hit) hit.count++
      else hits.set(match.index, { count: 1, start: origin[match.start], end: origin[match.end - 1] + 1 })
    }
    const inReadingOrder = [...hits].sort(([, a], [, b]) => a.start - b.start || b.end - a.end)
    for (const [index, { count, start, end }] of inReadingOrder) {
      const entry = entries[index]
      findings.push({
        code: entry.kind === 'typo' ? 'typo' : 'sensitive_word',
        severity: entry.kind === 'typo' ? 'warning' : entry.severity,
        field,
        message: messageFor(entry, label ?? fieldLabel(field), count),
        excerpt: excerptAround(text, start, end),
      })
    }
  }
  return findings
}

/*
 * The form lists are matched in: Latin letters in lower case, full-width letters and digits as half-width,
 * and invisible characters (zero-width spaces, joiners, variation selectors) removed — text pasted from
 * WeChat or Word often carries them between two characters of a word. `origin` maps every unit of the
 * folded text back to its offset in the original, so counts and excerpts refer to what the editor wrote.
 */
type FoldedText = { folded: string; origin: Int32Array }

const INVISIBLE = /^[\p{Cf}\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u
const LATIN = /^\p{Script=Latin}$/u
const REMOVED = -1

let bmpTable: Int32Array | undefined

/** Folded code unit for every BMP character, or REMOVED; built once, on first use (a few ms). */
function table(): Int32Array {
  if (bmpTable) return bmpTable
  bmpTable = new Int32Array(0x10000)
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) {
      bmpTable[code] = code // a surrogate half: astral characters are handled in foldText
      continue
    }
    let folded = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code
    const char = String.fromCharCode(folded)
    if (INVISIBLE.test(char)) folded = REMOVED
    else if (LATIN.test(char)) {
      // Only one-unit results, so offsets stay aligned: 'İ' lowers to two units and is kept as it is.
      const lower = char.toLowerCase()
      if (lower.length === 1) folded = lower.charCodeAt(0)
    }
    bmpTable[code] = folded
  }
  return bmpTable
}

function foldText(text: string): FoldedText {
  const fold = table()
  const units = new Uint16Array(text.length)
  const origin = new Int32Array(text.length + 1)
  let length = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const isPair =
      code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    if (isPair) {
      if (!INVISIBLE.test(text.slice(i, i + 2))) {
        units[length] = code
        units[length + 1] = text.charCodeAt(i + 1)
        origin[length] = i
        origin[length + 1] = i + 1
        length += 2
      }
      i++
      continue
    }
    const folded = fold[code]
    if (folded === REMOVED) continue
    units[length] = folded
    origin[length] = i
    length++
  }
  origin[length] = text.length
  return { folded: decode(units.subarray(0, length)), origin: origin.subarray(0, length + 1) }
}

/** UTF-16 units to a string, in chunks: spreading 200 000 arguments at once overflows the stack. */
function decode(units: Uint16Array): string {
  let text = ''
  for (let start = 0; start < units.length; start += 8192) {
    text += String.fromCharCode(...units.subarray(start, start + 8192))
  }
  return text
}

/** A dictionary entry in the folded form; empty when it was nothing but spaces and invisible marks. */
const foldWord = (word: string): string => foldText(word.trim()).folded
