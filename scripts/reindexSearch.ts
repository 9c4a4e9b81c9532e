/**
 * node scripts/run.mjs scripts/reindexSearch.ts — rebuilds the full-text index from the live items
 * (after an upgrade that adds it to a database with published content, or a change of tokenisation).
 */
import { rebuildSearchIndex } from '@/search/rebuild'

import { bootPayload } from './lib/boot'

const payload = await bootPayload()
const { indexed, removed } = await rebuildSearchIndex(payload)
console.log(`Search index rebuilt: ${indexed} live items indexed, ${removed} stale rows removed.`)
process.exit(0)
