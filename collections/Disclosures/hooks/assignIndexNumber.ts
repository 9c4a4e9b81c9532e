import type { CollectionBeforeChangeHook } from 'payload'

import { isPublishing } from '@/hooks/isPublishing'
import { refuseField } from '@/lib/errors'
import { chinaYear, DEFAULT_INDEX_PATTERN, formatIndexNumber } from '@/lib/indexNumberPattern'
import { nextSequence } from '@/lib/nextSequence'
import { idOf } from '@/lib/roles'

/**
 * Gives an item its 索引号 the first time it is published, and keeps it for ever after: later
 * publications, edits and retractions never change or free it.
 */
export const assignIndexNumber: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (originalDoc?.indexNumber) return { ...data, indexNumber: originalDoc.indexNumber }
  if (!isPublishing(data, originalDoc)) return data
  const unitId = idOf(data.unit)
  const unit = unitId
    ? await req.payload.findByID({ collection: 'units', depth: 0, disableErrors: true, id: unitId, req })
    : null
  if (!unit) refuseField('unit', '发布机构不存在，无法生成索引号 (unit: the issuing unit is missing)')
  const settings = await req.payload.findGlobal({ depth: 0, req, slug: 'site-settings' })
  const year = chinaYear(new Date())
  const seq = await nextSequence(req, `${unit.id}:${year}`)
  const pattern = settings.indexNumberPattern || DEFAULT_INDEX_PATTERN
  return { ...data, indexNumber: formatIndexNumber(pattern, { seq, unitCode: unit.code, year }) }
}
