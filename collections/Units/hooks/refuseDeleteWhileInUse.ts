import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug, type Field } from 'payload'

import { say } from '@/lib/bilingual'

/** Collections whose records belong to a unit through a top-level `unit` relationship, read from the config. */
const ownedByUnit = (fields: Field[]) =>
  fields.some((field) => 'name' in field && field.name === 'unit' && field.type === 'relationship')

const chineseLabel = (labels: unknown, slug: string) =>
  typeof labels === 'object' && labels && 'zh' in labels ? String((labels as { zh: string }).zh) : slug

/**
 * Deleting a unit that still has sub-units, users or content would orphan them (a published item
 * would lose its 发布机构): refuse, and say what still refers to it.
 */
export const refuseDeleteWhileInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const holders = req.payload.config.collections.filter(
    (collection) => collection.slug !== 'users' && ownedByUnit(collection.fields),
  )
  const [children, users, ...held] = await Promise.all([
    req.payload.count({ collection: 'units', req, where: { parent: { equals: id } } }),
    req.payload.count({ collection: 'users', req, where: { unit: { equals: id } } }),
    ...holders.map((collection) =>
      req.payload.count({
        collection: collection.slug as CollectionSlug,
        req,
        where: { unit: { equals: id } },
      }),
    ),
  ])
  const content = holders
    .map((collection, i) => ({
      count: held[i].totalDocs,
      label: chineseLabel(collection.labels.plural, collection.slug),
    }))
    .filter(({ count }) => count > 0)
  if (children.totalDocs === 0 && users.totalDocs === 0 && content.length === 0) return
  const contentZh = content.length
    ? `（另有${content.map(({ count, label }) => `${label} ${count} 条`).join('、')}属于本单位）`
    : ''
  throw new APIError(
    say(
      req.i18n?.language,
      `该单位仍有 ${children.totalDocs} 个下级单位和 ${users.totalDocs} 名用户，不能删除${contentZh}`,
      `This unit still has ${children.totalDocs} sub-units, ${users.totalDocs} users and ${content.reduce((n, c) => n + c.count, 0)} other records and cannot be deleted`,
    ),
    409,
    undefined,
    true,
  )
}
