/**
 * Regenerates src/payload-types.ts and the admin import map from the config, or with --check verifies
 * the committed files are current and the committed SQL migrations cover the schema (exit 1 if stale).
 * Calls Payload's generators directly: the Payload CLI sometimes exits 0 having done nothing.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { generateImportMap, type SanitizedConfig } from 'payload'
import { generateTypes } from 'payload/node'

process.env.JOBS_AUTORUN = 'false'
const check = process.argv.includes('--check')
const config: SanitizedConfig = await (await import('../payload.config')).default
const typesFile = config.typescript.outputFile
const importMapFile = config.admin.importMap.importMapFile as string

async function render(): Promise<{ importMap: string; types: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yangguang-generate-'))
  const tmpTypes = path.join(dir, 'payload-types.ts')
  const tmpImportMap = path.join(dir, 'importMap.js')
  process.env.PAYLOAD_TS_OUTPUT_PATH = tmpTypes
  await generateTypes(config, { log: false })
  delete process.env.PAYLOAD_TS_OUTPUT_PATH
  await generateImportMap(
    {
      ...config,
      admin: { ...config.admin, importMap: { ...config.admin.importMap, importMapFile: tmpImportMap } },
    },
    { force: true, log: false },
  )
  const result = {
    importMap: fs.readFileSync(tmpImportMap, 'utf8'),
    types: fs.readFileSync(tmpTypes, 'utf8'),
  }
  fs.rmSync(dir, { force: true, recursive: true })
  return result
}

const fresh = await render()
const current = {
  importMap: fs.existsSync(importMapFile) ? fs.readFileSync(importMapFile, 'utf8') : '',
  types: fs.existsSync(typesFile) ? fs.readFileSync(typesFile, 'utf8') : '',
}

if (!check) {
  fs.writeFileSync(typesFile, fresh.types)
  fs.writeFileSync(importMapFile, fresh.importMap)
  console.log(
    `wrote ${path.relative(process.cwd(), typesFile)} and ${path.relative(process.cwd(), importMapFile)}`,
  )
  process.exit(0)
}

const stale: string[] = []
if (fresh.types !== current.types)
  stale.push(`${path.relative(process.cwd(), typesFile)} (run npm run generate)`)
if (fresh.importMap !== current.importMap)
  stale.push(`${path.relative(process.cwd(), importMapFile)} (run npm run generate)`)
for (const dialect of ['sqlite', 'postgres']) {
  try {
    execFileSync(process.execPath, ['scripts/run.mjs', 'scripts/migrations.ts', 'check', dialect], {
      stdio: 'inherit',
    })
  } catch {
    stale.push(`migrations/${dialect} (run npm run migrate:create -- <name>)`)
  }
}
if (stale.length) {
  console.error(`Generated files are stale:\n- ${stale.join('\n- ')}`)
  process.exit(1)
}
console.log('generated types, import map and migrations are current')
process.exit(0)
