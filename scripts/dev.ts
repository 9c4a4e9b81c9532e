/**
 * npm run dev: seeds an empty database, then serves the admin with `next dev` and, once it is ready,
 * says where to log in. Everything runs on the embedded SQLite file unless DATABASE_URL says otherwise.
 */
import { spawn, spawnSync } from 'node:child_process'

import { serverURL } from '@/lib/env'

import { DEMO_PASSWORD } from './seed/users'

// The WeChat and Weibo sandbox: the seeded sandbox accounts deliver to it, so nothing reaches a real platform.
const sandboxPort = process.env.SANDBOX_PORT ?? '4010'
const sandboxURL = `http://127.0.0.1:${sandboxPort}`
const sandbox = spawn(
  process.execPath,
  ['scripts/run.mjs', 'channels/sandbox/cli.ts', '--port', sandboxPort, '--state', 'data/sandbox.json'],
  { stdio: ['ignore', 'ignore', 'inherit'] },
)

const seeded = spawnSync(process.execPath, ['scripts/run.mjs', 'scripts/seed.ts', '--if-empty'], {
  env: { ...process.env, JOBS_AUTORUN: 'false', SANDBOX_URL: process.env.SANDBOX_URL ?? sandboxURL },
  stdio: 'inherit',
})
if (seeded.status !== 0) {
  sandbox.kill('SIGTERM')
  process.exit(seeded.status ?? 1)
}

const port = process.env.PORT ?? '3000'
const next = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', '--port', port], {
  env: { ...process.env, SANDBOX_URL: process.env.SANDBOX_URL ?? sandboxURL },
  stdio: ['inherit', 'pipe', 'inherit'],
})
let announced = false
next.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk)
  if (!announced && /Ready in/i.test(chunk.toString())) {
    announced = true
    console.log(
      `\n  阳光 Yangguang is running: ${serverURL()}/admin\n` +
        `  Write as editor.xzfj@yangguang.example (撰稿人) and submit for review; sign as reviewer.xzfj (初审),\n` +
        `  reviewer.xck (复审) and lead.xck (终审) @yangguang.example; admin: admin.xck@yangguang.example.\n` +
        `  Password for all: ${DEMO_PASSWORD}\n` +
        `  WeChat and Weibo deliveries go to the platform sandbox: ${sandboxURL}/\n` +
        `  The first page compiles for about 15 s.\n`,
    )
  }
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    sandbox.kill(signal)
    next.kill(signal)
  })
}
next.on('exit', (code) => {
  sandbox.kill('SIGTERM')
  process.exit(code ?? 0)
})
