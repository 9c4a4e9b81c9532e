import { describe, expect, it } from 'vitest'

import { buildCatalogue, type CatalogueItem } from '@/catalogue/tree'

const item = (over: Partial<CatalogueItem>): CatalogueItem => ({
  keyArea: null,
  openness: 'result',
  topic: 'general',
  unitId: '1',
  unitName: '宣传科',
  year: 2026,
  ...over,
})

describe('主动公开基本目录', () => {
  const items = [
    item({}),
    item({ year: 2025 }),
    item({ keyArea: 'public_safety', topic: 'traffic' }),
    item({ openness: 'decision', unitId: '2', unitName: '宣州分局' }),
    item({ openness: 'decision', unitId: '1' }),
  ]
  const tree = buildCatalogue(items)

  it('orders 五公开 as the vocabulary does and counts every live item once per level', () => {
    expect(tree.total).toBe(5)
    expect(tree.children.map((n) => [n.value, n.label, n.count])).toEqual([
      ['decision', '决策公开', 2],
      ['result', '结果公开', 3],
    ])
  })

  it('nests key area, topic, unit and year, with items outside a key area under 其他', () => {
    const result = tree.children[1]
    expect(result.children.map((n) => [n.value, n.count])).toEqual([
      ['public_safety', 1],
      ['none', 2],
    ])
    const general = result.children[1].children[0]
    expect([general.facet, general.label]).toEqual(['topic', '综合政务'])
    const unit = general.children[0]
    expect([unit.facet, unit.label, unit.count]).toEqual(['unit', '宣传科', 2])
    expect(unit.children.map((n) => [n.label, n.count])).toEqual([
      ['2026年', 1],
      ['2025年', 1],
    ])
    expect(unit.children[0].children).toEqual([])
  })

  it('sums children to their parent at every level', () => {
    const check = (nodes: typeof tree.children) => {
      for (const node of nodes) {
        if (node.children.length) {
          expect(node.children.reduce((s, c) => s + c.count, 0)).toBe(node.count)
          check(node.children)
        }
      }
    }
    check(tree.children)
  })

  it('is empty when nothing is live', () => {
    expect(buildCatalogue([])).toEqual({ children: [], total: 0 })
  })
})
