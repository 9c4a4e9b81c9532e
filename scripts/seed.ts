/**
 * npm run seed [-- --if-empty]: units always, demo users outside production (or with SEED_DEMO_USERS=true).
 * --if-empty seeds only a database without users, as `npm run dev` does on its first start.
 */
import { serverURL } from '@/lib/env'

import { bootPayload } from './lib/boot'
import { loginTable, seed } from './seed/index'
import { registerSandboxCallbacks } from './seed/sandboxCallbacks'
import { demoUsers as allDemoUsers } from './seed/users'

const payload = await bootPayload()
const ifEmpty = process.argv.includes('--if-empty')
const demoUsers = process.env.NODE_ENV !== 'production' || process.env.SEED_DEMO_USERS === 'true'

if (ifEmpty && (await payload.count({ collection: 'users' })).totalDocs > 0) {
  console.log('Database already has users: seeding skipped (npm run seed adds anything missing).')
} else {
  const report = await seed(payload, { demoUsers, sampleContent: demoUsers })
  console.log(
    `Seeded ${report.createdUnits} units, ${report.createdUsers} users and ${report.createdContent} sample items (existing records left as they were).`,
  )
}
if (demoUsers) console.log(`\n${loginTable(allDemoUsers, serverURL())}\n`)
// npm run dev passes the sandbox it started: its WeChat accounts push publish events to us.
if (process.env.SANDBOX_URL) {
  const registered = await registerSandboxCallbacks(payload, process.env.SANDBOX_URL)
  if (registered)
    console.log(`Sandbox WeChat accounts push publish events to ${serverURL()}/api/channels/wechat/…`)
}
process.exit(0)
