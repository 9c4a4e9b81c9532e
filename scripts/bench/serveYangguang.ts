/**
 * Serves Yangguang's REST and GraphQL API (Payload's own handlers behind the public front door) on a plain
 * node:http server: `node scripts/run.mjs scripts/bench/serveYangguang.ts <port>`. DATABASE_URL chooses
 * the database. Used by the benchmark and by the test that runs two instances on one database.
 */
import { bootPayload } from '../lib/boot'

process.env.JOBS_AUTORUN ??= 'false'
const port = Number(process.argv[2] ?? 3200)
await bootPayload()
const { default: config } = await import('../../payload.config')
const { startPayloadServer } = await import('../../src/public/httpServer')
await startPayloadServer({ config, port })
console.log(`yangguang listening on http://127.0.0.1:${port}`)
