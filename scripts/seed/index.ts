import type { Payload } from 'payload'

import { DEFAULT_STAGES } from '@/gate/vocabulary'

import { demoChannels, starterLexicon, WEBSITE_ACCOUNT_NAME } from './channels'
import { seedSampleContent } from './content'
import { seedSampleRequests } from './requests'
import { units } from './units'
import { DEMO_PASSWORD, demoUsers, type UserSeed } from './users'

export type SeedReport = {
  createdContent: number
  createdUnits: number
  createdUsers: number
  users: UserSeed[]
}

/**
 * Creates what is missing and leaves what exists alone, so seeding twice changes nothing.
 * Records are matched by their natural keys: a unit by its code, a user by e-mail.
 */
export async function seed(
  payload: Payload,
  options: { demoUsers: boolean; sampleContent?: boolean },
): Promise<SeedReport> {
  const unitIds = new Map<string, number | string>()
  let createdUnits = 0
  for (const unit of units) {
    const existing = await payload.find({
      collection: 'units',
      depth: 0,
      limit: 1,
      where: { code: { equals: unit.code } },
    })
    if (existing.docs[0]) {
      unitIds.set(unit.code, existing.docs[0].id)
      continue
    }
    const created = await payload.create({
      collection: 'units',
      data: {
        code: unit.code,
        kind: unit.kind,
        name: unit.name,
        parent: unit.parent ? (unitIds.get(unit.parent) as number) : undefined,
        sortOrder: (units.indexOf(unit) + 1) * 10,
      },
    })
    unitIds.set(unit.code, created.id)
    createdUnits++
  }

  let createdUsers = 0
  if (options.demoUsers) {
    for (const user of demoUsers) {
      const existing = await payload.count({ collection: 'users', where: { email: { equals: user.email } } })
      if (existing.totalDocs > 0) continue
      await payload.create({
        collection: 'users',
        data: {
          email: user.email,
          name: user.name,
          password: DEMO_PASSWORD,
          roles: [user.role],
          unit: unitIds.get(user.unit) as number,
        },
      })
      createdUsers++
    }
  }
  const lexicon = await payload.findGlobal({ slug: 'preflight-lexicon' })
  if (!lexicon.blockedWords && !lexicon.typos && !lexicon.warnedWords) {
    await payload.updateGlobal({ data: starterLexicon, slug: 'preflight-lexicon' })
  }

  // Sandbox channel accounts belong to the demo: a production bureau registers its real accounts.
  const channelIds = new Map<string, number | string>()
  if (options.demoUsers) {
    for (const channel of demoChannels) {
      const existing = await payload.find({
        collection: 'channel-accounts',
        depth: 0,
        limit: 1,
        where: { name: { equals: channel.name } },
      })
      const { owner, ...fields } = channel
      const id =
        existing.docs[0]?.id ??
        (
          await payload.create({
            collection: 'channel-accounts',
            data: {
              ...fields,
              owningUnit: unitIds.get(owner) as number,
              sandbox: true,
              stages: DEFAULT_STAGES,
            },
          })
        ).id
      channelIds.set(channel.name, id)
    }
  }

  let createdContent = 0
  if (options.demoUsers && options.sampleContent) {
    const found = await payload.find({ collection: 'users', depth: 0, limit: 100, pagination: false })
    const userIds = new Map(found.docs.map((user) => [user.email, user.id] as [string, number | string]))
    createdContent = await seedSampleContent(payload, {
      units: unitIds,
      users: userIds,
      website: channelIds.get(WEBSITE_ACCOUNT_NAME)!,
    })
    createdContent += await seedSampleRequests(payload, { units: unitIds, users: userIds })
  }
  return { createdContent, createdUnits, createdUsers, users: options.demoUsers ? demoUsers : [] }
}

const ROLE_NAMES: Record<string, string> = { admin: '管理员', editor: '撰稿人', reviewer: '审核人' }

/** The table printed after seeding: who to log in as, and with what. */
export function loginTable(users: UserSeed[], serverURL: string): string {
  if (!users.length) return ''
  const rows = users.map((user) => {
    const unit = units.find((candidate) => candidate.code === user.unit)?.name ?? user.unit
    return `  ${ROLE_NAMES[user.role].padEnd(4, '　')} ${unit.padEnd(5, '　')} ${user.email.padEnd(34)} ${DEMO_PASSWORD}`
  })
  return [
    `Yangguang demo logins — ${serverURL}/admin`,
    `  角色　　 单位　　　 E-mail                             Password`,
    ...rows,
  ].join('\n')
}
