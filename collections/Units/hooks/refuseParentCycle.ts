import type { CollectionBeforeChangeHook } from 'payload'

import { say } from '@/lib/bilingual'
import { refuseField } from '@/lib/errors'
import { idOf } from '@/lib/roles'

/** A unit may not become its own ancestor: walk up from the new parent and refuse if we meet ourselves. */
export const refuseParentCycle: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const selfId = idOf(originalDoc?.id)
  let cursor = idOf(data.parent)
  const seen = new Set<number | string>()
  while (selfId !== undefined && cursor !== undefined && !seen.has(cursor)) {
    if (String(cursor) === String(selfId)) {
      refuseField(
        'parent',
        say(
          req.i18n?.language,
          '上级单位不能是本单位或其下级单位',
          'The parent unit cannot be this unit or one of its sub-units',
        ),
      )
    }
    seen.add(cursor)
    const parent = await req.payload.findByID({
      collection: 'units',
      depth: 0,
      disableErrors: true,
      id: cursor,
      req,
      select: { parent: true },
    })
    cursor = idOf(parent?.parent)
  }
  return data
}
