#!/usr/bin/env node
/**
 * Runs a TypeScript script under tsx: `node scripts/run.mjs scripts/seed.ts [args]`.
 *
 * On Node 20, importing @payloadcms/richtext-lexical's module graph sometimes leaves a top-level await
 * unsettled: the process exits with code 13 before our code runs (measured here: about half of plain
 * `node -e "await import('@payloadcms/richtext-lexical')"` runs). It happens during imports, before any
 * work is done, so running the script again is safe; any other exit code is passed through unchanged.
 */
import { spawnSync } from 'node:child_process'

import nextEnv from '@next/env'

// The same .env files `next dev` and `next start` read, so scripts and server agree on the database.
nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production', {
  error: () => {},
  info: () => {},
})

const ATTEMPTS = 10
const [script, ...args] = process.argv.slice(2)
if (!script) {
  console.error('usage: node scripts/run.mjs <script.ts> [args…]')
  process.exit(2)
}
for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { stdio: 'inherit' })
  if (result.status !== 13) process.exit(result.status ?? 1)
  console.error(
    `[run] ${script}: Node's module loader stalled while importing (exit 13); retrying (${attempt}/${ATTEMPTS})`,
  )
}
process.exit(13)
