/**
 * 主动公开基本目录: the catalogue tree of proactive disclosure, 五公开 × 重点领域 × 主题分类 × 发布机构 ×
 * 年度, each node with the number of live items under it. Pure: it takes the facets of the live items
 * and the labels, and returns nodes in the vocabulary's order (units by name, years newest first).
 */
import { KEY_AREAS, OPENNESS, TOPICS } from '@/lib/taxonomy'

export type CatalogueItem = {
  keyArea: null | string
  openness: null | string
  topic: null | string
  unitId: null | string
  unitName: null | string
  year: number
}

export type CatalogueLevel = 'keyArea' | 'openness' | 'topic' | 'unit' | 'year'

export type CatalogueNode = {
  children: CatalogueNode[]
  count: number
  /** The facet this level filters on and its value, so a node links to its list. */
  facet: CatalogueLevel
  label: string
  labelEn: string
  value: string
}

export type Catalogue = { children: CatalogueNode[]; total: number }

/** Items outside any key area sit under 其他, which is not a key area of the work plan. */
export const NO_KEY_AREA = 'none'

type Labelled = { label: { en: string; zh: string }; value: string }

const LEVELS: {
  facet: CatalogueLevel
  keyOf: (item: CatalogueItem) => string
  order: (values: string[], items: CatalogueItem[]) => { en: string; value: string; zh: string }[]
}[] = [
  { facet: 'openness', keyOf: (i) => i.openness ?? '', order: inVocabulary(OPENNESS) },
  {
    facet: 'keyArea',
    keyOf: (i) => i.keyArea ?? NO_KEY_AREA,
    order: inVocabulary([...KEY_AREAS, { label: { en: 'Other', zh: '其他' }, value: NO_KEY_AREA }]),
  },
  { facet: 'topic', keyOf: (i) => i.topic ?? '', order: inVocabulary(TOPICS) },
  {
    facet: 'unit',
    keyOf: (i) => i.unitId ?? '',
    order: (values, items) =>
      values
        .map((value) => {
          const name = items.find((i) => i.unitId === value)?.unitName ?? value
          return { en: name, value, zh: name }
        })
        .sort((a, b) => a.zh.localeCompare(b.zh, 'zh-Hans-CN')),
  },
  {
    facet: 'year',
    keyOf: (i) => String(i.year),
    order: (values) =>
      values.sort((a, b) => Number(b) - Number(a)).map((value) => ({ en: value, value, zh: `${value}年` })),
  },
]

function inVocabulary(options: Labelled[]) {
  return (values: string[]) =>
    options
      .filter((o) => values.includes(o.value))
      .map((o) => ({ en: o.label.en, value: o.value, zh: o.label.zh }))
}

function level(items: CatalogueItem[], depth: number): CatalogueNode[] {
  const spec = LEVELS[depth]
  if (!spec) return []
  const groups = new Map<string, CatalogueItem[]>()
  for (const item of items) {
    const key = spec.keyOf(item)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return spec.order([...groups.keys()], items).map(({ en, value, zh }) => {
    const members = groups.get(value) ?? []
    return {
      children: level(members, depth + 1),
      count: members.length,
      facet: spec.facet,
      label: zh,
      labelEn: en,
      value,
    }
  })
}

/** Items whose openness or topic is not in the vocabulary are left out rather than shown unlabelled. */
export function buildCatalogue(items: CatalogueItem[]): Catalogue {
  const children = level(items, 0)
  return { children, total: children.reduce((sum, node) => sum + node.count, 0) }
}
