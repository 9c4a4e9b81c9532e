/**
 * Seeds N published disclosures straight into a database (adapter-level inserts in one transaction: no
 * hooks, no gate — this is benchmark data, not a publication), for Yangguang or for the stock config.
 * `node scripts/run.mjs scripts/bench/seed.ts yangguang|stock <count>`
 */
import { getPayload } from 'payload'

const [which = 'yangguang', countArg = '10000'] = process.argv.slice(2)
const COUNT = Number(countArg)
process.env.JOBS_AUTORUN = 'false'

const { default: config } =
  which === 'stock' ? await import('./stock.config') : await import('../../payload.config')
const payload = await getPayload({ config })

const paragraph = (text: string) => ({
  root: {
    children: [{ children: [{ text, type: 'text', version: 1 }], type: 'paragraph', version: 1 }],
    direction: null,
    format: '',
    indent: 0,
    type: 'root',
    version: 1,
  },
})

const OPENNESS = ['decision', 'execution', 'management', 'service', 'result']
const TOPICS = ['household', 'traffic', 'public_order', 'exit_entry', 'general', 'narcotics']

type Drizzle = {
  drizzle: {
    insert: (table: unknown) => { values: (rows: unknown) => { returning: () => Promise<{ id: number }[]> } }
  }
  tables: Record<string, unknown>
}
const { drizzle, tables } = payload.db as unknown as Drizzle

const started = Date.now()
const now = new Date().toISOString()
const [unit] = await drizzle
  .insert(tables.units)
  .values([{ code: 'XCK', createdAt: now, kind: 'department', name: '宣传科', sortOrder: 1, updatedAt: now }])
  .returning()
const CHUNK = 250
for (let first = 1; first <= COUNT; first += CHUNK) {
  const rows = []
  for (let i = first; i < Math.min(first + CHUNK, COUNT + 1); i++) {
    const formedOn = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString()
    rows.push({
      _status: 'published',
      body: paragraph(`第${i}号公告正文：关于规范户籍、交通、出入境业务办理的通知，请广大群众周知。`),
      createdAt: formedOn,
      disclosureMode: 'proactive',
      docType: 'notice',
      documentNumber: `宣公〔2026〕${i}号`,
      firstPublishedAt: formedOn,
      formedOn,
      indexNumber: `XCK-2026-${String(i).padStart(5, '0')}`,
      openness: OPENNESS[i % OPENNESS.length],
      summary: `第${i}号公告摘要`,
      title: `关于第${i}批户籍业务办理事项的公告`,
      topic: TOPICS[i % TOPICS.length],
      unit: unit.id,
      updatedAt: formedOn,
    })
  }
  await drizzle.insert(tables.disclosures).values(rows).returning()
}
console.log(
  `seeded ${COUNT} published disclosures into ${which} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
)
process.exit(0)
