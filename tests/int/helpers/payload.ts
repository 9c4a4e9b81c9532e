/**
 * Boots a real Payload on a database of its own for one test file: a fresh SQLite file, a fresh
 * PostgreSQL database migrated with the committed migrations, or a fresh MongoDB database.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { getPayload, type Payload } from 'payload'
import { describe, inject } from 'vitest'

const DB = (process.env.TEST_DB ?? 'sqlite') as 'mongodb' | 'postgres' | 'sqlite'
const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

/** Integration suites wrap themselves in this: MongoDB suites skip, saying why, without a server. */
export const describeOnDatabase = describe.skipIf(DB === 'mongodb' && !process.env.TEST_MONGODB_URL)

export type TestPayload = { cleanup: () => Promise<void>; db: typeof DB; payload: Payload }

const withDatabase = (url: string, name: string) => {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

export async function startPayload(): Promise<TestPayload> {
  // Named after the run, so the run's global teardown can drop exactly its own databases.
  const name = `yg_int_${inject('testRunId')}_${randomBytes(4).toString('hex')}`
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yangguang-int-'))
  process.env.MEDIA_DIR = path.join(dir, 'media')

  if (DB === 'sqlite') {
    process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`
  } else if (DB === 'postgres') {
    const admin = new pg.Client({ connectionString: POSTGRES_URL })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    process.env.DATABASE_URL = withDatabase(POSTGRES_URL, name)
  } else {
    process.env.DATABASE_URL = withDatabase(process.env.TEST_MONGODB_URL as string, name)
  }

  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  const adapter = payload.db as unknown as {
    connection?: { dropDatabase: () => Promise<void> }
    destroy?: () => Promise<void>
    migrate?: (args?: { migrations?: unknown[] }) => Promise<void>
    prodMigrations?: unknown[]
  }
  // PostgreSQL is built from the committed migrations, exactly as a deploy would build it.
  if (DB === 'postgres') await adapter.migrate?.({ migrations: adapter.prodMigrations })

  return {
    cleanup: async () => {
      if (DB === 'mongodb') await adapter.connection?.dropDatabase()
      await adapter.destroy?.()
      // PostgreSQL databases are dropped by the run's global teardown: the adapter keeps one pooled
      // connection checked out for its whole life, so it cannot be closed cleanly from here.
      fs.rmSync(dir, { force: true, recursive: true })
    },
    db: DB,
    payload,
  }
}
