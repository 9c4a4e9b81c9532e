/**
 * Builds Yangguang for production, migrates and seeds a fresh SQLite file the way a deploy would,
 * serves it with `next start` on a spare port, and stops it afterwards.
 * E2E_SKIP_BUILD=1 reuses an existing .next build while iterating on the tests.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

const PORT = process.env.E2E_PORT ?? '3100'
export const E2E_URL = `http://127.0.0.1:${PORT}`
// The WeChat and Weibo sandbox the seeded sandbox accounts deliver to, as `npm run dev` runs it.
const SANDBOX_PORT = process.env.E2E_SANDBOX_PORT ?? '4110'
export const SANDBOX_URL = `http://127.0.0.1:${SANDBOX_PORT}`

let server: ChildProcess | undefined
let sandbox: ChildProcess | undefined
let dir: string | undefined

async function waitUntilServing(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`Yangguang did not answer at ${url} within ${timeoutMs / 1000} s`)
}

export async function setup(project: TestProject): Promise<void> {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yangguang-e2e-'))
  const env = {
    ...process.env,
    DATABASE_URL: `file:${path.join(dir, 'e2e.db')}`,
    JOBS_AUTORUN: 'false',
    MEDIA_DIR: path.join(dir, 'media'),
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production' as const,
    PAYLOAD_SECRET: 'yangguang-e2e-secret-0123456789abcdef0123',
    CREDENTIALS_KEY: 'yangguang-e2e-credentials-0123456789abcdef',
    // Ask a publishing platform again after half a second, not the production 30 s.
    DELIVERY_POLL_INTERVAL_MS: '500',
    SANDBOX_URL,
    SEED_DEMO_USERS: 'true',
    SERVER_URL: E2E_URL,
  }
  if (!(process.env.E2E_SKIP_BUILD === '1' && fs.existsSync('.next/BUILD_ID'))) {
    execFileSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { env, stdio: 'inherit' })
  }
  // The seed boots Payload in production mode, which applies the committed migrations first.
  execFileSync(process.execPath, ['scripts/run.mjs', 'scripts/seed.ts'], { env, stdio: 'inherit' })
  // Straight under tsx, not through scripts/run.mjs, so that stopping this process stops the sandbox.
  sandbox = spawn(
    process.execPath,
    ['--import', 'tsx', 'channels/sandbox/cli.ts', '--port', SANDBOX_PORT, '--publish-delay', '300'],
    { env, stdio: ['ignore', 'ignore', 'inherit'] },
  )
  server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '--port', PORT], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  await waitUntilServing(`${E2E_URL}/admin/login`, 60_000)
  await waitUntilServing(`${SANDBOX_URL}/`, 60_000)
  project.provide('e2eURL', E2E_URL)
  project.provide('sandboxURL', SANDBOX_URL)
}

export async function teardown(): Promise<void> {
  server?.kill('SIGTERM')
  sandbox?.kill('SIGTERM')
  if (dir) fs.rmSync(dir, { force: true, recursive: true })
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2eURL: string
    sandboxURL: string
  }
}
