/**
 * npm run bench — public GraphQL reads, side by side in one run:
 *   (a) Yangguang: Payload's handlers behind the public front door (rate limit, generation-checked cache),
 *   (b) stock Payload 3: the same handlers for a plain config of the same data, no front door,
 *   (c) a bare node:http server returning the same JSON.
 * Each server runs alone in its own process (2 cores), is warmed up, then measured with autocannon on a
 * list query (10 pages) and a detail query (100 items), requests rotating over those sets.
 * BENCH_ITEMS (10 000), BENCH_SECONDS (10), BENCH_CONNECTIONS (10) tune it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// @ts-expect-error autocannon ships no types
import autocannon from 'autocannon'

const ITEMS = Number(process.env.BENCH_ITEMS ?? 10_000)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10)
const PORTS = { bare: 3212, stock: 3211, yangguang: 3210 }

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yangguang-bench-'))
const env = {
  ...process.env,
  DATABASE_URL: `file:${path.join(dir, 'yangguang.db')}`,
  JOBS_AUTORUN: 'false',
  MEDIA_DIR: path.join(dir, 'media'),
  // The limiter still runs on every request; the benchmark client just must not hit it.
  PUBLIC_RATE_LIMIT_PER_MINUTE: '1000000000',
  STOCK_DATABASE_URL: `file:${path.join(dir, 'stock.db')}`,
}

const LIST = (page: number) =>
  `query List { Disclosures(limit: 20, page: ${page}, sort: "-formedOn", where: { openness: { equals: decision } }) { totalDocs docs { id title indexNumber documentNumber formedOn openness topic summary unit { name } } } }`
const DETAIL = (id: number) =>
  `query Detail { Disclosure(id: ${id}) { id title indexNumber documentNumber formedOn openness topic docType disclosureMode validity summary firstPublishedAt body unit { name code } } }`

const body = (query: string) => JSON.stringify({ query })
const lists = Array.from({ length: 10 }, (_, i) => body(LIST(i + 1)))
const details = Array.from({ length: 100 }, (_, i) => body(DETAIL(1 + i * Math.floor(ITEMS / 100))))

function script(file: string, args: string[]) {
  return [path.join('scripts', 'run.mjs'), path.join('scripts', 'bench', file), ...args]
}

function seed(which: string) {
  const started = Date.now()
  const result = spawnSync(process.execPath, script('seed.ts', [which, String(ITEMS)]), {
    encoding: 'utf8',
    env,
  })
  if (result.status !== 0) throw new Error(`seeding ${which} failed:\n${result.stderr}`)
  console.log(`  ${which}: ${ITEMS} items seeded (${((Date.now() - started) / 1000).toFixed(0)} s with boot)`)
}

async function serve(file: string, port: number, extra: string[] = []): Promise<ChildProcess> {
  const child = spawn(process.execPath, script(file, [String(port), ...extra]), {
    detached: true,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    try {
      await fetch(`http://127.0.0.1:${port}/api/graphql`, { body: lists[0], method: 'POST' })
      return child
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
  throw new Error(`${file} did not start`)
}

const stop = (child: ChildProcess) => {
  if (child.pid) process.kill(-child.pid, 'SIGTERM')
}

type Result = {
  latency: { p50: number; p99: number }
  non2xx: number
  errors: number
  requests: { average: number }
}

function load(port: number, bodies: string[], seconds: number): Promise<Result> {
  let next = 0
  return autocannon({
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        headers: { 'content-type': 'application/json' },
        method: 'POST',
        path: '/api/graphql',
        setupRequest: (request: object) => ({ ...request, body: bodies[next++ % bodies.length] }),
      },
    ],
    url: `http://127.0.0.1:${port}`,
  })
}

async function fetchAll(port: number, bodies: string[]): Promise<string[]> {
  const replies: string[] = []
  for (const b of bodies) {
    const response = await fetch(`http://127.0.0.1:${port}/api/graphql`, {
      body: b,
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    replies.push(await response.text())
  }
  return replies
}

async function measure(name: string, port: number) {
  const rows: Record<string, Result> = {}
  for (const [kind, bodies] of [
    ['list', lists],
    ['detail', details],
  ] as const) {
    await load(port, bodies, 2) // warm-up: JIT, connections, and (for Yangguang) the cache
    rows[kind] = await load(port, bodies, SECONDS)
    const r = rows[kind]
    console.log(
      `  ${name} ${kind}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms` +
        (r.non2xx || r.errors ? ` (non-2xx ${r.non2xx}, errors ${r.errors})` : ''),
    )
  }
  return rows
}

console.log(`Benchmark: ${ITEMS} published items, ${CONNECTIONS} connections, ${SECONDS} s per run (${dir})`)
console.log('Seeding…')
seed('yangguang')
seed('stock')

console.log('Measuring…')
const yangguang = await serve('serveYangguang.ts', PORTS.yangguang)
const yangguangReplies = await fetchAll(PORTS.yangguang, [...lists, ...details])
if (!JSON.parse(yangguangReplies[0]).data?.Disclosures?.docs?.length) {
  throw new Error(`Yangguang returned no items: ${yangguangReplies[0].slice(0, 300)}`)
}
const a = await measure('yangguang', PORTS.yangguang)
stop(yangguang)

const stock = await serve('serveStock.ts', PORTS.stock)
const stockReplies = await fetchAll(PORTS.stock, [...lists, ...details])
const same = stockReplies.every((reply, i) => reply === yangguangReplies[i])
console.log(
  `  stock and Yangguang answers identical: ${same ? 'yes' : 'NO (same items, see a diff by hand)'}`,
)
const b = await measure('stock', PORTS.stock)
stop(stock)

const fixtures = path.join(dir, 'bare-fixtures.json')
fs.writeFileSync(
  fixtures,
  JSON.stringify(Object.fromEntries([...lists, ...details].map((q, i) => [q, yangguangReplies[i]]))),
)
const bare = await serve('serveBare.ts', PORTS.bare, [fixtures])
const c = await measure('bare', PORTS.bare)
stop(bare)

const pad = (value: string, width: number) => value.padStart(width)
console.log('\n| query  | server             |  req/s | p50 ms | p99 ms |')
console.log('|--------|--------------------|-------:|-------:|-------:|')
for (const kind of ['list', 'detail'] as const) {
  for (const [name, rows] of [
    ['(a) Yangguang', a],
    ['(b) stock Payload', b],
    ['(c) bare node:http', c],
  ] as const) {
    const r = rows[kind]
    console.log(
      `| ${kind.padEnd(6)} | ${name.padEnd(18)} | ${pad(r.requests.average.toFixed(0), 6)} | ${pad(String(r.latency.p50), 6)} | ${pad(String(r.latency.p99), 6)} |`,
    )
  }
}
console.log('\nRatios (target: ≥ 1.5× stock, ≥ 30 % of bare, p99 ≤ 100 ms):')
let met = true
for (const kind of ['list', 'detail'] as const) {
  const vsStock = a[kind].requests.average / b[kind].requests.average
  const vsBare = a[kind].requests.average / c[kind].requests.average
  const ok = vsStock >= 1.5 && vsBare >= 0.3 && a[kind].latency.p99 <= 100
  met &&= ok
  console.log(
    `  ${kind}: ${vsStock.toFixed(1)}× stock Payload, ${(vsBare * 100).toFixed(0)} % of bare, p99 ${a[kind].latency.p99} ms ${ok ? '✓' : '✗'}`,
  )
}
fs.rmSync(dir, { force: true, recursive: true })
console.log(met ? '\nTargets met.' : '\nTargets missed (see above).')
process.exit(0)
