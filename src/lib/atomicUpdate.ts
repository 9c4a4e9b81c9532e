/**
 * Compare-and-set on one column of one row, inside the caller's transaction. Payload's update reads
 * then writes, so two requests racing on the same row can both "win"; a conditional UPDATE cannot.
 * On PostgreSQL the loser waits for the winner's row lock and then matches nothing; on SQLite write
 * transactions are already serialised; on MongoDB the filter and the update are one atomic operation.
 */
import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

type SqlAdapter = {
  drizzle: unknown
  execute: (args: { db?: unknown; sql: unknown }) => Promise<{ rowCount?: number; rows: unknown[] }>
  sessions: Record<number | string, { db: unknown }>
}

type MongoAdapter = {
  collections: Record<
    string,
    { updateOne: (filter: object, update: object, options: object) => Promise<{ modifiedCount: number }> }
  >
  sessions: Record<number | string, unknown>
}

const TABLES = { deliveries: 'deliveries', reviews: 'reviews' } as const
const COLUMNS = { attempts: 'attempts', revision: 'revision', state: 'state' } as const

export type AtomicTarget = {
  collection: keyof typeof TABLES
  column: keyof typeof COLUMNS
  id: number | string
  /** The row changes only if the column currently holds one of these values. */
  expected: (number | string)[]
  next: number | string
}

/** True if this caller made the change; false if the row was not in an expected state. */
export async function compareAndSet(req: PayloadRequest, target: AtomicTarget): Promise<boolean> {
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const now = new Date().toISOString()
  if (req.payload.db.name === 'mongoose') {
    const db = req.payload.db as unknown as MongoAdapter
    const result = await db.collections[target.collection].updateOne(
      { _id: target.id, [target.column]: { $in: target.expected } },
      { $set: { [target.column]: target.next, updatedAt: new Date(now) } },
      { session: transactionID ? db.sessions[transactionID] : undefined },
    )
    return result.modifiedCount === 1
  }
  const db = req.payload.db as unknown as SqlAdapter
  const session = transactionID ? db.sessions[transactionID]?.db : undefined
  const table = sql.raw(TABLES[target.collection])
  const column = sql.raw(COLUMNS[target.column])
  const expected = sql.join(
    target.expected.map((value) => sql`${value}`),
    sql`, `,
  )
  const result = await db.execute({
    db: session ?? db.drizzle,
    sql: sql`UPDATE ${table} SET ${column} = ${target.next}, updated_at = ${now}
      WHERE id = ${target.id} AND ${column} IN (${expected}) RETURNING id`,
  })
  return result.rows.length === 1
}
