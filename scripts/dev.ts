/**
 * npm run dev: seeds an empty database, then serves the admin with `next dev` and, once it is ready,
 * says where to log in. Everything runs on the embedded SQLite file unless DATABASE_URL says otherwise.
 */
import { spawn, spawnSync } from 'node:child_process'

import { serverURL } from '@/lib/env'

import { DEMO_PASSWORD } from './seed/users'

const seeded = spawnSync(process.execPath, ['scripts/run.mjs', 'scripts/seed.ts', '--if-empty'], {
  env: { ...process.env, JOBS_AUTORUN: 'false' },
  stdio: 'inherit',
})
if (seeded.status !== 0) process.exit(seeded.status ?? 1)

const port = process.env.PORT ?? '3000'
const next = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', '--port', port], {
  stdio: ['inherit', 'pipe', 'inherit'],
})
let announced = false
next.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk)
  if (!announced && /Ready in/i.test(chunk.toString())) {
    announced = true
    console.log(
      `\n  阳光 Yangguang is running: ${serverURL()}/admin\n` +
        `  Log in as editor.xck@yangguang.example (撰稿人) or admin.xck@yangguang.example (管理员), password ${DEMO_PASSWORD}\n` +
        `  The first page compiles for about 15 s.\n`,
    )
  }
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal))
next.on('exit', (code) => process.exit(code ?? 0))
