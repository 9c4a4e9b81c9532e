/**
 * The columns (栏目) of the 主动公开基本目录, as the inspection sees them: one node per value of each
 * catalogue dimension of a disclosure (五公开, 重点领域, 主题分类, 信息类别). A node's key is
 * `dimension__value` (GraphQL enum names allow no colon), e.g. `docType__news`; it is what the self-check settings and findings refer to.
 */
import { DOC_TYPES, KEY_AREAS, OPENNESS, TOPICS } from '@/lib/taxonomy'

export const CATALOGUE_DIMENSIONS = [
  { field: 'openness', label: '五公开', options: OPENNESS },
  { field: 'keyArea', label: '重点领域', options: KEY_AREAS },
  { field: 'topic', label: '主题分类', options: TOPICS },
  { field: 'docType', label: '信息类别', options: DOC_TYPES },
] as const

export type CatalogueDimension = (typeof CATALOGUE_DIMENSIONS)[number]['field']

export type CatalogueNode = { dimension: CatalogueDimension; key: string; label: string; value: string }

export const CATALOGUE_NODES: CatalogueNode[] = CATALOGUE_DIMENSIONS.flatMap(({ field, label, options }) =>
  options.map((option) => ({
    dimension: field,
    key: `${field}__${option.value}`,
    label: `${label} › ${option.label.zh}`,
    value: option.value,
  })),
)

/** For select fields of the settings: every node, labelled in both languages. */
export const CATALOGUE_NODE_OPTIONS = CATALOGUE_DIMENSIONS.flatMap(({ field, label, options }) =>
  options.map((option) => ({
    label: { en: `${field}: ${option.label.en}`, zh: `${label} › ${option.label.zh}` },
    value: `${field}__${option.value}`,
  })),
)

/** 工作动态 and 通知公告 are the news-like columns an inspector expects updated every two weeks. */
export const DEFAULT_NEWS_COLUMNS = ['docType__news', 'docType__notice']

/** The nodes a disclosure is filed under. */
export function nodesOf(item: Record<string, unknown>): string[] {
  return CATALOGUE_DIMENSIONS.flatMap(({ field }) =>
    typeof item[field] === 'string' && item[field] ? [`${field}__${item[field]}`] : [],
  )
}
