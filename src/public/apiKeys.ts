/**
 * Downstream sites' API keys. A key only identifies a site for its rate limit: it opens nothing the public
 * cannot read. Only the SHA-256 of a key is stored (keys are 256 random bits, so a plain hash is as good as
 * a slow one and lets a request find its site with one indexed lookup); the key itself is shown once.
 */
import { createHash, randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

export const API_KEY_HEADER = 'x-api-key'
const PREFIX = 'yg_'

export function newApiKey(): { hash: string; key: string; prefix: string } {
  const key = `${PREFIX}${randomBytes(32).toString('base64url')}`
  return { hash: hashApiKey(key), key, prefix: key.slice(0, 10) }
}

export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex')

export type SiteKey = { id: number | string; name: string; perMinute: number }

/** How long a verified (or unknown) key is remembered: a revoked key stops working within this time. */
export const KEY_MEMORY_MS = 10_000

/** Looks keys up by hash, remembering answers briefly so a busy site costs one query per KEY_MEMORY_MS. */
export function keyDirectory(payload: Payload, now = Date.now) {
  const memory = new Map<string, { at: number; site: SiteKey | null }>()
  return async (key: string): Promise<SiteKey | null> => {
    if (!key.startsWith(PREFIX) || key.length > 100) return null
    const hash = hashApiKey(key)
    const known = memory.get(hash)
    if (known && now() - known.at < KEY_MEMORY_MS) return known.site
    const found = await payload.find({
      collection: 'downstream-sites',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      where: { and: [{ keyHash: { equals: hash } }, { revoked: { not_equals: true } }] },
    })
    const doc = found.docs[0]
    const site = doc ? { id: doc.id, name: doc.name, perMinute: doc.rateLimitPerMinute } : null
    if (memory.size > 10_000) memory.clear()
    memory.set(hash, { at: now(), site })
    return site
  }
}
