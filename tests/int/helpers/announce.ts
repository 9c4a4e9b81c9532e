/** Says, once per integration project, which database it runs on, or plainly why it is skipped. */
import type { TestProject } from 'vitest/node'

export default function announce(project: TestProject): void {
  const db = project.name.replace(/^int-/, '')
  if (db === 'mongodb' && !process.env.TEST_MONGODB_URL) {
    console.log('\n[int-mongodb] SKIPPED: TEST_MONGODB_URL is not set (no MongoDB server on this machine).\n')
  } else if (db === 'postgres') {
    console.log(
      `\n[int-postgres] on ${process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'}\n`,
    )
  } else {
    console.log(`\n[int-${db}] running\n`)
  }
}
