/**
 * Global setup of each integration project: says which database it runs on (or plainly why it is
 * skipped), gives the run an id, and afterwards drops the PostgreSQL databases this run created.
 */
import { randomBytes } from 'node:crypto'

import pg from 'pg'
import type { TestProject } from 'vitest/node'

const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

export default function announce(project: TestProject): () => Promise<void> {
  const db = project.name.replace(/^int-/, '')
  const runId = `${process.pid}${randomBytes(3).toString('hex')}`
  project.provide('testRunId', runId)
  if (db === 'mongodb' && !process.env.TEST_MONGODB_URL) {
    console.log('\n[int-mongodb] SKIPPED: TEST_MONGODB_URL is not set (no MongoDB server on this machine).\n')
  } else if (db === 'postgres') {
    console.log(`\n[int-postgres] on ${POSTGRES_URL}\n`)
  } else {
    console.log(`\n[int-${db}] running\n`)
  }
  return async () => {
    if (db !== 'postgres') return
    const client = new pg.Client({ connectionString: POSTGRES_URL })
    await client.connect()
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`yg_int_${runId}_%`],
    )
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
    await client.end()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    testRunId: string
  }
}
