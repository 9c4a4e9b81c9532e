/**
 * 索引号 patterns: each bureau sets its own rule, e.g. the default `{unitCode}-{year}-{seq:5}` gives
 * `XCK-2026-00042`. A pattern must contain the unit, the year and the sequence, because the sequence
 * restarts for each unit every year and a number must never repeat.
 */
export const DEFAULT_INDEX_PATTERN = '{unitCode}-{year}-{seq:5}'

const TOKEN = /\{(unitCode|year|seq(?::(\d{1,2}))?)\}/g

export function checkIndexPattern(pattern: string): string | true {
  const tokens = [...pattern.matchAll(TOKEN)].map((match) => match[1].split(':')[0])
  const leftover = pattern.replace(TOKEN, '')
  if (/[{}]/.test(leftover)) return '索引号规则含有无法识别的占位符；可用 {unitCode}、{year}、{seq:位数}'
  for (const required of ['unitCode', 'year', 'seq']) {
    if (!tokens.includes(required)) return `索引号规则必须包含 {${required}}，否则不同单位或年度的编号会重复`
  }
  if (!/^[\w\-/.〔〕（）()]*$/.test(leftover))
    return '索引号规则中的固定文字只能包含字母、数字和 - / . 等符号'
  return true
}

export function formatIndexNumber(
  pattern: string,
  values: { seq: number; unitCode: string; year: number },
): string {
  return pattern.replace(TOKEN, (_, token: string, width?: string) => {
    if (token === 'unitCode') return values.unitCode
    if (token === 'year') return String(values.year)
    return String(values.seq).padStart(Number(width ?? 1), '0')
  })
}

/** The calendar year in China, whatever the server's timezone. */
export function chinaYear(date: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(date))
}
