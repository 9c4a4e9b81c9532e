/**
 * SQL migrations for both dialects, without a database connection (only the schema is compared):
 *   tsx scripts/migrations.ts create <name>   writes a migration for SQLite and for PostgreSQL
 *   tsx scripts/migrations.ts check <dialect> exits 1 if the schema has changes no migration covers
 * Each dialect runs in its own process because the config picks its adapter from DATABASE_URL.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const [command, arg] = process.argv.slice(2)
const urls: Record<string, string> = {
  postgres: 'postgres://migrations@127.0.0.1:5432/unused',
  sqlite: 'file:./tmp/migrations.db',
}

if (command === 'create') {
  if (!arg || !/^[a-z0-9_]+$/.test(arg)) {
    console.error('usage: npm run migrate:create -- <name_in_snake_case>')
    process.exit(2)
  }
  for (const dialect of Object.keys(urls)) {
    execFileSync(process.execPath, ['scripts/run.mjs', 'scripts/migrations.ts', 'create-one', dialect, arg], {
      env: { ...process.env, DATABASE_URL: urls[dialect] },
      stdio: 'inherit',
    })
  }
  process.exit(0)
}

if (command === 'check' && !process.env.MIGRATIONS_CHILD) {
  execFileSync(process.execPath, ['scripts/run.mjs', 'scripts/migrations.ts', 'check', arg], {
    env: { ...process.env, DATABASE_URL: urls[arg], MIGRATIONS_CHILD: '1' },
    stdio: 'inherit',
  })
  process.exit(0)
}

// From here on: one dialect, in a child process whose DATABASE_URL selects it.
process.env.JOBS_AUTORUN = 'false'
const { default: payload } = await import('payload')
const { default: config } = await import('../payload.config')
await payload.init({ config, disableDBConnect: true, disableOnInit: true })
type DrizzleDB = {
  createMigration: (args: object) => Promise<void>
  migrationDir: string
  requireDrizzleKit: () => {
    generateDrizzleJson: (schema: unknown) => Promise<object> | object
    generateMigration: (prev: object, cur: object) => Promise<string[]>
  }
  schema: unknown
}
const db = payload.db as unknown as DrizzleDB

if (command === 'create-one') {
  await db.createMigration({ migrationName: process.argv[4], payload, skipEmpty: true })
  process.exit(0)
}

const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
const after = await generateDrizzleJson(db.schema)
const snapshots = fs.existsSync(db.migrationDir)
  ? fs
      .readdirSync(db.migrationDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
  : []
const latest = snapshots.at(-1)
if (!latest) {
  console.error(`${arg}: no migration yet`)
  process.exit(1)
}
const before = JSON.parse(fs.readFileSync(path.join(db.migrationDir, latest), 'utf8'))
const statements = await generateMigration(before, after)
if (statements.length) {
  console.error(
    `${arg}: ${statements.length} schema change(s) not in any migration, e.g.\n  ${statements[0]}`,
  )
  process.exit(1)
}
console.log(`${arg}: migrations cover the schema (latest ${latest})`)
process.exit(0)
