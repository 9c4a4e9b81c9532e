import type { CollectionConfig } from 'payload'

import { nobody } from '@/access'
import { zhEn } from '@/lib/bilingual'

/**
 * Atomic counters. `{unit}:{year}` rows hold the last 索引号 sequence issued: only the numbering hook
 * writes them, inside the publishing transaction, so a publication that fails takes its number back and
 * numbers are unique and without gaps. `quota:` rows count platform calls per channel account and window
 * (src/delivery/quotaBook.ts); the nightly job prunes them. No API can read or change any of them.
 */
export const IndexCounters: CollectionConfig = {
  slug: 'index-counters',
  labels: { plural: zhEn('计数器', 'Counters'), singular: zhEn('计数器', 'Counter') },
  graphQL: false,
  access: { create: nobody, delete: nobody, read: nobody, update: nobody },
  admin: { hidden: true },
  fields: [
    { name: 'scope', type: 'text', required: true, unique: true },
    { name: 'lastValue', type: 'number', required: true, defaultValue: 0 },
  ],
}
