/**
 * The public generation: a counter that changes, in the same transaction, with every write that changes
 * what the public can read (a website delivery going live, a retraction, a unit renamed). Cached public
 * responses are tagged with the generation read *before* they were computed and served only while the
 * counter still holds that value, so every instance on the database drops them at the first read after
 * the commit. It lives in `index-counters` (scope `public:generation`, unique index): no schema of its own.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { nextSequence } from '@/lib/nextSequence'

export const GENERATION_SCOPE = 'public:generation'

/** Inside the caller's transaction: the change and the new generation commit together or not at all. */
export const bumpPublicGeneration = (req: PayloadRequest): Promise<number> =>
  nextSequence(req, GENERATION_SCOPE)

type SqlAdapter = {
  drizzle: unknown
  execute: (args: { db?: unknown; sql: unknown }) => Promise<{ rows: Record<string, unknown>[] }>
}
type MongoAdapter = {
  collections: Record<string, { findOne: (filter: object) => { lean: () => Promise<unknown> } }>
}

/** One indexed read of committed data (0 before the first publication). */
export async function readPublicGeneration(payload: Payload): Promise<number> {
  if (payload.db.name === 'mongoose') {
    const db = payload.db as unknown as MongoAdapter
    const row = (await db.collections['index-counters'].findOne({ scope: GENERATION_SCOPE }).lean()) as {
      lastValue?: number
    } | null
    return Number(row?.lastValue ?? 0)
  }
  const db = payload.db as unknown as SqlAdapter
  const result = await db.execute({
    db: db.drizzle,
    sql: sql`SELECT last_value FROM index_counters WHERE scope = ${GENERATION_SCOPE}`,
  })
  return Number(result.rows[0]?.last_value ?? 0)
}

/**
 * Readers that arrive while a read is in flight share the *next* read, which starts after they arrived,
 * so each still sees every commit that preceded its arrival; under load one query serves a whole batch.
 */
export function coalescedReader(readOnce: () => Promise<number>): () => Promise<number> {
  let running: Promise<number> | undefined
  let queued: Promise<number> | undefined
  const launch = (): Promise<number> => {
    const read: Promise<number> = readOnce().finally(() => {
      if (running === read) running = undefined
    })
    running = read
    return read
  }
  return () => {
    if (!running) return launch()
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = undefined
        return launch()
      })
    return queued
  }
}
