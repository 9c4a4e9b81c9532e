/**
 * The in-process cache of public responses. Every entry carries the public generation read before its
 * response was computed (src/public/generation.ts); an entry is served only while the database still holds
 * that generation, so a publication or retraction committed by any instance empties every instance's cache
 * at its next request. Concurrent misses of one key share a single computation.
 */
import { createHash } from 'node:crypto'

export type CachedReply = {
  body: Buffer
  contentType: string
  etag: string
  generation: number
  status: number
}

const MAX_ENTRIES = 2_000
const MAX_BYTES = 64 * 1024 * 1024

export const etagOf = (body: Buffer): string => `"${createHash('sha1').update(body).digest('base64url')}"`

export class ResponseCache {
  private entries = new Map<string, CachedReply>()
  private pending = new Map<string, Promise<CachedReply | null>>()
  private bytes = 0
  private generation = -1

  /** The entry for `key` computed at exactly `generation`, computing it (once) on a miss. */
  async get(
    key: string,
    generation: number,
    compute: () => Promise<Omit<CachedReply, 'etag' | 'generation'> | null>,
  ): Promise<CachedReply | null> {
    this.advance(generation)
    const hit = this.entries.get(key)
    if (hit && hit.generation === generation) return hit
    const pendingKey = `${generation}\n${key}`
    let computing = this.pending.get(pendingKey)
    if (!computing) {
      computing = compute()
        .then((reply) => {
          if (!reply) return null
          const entry = { ...reply, etag: etagOf(reply.body), generation }
          if (reply.status === 200) this.store(key, entry)
          return entry
        })
        .finally(() => this.pending.delete(pendingKey))
      this.pending.set(pendingKey, computing)
    }
    return computing
  }

  get size(): number {
    return this.entries.size
  }

  /** A newer generation makes every entry useless; an older one (a slow request) must never be stored. */
  private advance(generation: number) {
    if (generation <= this.generation) return
    this.generation = generation
    this.entries.clear()
    this.bytes = 0
  }

  private store(key: string, entry: CachedReply) {
    if (entry.generation !== this.generation || entry.body.length > MAX_BYTES / 16) return
    const previous = this.entries.get(key)
    if (previous) this.bytes -= previous.body.length
    this.entries.delete(key)
    this.entries.set(key, entry)
    this.bytes += entry.body.length
    for (const [oldest, old] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES && this.bytes <= MAX_BYTES) break
      this.entries.delete(oldest)
      this.bytes -= old.body.length
    }
  }
}
