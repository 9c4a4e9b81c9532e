/**
 * Runs the platform sandbox on its own:
 *   node --import tsx channels/sandbox/cli.ts --port 4010 --state data/sandbox.json
 * Options: --port (default 4010), --host (default 127.0.0.1), --state <file> (keep state across
 * restarts), --publish-delay <ms> (default 1000).
 */
import { parseArgs } from 'node:util'

import { startSandbox } from './server'

const { values } = parseArgs({
  options: {
    host: { default: '127.0.0.1', type: 'string' },
    port: { default: '4010', type: 'string' },
    'publish-delay': { default: '1000', type: 'string' },
    state: { type: 'string' },
  },
})

const port = Number(values.port)
const publishDelayMs = Number(values['publish-delay'])
if (!Number.isInteger(port) || port < 0 || !(publishDelayMs >= 0)) {
  console.error('usage: cli.ts [--port N] [--host H] [--state FILE] [--publish-delay MS]')
  process.exit(2)
}

const sandbox = await startSandbox({ host: values.host, port, publishDelayMs, stateFile: values.state })
console.log(`Platform sandbox (WeChat + Weibo) listening on ${sandbox.url}`)
console.log(`  WeChat API base: ${sandbox.url}/cgi-bin   Weibo API base: ${sandbox.url}/2`)
console.log(`  Published items: ${sandbox.url}/   Control API: ${sandbox.url}/__sandbox/state`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void sandbox.close().then(() => process.exit(0))
  })
}
