/**
 * The benchmark's baseline: a plain Payload 3 config holding the same disclosures, read the way a stock
 * Payload site does it (drafts enabled, `read` access returning the published ones to everyone; Payload's
 * website template does the same). No hooks, no front door, no cache. Its own SQLite file: STOCK_DATABASE_URL.
 */
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'

import { DISCLOSURE_MODES, DOC_TYPES, KEY_AREAS, OPENNESS, TOPICS, VALIDITY } from '../../src/lib/taxonomy'

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET || 'stock-payload-benchmark-secret-0123456789',
  db: sqliteAdapter({ client: { url: process.env.STOCK_DATABASE_URL || 'file:./data/bench-stock.db' } }),
  editor: lexicalEditor(),
  collections: [
    {
      slug: 'units',
      access: { read: () => true },
      fields: [
        { name: 'name', type: 'text', required: true },
        { name: 'code', type: 'text', required: true },
      ],
    },
    {
      slug: 'disclosures',
      graphQL: { pluralName: 'Disclosures', singularName: 'Disclosure' },
      access: { read: ({ req }) => (req.user ? true : { _status: { equals: 'published' } }) },
      versions: { drafts: true },
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'body', type: 'richText' },
        { name: 'summary', type: 'textarea' },
        { name: 'openness', type: 'select', options: OPENNESS, required: true },
        { name: 'keyArea', type: 'select', options: KEY_AREAS },
        { name: 'topic', type: 'select', options: TOPICS, required: true },
        {
          name: 'disclosureMode',
          type: 'select',
          options: DISCLOSURE_MODES,
          required: true,
          defaultValue: 'proactive',
        },
        { name: 'docType', type: 'select', options: DOC_TYPES, required: true, defaultValue: 'notice' },
        { name: 'documentNumber', type: 'text' },
        { name: 'formedOn', type: 'date', index: true },
        { name: 'validity', type: 'select', options: VALIDITY, defaultValue: 'valid' },
        { name: 'indexNumber', type: 'text', unique: true, index: true },
        { name: 'firstPublishedAt', type: 'date' },
        { name: 'unit', type: 'relationship', relationTo: 'units' },
      ],
    },
  ],
  graphQL: { maxComplexity: 1000 },
  telemetry: false,
  typescript: { autoGenerate: false },
})
