import type { CollectionConfig, Field } from 'payload'

import { isAdmin, nobody } from '@/access'
import { zhEn } from '@/lib/bilingual'

const text = (name: string, extra: Partial<Field> = {}): Field => ({ name, type: 'text', ...extra }) as Field

/**
 * The full-text index: one row per live item, written when it goes live and removed when it is taken
 * down (src/search/syncSearchIndex.ts). Only the server writes it; the public reaches it through
 * `GET /api/search` and the `Search` GraphQL query, which return nothing but live items. It is not in
 * GraphQL at all, and over REST only admins may read it.
 */
export const SearchIndex: CollectionConfig = {
  slug: 'search-index',
  labels: { plural: zhEn('检索索引', 'Search index'), singular: zhEn('检索索引', 'Search index row') },
  graphQL: false,
  access: { create: nobody, delete: nobody, read: isAdmin, update: nobody },
  admin: { hidden: true, useAsTitle: 'title' },
  defaultSort: '-publishedAt',
  fields: [
    text('itemKey', { index: true, required: true, unique: true }),
    text('collection', { index: true, required: true }),
    text('itemId', { required: true }),
    text('title', { required: true }),
    { name: 'text', type: 'textarea' },
    // Space-separated jieba words and character bigrams, with a space at each end (src/search/tokenize.ts).
    { name: 'tokens', type: 'textarea' },
    text('indexNumber', { index: true }),
    text('openness', { index: true }),
    text('keyArea', { index: true }),
    text('topic', { index: true }),
    text('docType'),
    text('disclosureMode'),
    text('unitId', { index: true }),
    text('unitName'),
    { name: 'year', type: 'number', index: true },
    { name: 'publishedAt', type: 'date', index: true },
  ],
}
