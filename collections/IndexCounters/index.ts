import type { CollectionConfig } from 'payload'

import { nobody } from '@/access'
import { zhEn } from '@/lib/bilingual'

/**
 * One row per unit and year holding the last 索引号 sequence issued. Only the numbering hook writes it,
 * with an atomic increment inside the publishing transaction: a publication that fails takes its
 * number back with it, so numbers are unique and without gaps. No API can read or change it.
 */
export const IndexCounters: CollectionConfig = {
  slug: 'index-counters',
  labels: { plural: zhEn('索引号计数器', 'Index counters'), singular: zhEn('索引号计数器', 'Index counter') },
  graphQL: false,
  access: { create: nobody, delete: nobody, read: nobody, update: nobody },
  admin: { hidden: true },
  fields: [
    { name: 'scope', type: 'text', required: true, unique: true },
    { name: 'lastValue', type: 'number', required: true, defaultValue: 0 },
  ],
}
