import { describe, expect, it } from 'vitest'

import { checkWords, type SensitiveWord, type Typo } from '@/lib/preflight/wordLists'

const noTypos: Typo[] = []

describe('checkWords reports listed words per field', () => {
  it('counts every occurrence and quotes the context of the first', () => {
    const findings = checkWords(
      [{ field: 'body', text: '本次会议讨论了某词问题。会后再次强调某词不得外传。' }],
      {
        sensitive: [{ word: '某词', severity: 'blocking', note: '请删除或改写' }],
        typos: noTypos,
      },
    )
    expect(findings).toEqual([
      {
        code: 'sensitive_word',
        severity: 'blocking',
        field: 'body',
        message: '正文含敏感词“某词”（2 处）：请删除或改写',
        excerpt: '…会议讨论了某词问题。会后…',
      },
    ])
  })

  it('keeps each word’s own severity and reports each field separately', () => {
    const findings = checkWords(
      [
        { field: 'title', text: '关于内部资料的说明' },
        { field: 'body', text: '内部资料已归档，敏感信息已处理。' },
      ],
      {
        sensitive: [
          { word: '内部资料', severity: 'warning' },
          { word: '敏感信息', severity: 'blocking' },
        ],
        typos: noTypos,
      },
    )
    expect(findings.map((f) => [f.field, f.severity, f.message])).toEqual([
      ['title', 'warning', '标题含敏感词“内部资料”（1 处）'],
      ['body', 'warning', '正文含敏感词“内部资料”（1 处）'],
      ['body', 'blocking', '正文含敏感词“敏感信息”（1 处）'],
    ])
  })

  it('reports overlapping words each, in reading order', () => {
    const findings = checkWords([{ field: 'body', text: '某地区的某地人' }], {
      sensitive: [
        { word: '某地', severity: 'warning' },
        { word: '某地区', severity: 'blocking' },
        { word: '地区', severity: 'warning' },
      ],
      typos: noTypos,
    })
    expect(findings.map((f) => f.message)).toEqual([
      '正文含敏感词“某地区”（1 处）',
      '正文含敏感词“某地”（2 处）',
      '正文含敏感词“地区”（1 处）',
    ])
  })

  it('suggests the right word for a typo, as a warning', () => {
    const findings = checkWords([{ field: 'title', text: '关于按装路灯的通知（按装时间另行通知）' }], {
      sensitive: [],
      typos: [{ wrong: '按装', right: '安装' }],
    })
    expect(findings).toEqual([
      {
        code: 'typo',
        severity: 'warning',
        field: 'title',
        message: '标题疑似错别字“按装”，应为“安装”（2 处）',
        excerpt: '关于按装路灯的通知…',
      },
    ])
  })

  it('ignores case, full width and invisible characters in Latin and Chinese words', () => {
    const findings = checkWords([{ field: 'body', text: 'VPN 与 vpn 与 ＶＰＮ，以及某\u200b词和 Ａpp' }], {
      sensitive: [
        { word: 'Vpn', severity: 'blocking' },
        { word: '某词', severity: 'warning' },
        { word: 'APP', severity: 'warning' },
      ],
      typos: noTypos,
    })
    expect(findings.map((f) => f.message)).toEqual([
      '正文含敏感词“Vpn”（3 处）',
      '正文含敏感词“某词”（1 处）',
      '正文含敏感词“APP”（1 处）',
    ])
    expect(findings[1].excerpt).toBe('…ＰＮ，以及某\u200b词和 Ａpp')
  })

  it('ignores blank entries and merges duplicates, the stricter severity winning', () => {
    const findings = checkWords([{ field: 'body', text: '这是某词。' }], {
      sensitive: [
        { word: '  ', severity: 'blocking' },
        { word: '', severity: 'blocking' },
        { word: '\u200b', severity: 'blocking' },
        { word: '某词', severity: 'warning', note: '慎用' },
        { word: ' 某词 ', severity: 'blocking', note: '已列入禁用' },
      ],
      typos: [{ wrong: ' ', right: '空' }],
    })
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      severity: 'blocking',
      message: '正文含敏感词“某词”（1 处）：慎用；已列入禁用',
    })
  })

  it('reports nothing for clean text, empty lists or empty parts', () => {
    const lists = { sensitive: [{ word: '某词', severity: 'blocking' as const }], typos: noTypos }
    expect(checkWords([{ field: 'body', text: '干净的正文' }], lists)).toEqual([])
    expect(checkWords([{ field: 'body', text: '' }], lists)).toEqual([])
    expect(checkWords([{ field: 'body', text: '某词' }], { sensitive: [], typos: [] })).toEqual([])
  })

  it('sees a changed list at once', () => {
    const part = [{ field: 'body', text: '甲词与乙词' }]
    const before = checkWords(part, { sensitive: [{ word: '甲词', severity: 'warning' }], typos: noTypos })
    const after = checkWords(part, { sensitive: [{ word: '乙词', severity: 'warning' }], typos: noTypos })
    expect(before.map((f) => f.message)).toEqual(['正文含敏感词“甲词”（1 处）'])
    expect(after.map((f) => f.message)).toEqual(['正文含敏感词“乙词”（1 处）'])
  })
})

/** A seeded generator (mulberry32), so a failure can be reproduced. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

describe('checkWords on a long text and a large list', () => {
  it('finds exactly the 5,000-word list’s occurrences in 200,000 characters', () => {
    const next = random(20_240_601)
    const pick = (from: number, size: number) => String.fromCodePoint(from + Math.floor(next() * size))
    // Words from one block of characters, filler from another, so the expected counts are knowable.
    const words = new Set<string>()
    while (words.size < 5_000) {
      const length = 2 + Math.floor(next() * 3)
      words.add(Array.from({ length }, () => pick(0x4e00, 400)).join(''))
    }
    const list = [...words]
    const sensitive: SensitiveWord[] = list
      .slice(0, 4_000)
      .map((word, i) => ({ word, severity: i % 2 ? 'warning' : 'blocking' }))
    const typos: Typo[] = list.slice(4_000).map((wrong) => ({ wrong, right: `${wrong}正` }))

    let text = ''
    while (text.length < 200_000) {
      text += Array.from({ length: 5 + Math.floor(next() * 30) }, () => pick(0x6000, 500)).join('')
      // Most planted words come from a small subset, so some words are hit many times.
      const index = next() < 0.7 ? Math.floor(next() * 50) : Math.floor(next() * list.length)
      text += list[index]
    }

    const expected = new Map<string, number>()
    for (const word of list) {
      let count = 0
      for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) count++
      if (count) expected.set(word, count)
    }

    const findings = checkWords([{ field: 'body', text }], { sensitive, typos })
    const found = new Map<string, number>()
    for (const finding of findings) {
      const [, word, count] = finding.message.match(/[词字]“([^”]+)”.*（(\d+) 处）/) ?? []
      found.set(word, Number(count))
      const isTypo = list.indexOf(word) >= 4_000
      expect(finding.code).toBe(isTypo ? 'typo' : 'sensitive_word')
    }
    expect(expected.size).toBeGreaterThan(1_000)
    expect(Math.max(...expected.values())).toBeGreaterThan(50)
    expect(found).toEqual(expected)
  })
})
