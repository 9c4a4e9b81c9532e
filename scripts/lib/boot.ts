import { getPayload, type Payload } from 'payload'

/**
 * Boots Payload for a script. PostgreSQL never pushes schema changes outside a throwaway database,
 * so development scripts apply the committed migrations themselves (production does it at start-up).
 */
export async function bootPayload(): Promise<Payload> {
  process.env.JOBS_AUTORUN ??= 'false'
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  const db = payload.db as unknown as {
    migrate?: (args: { migrations?: unknown[] }) => Promise<void>
    name: string
    prodMigrations?: unknown[]
    push?: boolean
  }
  if (db.name === 'postgres' && !db.push && process.env.NODE_ENV !== 'production') {
    await db.migrate?.({ migrations: db.prodMigrations })
  }
  return payload
}
