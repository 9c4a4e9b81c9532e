/**
 * The admin-maintained word lists, kept as plain text (one entry per line) so a list of thousands can
 * be pasted from a spreadsheet; parsed here into what the pre-flight matcher takes.
 */
export type Lexicon = {
  blocked: string[]
  typos: { right: string; wrong: string }[]
  warned: string[]
}

const lines = (text: unknown): string[] =>
  typeof text === 'string'
    ? text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'))
    : []

/** "按装=安装", "按装 → 安装", "按装,安装" and "按装\t安装" all mean: 按装 is a typo for 安装. */
const TYPO_SEPARATOR = /\s*(?:=|→|->|,|，|\t)\s*/

export function parseTypoLine(line: string): { right: string; wrong: string } | null {
  const [wrong, right, ...rest] = line.split(TYPO_SEPARATOR)
  if (!wrong || !right || rest.length || wrong === right) return null
  return { right, wrong }
}

/** The first malformed typo line, in words for the admin, or true. */
export function validateTypoLines(text: unknown): string | true {
  const bad = lines(text).findIndex((line) => !parseTypoLine(line))
  if (bad === -1) return true
  return `错别字表第 ${bad + 1} 行格式有误：应为“错词=正词”，且两者不同 (typos: line ${bad + 1} must read wrong=right)`
}

export function parseLexicon(
  doc: { blockedWords?: unknown; typos?: unknown; warnedWords?: unknown } | null,
): Lexicon {
  return {
    blocked: lines(doc?.blockedWords),
    typos: lines(doc?.typos).flatMap((line) => parseTypoLine(line) ?? []),
    warned: lines(doc?.warnedWords),
  }
}
