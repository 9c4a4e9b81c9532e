/**
 * Atomically takes the next number of a sequence inside the caller's transaction. On SQL databases a
 * single upsert-and-increment holds the counter's row lock until the transaction ends, so concurrent
 * publishers queue on it; on MongoDB `$inc` in the request's session does the same.
 */
import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

type SqlAdapter = {
  drizzle: unknown
  execute: (args: { db?: unknown; sql: unknown }) => Promise<{ rows: Record<string, unknown>[] }>
  name: string
  sessions: Record<number | string, { db: unknown }>
}

type MongoAdapter = {
  collections: Record<string, { findOneAndUpdate: (...args: unknown[]) => Promise<Record<string, unknown>> }>
  sessions: Record<number | string, unknown>
}

export async function nextSequence(req: PayloadRequest, scope: string): Promise<number> {
  const transactionID = req.transactionID ? await req.transactionID : undefined
  if (req.payload.db.name === 'mongoose') {
    const db = req.payload.db as unknown as MongoAdapter
    const counter = await db.collections['index-counters'].findOneAndUpdate(
      { scope },
      { $inc: { lastValue: 1 }, $setOnInsert: { createdAt: new Date() }, $set: { updatedAt: new Date() } },
      { new: true, session: transactionID ? db.sessions[transactionID] : undefined, upsert: true },
    )
    return Number(counter.lastValue)
  }
  const db = req.payload.db as unknown as SqlAdapter
  const session = transactionID ? db.sessions[transactionID]?.db : undefined
  const now = new Date().toISOString()
  const result = await db.execute({
    db: session ?? db.drizzle,
    sql: sql`INSERT INTO index_counters (scope, last_value, updated_at, created_at)
      VALUES (${scope}, 1, ${now}, ${now})
      ON CONFLICT (scope) DO UPDATE SET last_value = index_counters.last_value + 1, updated_at = ${now}
      RETURNING last_value`,
  })
  return Number(result.rows[0].last_value)
}
