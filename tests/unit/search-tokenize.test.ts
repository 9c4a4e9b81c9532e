import { describe, expect, it } from 'vitest'

import { countHits, markTerms, snippet } from '@/search/highlight'
import { bigrams, queryTerms, tokenField, tokensOf } from '@/search/tokenize'

describe('Chinese tokenisation for search', () => {
  it('finds a two-character word inside a longer one, by jieba or by bigram', () => {
    const tokens = tokensOf('关于严厉打击电信网络诈骗案件的通告')
    expect(tokens).toContain('诈骗')
    expect(tokens).toContain('电信')
    // A bigram that is no word of its own is still indexed: it catches words jieba cut differently.
    expect(tokens).toContain('信网')
  })

  it('stores tokens with a space on each side so a whole token can be matched by `contains`', () => {
    const field = tokenField('户籍窗口 Weekend 2026年')
    expect(field.startsWith(' ') && field.endsWith(' ')).toBe(true)
    expect(field).toContain(' 户籍 ')
    expect(field).toContain(' weekend ')
    expect(field).toContain(' 2026 ')
    expect(field).not.toMatch(/ {2}/)
  })

  it('pairs adjacent Chinese characters run by run, never across Latin text or punctuation', () => {
    expect(bigrams('诈骗A案件，通告')).toEqual(['诈骗', '案件', '通告'])
    expect(bigrams('abc')).toEqual([])
  })

  it('keeps the longest words of a query, without punctuation, dropping the parts they contain', () => {
    expect(queryTerms('诈骗')).toEqual(['诈骗'])
    const terms = queryTerms('严厉打击 诈骗！')
    expect(terms).toContain('严厉打击')
    expect(terms).toContain('诈骗')
    expect(terms).not.toContain('打击')
    expect(terms).not.toContain('！')
    expect(queryTerms('  ，。 ')).toEqual([])
  })
})

describe('highlights', () => {
  it('marks every occurrence, longest term first, and escapes everything else', () => {
    expect(markTerms('<b>网络诈骗</b>与诈骗', ['诈骗', '网络诈骗'])).toBe(
      '&lt;b&gt;<mark>网络诈骗</mark>&lt;/b&gt;与<mark>诈骗</mark>',
    )
  })

  it('cuts a snippet around the first match with ellipses', () => {
    const text = `${'前文'.repeat(100)}电信网络诈骗案件${'后文'.repeat(100)}`
    const piece = snippet(text, ['诈骗'], 40)
    expect(piece.startsWith('…') && piece.endsWith('…')).toBe(true)
    expect(piece).toContain('<mark>诈骗</mark>')
    expect(piece.replace(/<\/?mark>|…/g, '').length).toBe(40)
  })

  it('counts hits case-insensitively and treats regex characters literally', () => {
    expect(countHits('COVID covid (x)', ['covid', '(x)'])).toBe(3)
    expect(countHits('没有命中', ['诈骗'])).toBe(0)
  })
})
