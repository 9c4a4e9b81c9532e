/**
 * The sidebar every piece of content carries: when it first went public, which unit it belongs to and
 * who wrote it. The hooks stampFirstPublication and stampOwningUnit fill them; people cannot.
 */
import type { Field } from 'payload'

import { isAdminField } from '@/access'
import { zhEn } from '@/lib/bilingual'
import { canReadInternalField } from '@/public/access'

const systemOnly = { create: () => false, update: () => false }

export const firstPublishedAtField: Field = {
  name: 'firstPublishedAt',
  type: 'date',
  label: zhEn('首次发布时间', 'First published at'),
  access: systemOnly,
  admin: {
    date: { displayFormat: 'yyyy-MM-dd HH:mm', pickerAppearance: 'dayAndTime' },
    position: 'sidebar',
    readOnly: true,
  },
}

export function ownershipFields(unitLabel = zhEn('发布机构', 'Issuing unit')): Field[] {
  return [
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      label: unitLabel,
      // Editors write under their own unit (stampOwningUnit); only an admin may move an item.
      access: { update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: zhEn('撰稿人', 'Author'),
      access: { ...systemOnly, read: canReadInternalField },
      admin: { position: 'sidebar', readOnly: true },
    },
  ]
}
