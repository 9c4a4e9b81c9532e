/** npm run migrate: applies committed migrations to DATABASE_URL (SQLite or PostgreSQL) before a deploy. */
import { getPayload } from 'payload'

process.env.JOBS_AUTORUN = 'false'
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
const db = payload.db as unknown as { migrate?: () => Promise<void>; name: string }
if (!db.migrate || db.name === 'mongoose') {
  console.log('MongoDB needs no migrations.')
} else {
  await db.migrate()
  console.log('Migrations applied.')
}
process.exit(0)
