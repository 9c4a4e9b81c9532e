/**
 * Chinese word segmentation for search. Text is cut with jieba's search mode (long words and the
 * shorter words inside them) and, for every run of Chinese characters, its character bigrams are added
 * too: a two-character word inside a longer one (诈骗 in 电信网络诈骗案件) is then found even where
 * jieba cut the sentence differently. Latin words and numbers are lower-cased.
 */
import { createRequire } from 'node:module'

import type { Jieba as JiebaType } from '@node-rs/jieba'

const require = createRequire(import.meta.url)

let jieba: JiebaType | undefined
/** Loading the dictionary takes a moment: it is done once, on first use. */
function segmenter(): JiebaType {
  if (!jieba) {
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba')
    const { dict } = require('@node-rs/jieba/dict') as typeof import('@node-rs/jieba/dict')
    jieba = Jieba.withDict(dict)
  }
  return jieba
}

const HAN = /\p{Script=Han}/u
const HAN_RUNS = /\p{Script=Han}+/gu
/** Words worth indexing: at least one letter, digit or Chinese character. */
const WORDLIKE = /[\p{L}\p{N}]/u

export const isHan = (text: string) => HAN.test(text)

/** Every pair of adjacent characters in each run of Chinese characters. */
export function bigrams(text: string): string[] {
  const pairs: string[] = []
  for (const [run] of text.matchAll(HAN_RUNS)) {
    const chars = [...run]
    for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i] + chars[i + 1])
  }
  return pairs
}

/** The words of a text as jieba's search mode cuts them, lower-cased, without punctuation or spaces. */
export function words(text: string): string[] {
  return segmenter()
    .cutForSearch(text.normalize('NFKC'), true)
    .map((word) => word.trim().toLowerCase())
    .filter((word) => WORDLIKE.test(word))
}

/** The distinct tokens of a text: its words plus the bigrams of its Chinese runs. */
export function tokensOf(text: string): string[] {
  return [...new Set([...words(text), ...bigrams(text.normalize('NFKC'))])]
}

/**
 * The stored form: tokens separated and surrounded by spaces, so that `contains ' 诈骗 '` matches a
 * whole token on every database (SQLite LIKE, PostgreSQL ILIKE, MongoDB regex).
 */
export const tokenField = (text: string): string => ` ${tokensOf(text).join(' ')} `

/**
 * What a query asks for: its distinct words (jieba search mode, longest first so that highlights
 * prefer 电信网络 over 网络). Each must be found for an item to match.
 */
export function queryTerms(query: string): string[] {
  const terms = [...new Set(words(query.slice(0, 200)))]
  // Drop a word that only repeats part of a longer query word: 严厉打击 already requires 打击.
  const kept = terms.filter((term) => !terms.some((other) => other !== term && other.includes(term)))
  return kept.sort((a, b) => b.length - a.length)
}
