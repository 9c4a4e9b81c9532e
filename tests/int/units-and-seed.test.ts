import { afterAll, beforeAll, expect, it } from 'vitest'

import { seed } from '../../scripts/seed/index'
import { units } from '../../scripts/seed/units'
import { DEMO_PASSWORD, demoUsers } from '../../scripts/seed/users'
import { policy } from './fixtures/content'
import { httpDoors } from './helpers/http'
import { describeOnDatabase, startPayload, type TestPayload } from './helpers/payload'

describeOnDatabase('units tree and seeding', () => {
  let t: TestPayload
  let doors: Awaited<ReturnType<typeof httpDoors>>

  beforeAll(async () => {
    t = await startPayload()
    doors = await httpDoors()
  })
  afterAll(async () => t?.cleanup())

  const snapshot = async () => {
    const [u, p] = await Promise.all([
      t.payload.find({ collection: 'units', depth: 0, limit: 500, sort: 'code' }),
      t.payload.find({ collection: 'users', depth: 0, limit: 500, sort: 'email' }),
    ])
    const counts = await Promise.all(
      (
        [
          'disclosures',
          'interpretations',
          'responses',
          'consultations',
          'consultation-comments',
          'media',
        ] as const
      ).map(async (collection) => [collection, (await t.payload.count({ collection })).totalDocs]),
    )
    return {
      counts,
      units: u.docs,
      users: p.docs.map(({ email, roles, unit, updatedAt }) => ({ email, roles, unit, updatedAt })),
    }
  }

  it('seeds every unit and a user of each role in two units; a second run changes nothing', async () => {
    const first = await seed(t.payload, { demoUsers: true, sampleContent: true })
    expect(first.createdUnits).toBe(units.length)
    expect(first.createdUsers).toBe(demoUsers.length)
    expect(first.createdContent).toBeGreaterThanOrEqual(14)
    const after = await snapshot()
    const second = await seed(t.payload, { demoUsers: true, sampleContent: true })
    expect(second).toMatchObject({ createdContent: 0, createdUnits: 0, createdUsers: 0 })
    expect(await snapshot()).toEqual(after)
    const roleUnits = new Set(demoUsers.map((u) => `${u.role}@${u.unit}`))
    expect(roleUnits.size).toBe(6)
  })

  it('serves unit names to anyone but lets only admins change them', async () => {
    const list = await doors.rest('GET', 'units?limit=100')
    expect(list.status).toBe(200)
    expect(list.body.docs.map((u: { name: string }) => u.name)).toContain('宣州分局')
    const editor = await doors.login('editor.xck@yangguang.example', DEMO_PASSWORD)
    const created = await doors.rest('POST', 'units', {
      body: { code: 'TEST', kind: 'department', name: '测试科' },
      token: editor,
    })
    expect(created.status).toBe(403)
    const gql = await doors.graphql(
      'mutation { createUnit(data: { code: "TEST", name: "测试科", kind: department }) { id } }',
      editor,
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
  })

  it('refuses a bad code, a parent cycle and deleting a unit in use, each with its reason', async () => {
    const admin = await doors.login('admin.xck@yangguang.example', DEMO_PASSWORD)
    const bad = await doors.rest('POST', 'units', {
      body: { code: 'bad code', name: '错代码' },
      token: admin,
    })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('单位代码须为')

    const find = async (code: string) =>
      (await t.payload.find({ collection: 'units', where: { code: { equals: code } } })).docs[0]
    const root = await find('XCGA')
    const branch = await find('XZFJ')
    const cycle = await doors.rest('PATCH', `units/${root.id}`, { body: { parent: branch.id }, token: admin })
    expect(cycle.status).toBe(400)
    expect(JSON.stringify(cycle.body)).toContain('上级单位不能是本单位或其下级单位')

    const inUse = await doors.rest('DELETE', `units/${branch.id}`, { token: admin })
    expect(inUse.status).toBe(409)
    expect(JSON.stringify(inUse.body)).toContain('名用户，不能删除')
    expect(await find('XZFJ')).toBeTruthy()
  })

  it('refuses deleting a unit whose content would lose its issuing unit', async () => {
    const admin = await doors.login('admin.xck@yangguang.example', DEMO_PASSWORD)
    const unit = await t.payload.create({
      collection: 'units',
      data: { code: 'EMPTY', kind: 'department', name: '无人单位' },
    })
    await t.payload.create({
      collection: 'disclosures',
      data: { ...policy, title: '挂在无人单位名下的信息', unit: unit.id },
      draft: true,
    })
    const reply = await doors.rest('DELETE', `units/${unit.id}`, { token: admin })
    expect(reply.status).toBe(409)
    expect(JSON.stringify(reply.body)).toContain('不能删除（另有政府信息 1 条属于本单位）')
    expect(await t.payload.findByID({ collection: 'units', id: unit.id })).toBeTruthy()
  })
})
