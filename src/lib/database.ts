/**
 * One database adapter chosen by the URL's scheme: SQLite file (the embedded default), PostgreSQL or
 * MongoDB. The SQL adapters apply the committed migrations at start-up in production; PostgreSQL never
 * pushes schema changes unless DATABASE_PUSH=true says it is a throwaway development database.
 */
import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as postgresMigrations } from '../../migrations/postgres'
import { migrations as sqliteMigrations } from '../../migrations/sqlite'
import { queueWriteTransactions } from './sqliteWriteQueue'

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(url)) return 'mongodb'
  throw new Error(
    `DATABASE_URL must start with file:, postgres:// or mongodb:// (got "${url.split(':')[0]}:…")`,
  )
}

/** A relative SQLite path is relative to the working directory; its folder is created if missing. */
function ensureSqliteFolder(url: string): void {
  const file = url.slice('file:'.length).split('?')[0]
  if (!file || file === ':memory:') return
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}

export function databaseAdapter(url: string, migrationsRoot: string): DatabaseAdapterObj {
  const kind = databaseKind(url)
  if (kind === 'sqlite') {
    ensureSqliteFolder(url)
    const adapter = sqliteAdapter({
      busyTimeout: 5000,
      client: { url },
      migrationDir: path.join(migrationsRoot, 'sqlite'),
      prodMigrations: sqliteMigrations,
      // Transactions are off in the SQLite adapter unless options are given.
      transactionOptions: {},
      wal: true,
    })
    const init = adapter.init
    return { ...adapter, init: (args) => queueWriteTransactions(init(args)) }
  }
  if (kind === 'postgres') {
    return postgresAdapter({
      migrationDir: path.join(migrationsRoot, 'postgres'),
      pool: { connectionString: url },
      prodMigrations: postgresMigrations,
      push: process.env.DATABASE_PUSH === 'true',
    })
  }
  return mongooseAdapter({ url })
}
