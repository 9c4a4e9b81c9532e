import { afterAll, beforeAll, expect, it } from 'vitest'

import { seed } from '../../scripts/seed/index'
import { DEMO_PASSWORD } from '../../scripts/seed/users'
import { describeOnDatabase, startPayload, type TestPayload } from './helpers/payload'
import { httpDoors } from './helpers/http'

describeOnDatabase('users: who may read and change accounts, through REST and GraphQL', () => {
  let t: TestPayload
  let doors: Awaited<ReturnType<typeof httpDoors>>
  let editorToken: string
  let adminToken: string
  let editorId: number | string
  let otherId: number | string

  beforeAll(async () => {
    t = await startPayload()
    await seed(t.payload, { demoUsers: true })
    doors = await httpDoors()
    editorToken = await doors.login('editor.xck@yangguang.example', DEMO_PASSWORD)
    adminToken = await doors.login('admin.xck@yangguang.example', DEMO_PASSWORD)
    const find = async (email: string) =>
      (await t.payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0].id
    editorId = await find('editor.xck@yangguang.example')
    otherId = await find('reviewer.xzfj@yangguang.example')
  })
  afterAll(async () => t?.cleanup())

  it('refuses anonymous REST reads of the list and of one user', async () => {
    expect((await doors.rest('GET', 'users')).status).toBe(403)
    expect((await doors.rest('GET', `users/${otherId}`)).status).toBe(403)
  })

  it('refuses anonymous GraphQL reads', async () => {
    const list = await doors.graphql('{ Users { docs { email roles } } }')
    expect(list.body.data?.Users ?? null).toBeNull()
    expect(list.body.errors[0].extensions.statusCode).toBe(403)
    const one = await doors.graphql(`{ User(id: ${JSON.stringify(otherId)}) { email } }`)
    expect(one.body.data?.User ?? null).toBeNull()
    expect(one.body.errors?.length).toBeGreaterThan(0)
  })

  it('shows an editor only their own record, in both doors', async () => {
    const list = await doors.rest('GET', 'users', { token: editorToken })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((u: { email: string }) => u.email)).toEqual(['editor.xck@yangguang.example'])
    expect((await doors.rest('GET', `users/${otherId}`, { token: editorToken })).status).toBe(404)
    const gql = await doors.graphql('{ Users { totalDocs docs { email } } }', editorToken)
    expect(gql.body.data.Users.totalDocs).toBe(1)
  })

  it("refuses an editor's change to another user's record", async () => {
    const patch = await doors.rest('PATCH', `users/${otherId}`, {
      body: { name: '篡改' },
      token: editorToken,
    })
    expect([403, 404]).toContain(patch.status)
    const gql = await doors.graphql(
      `mutation { updateUser(id: ${JSON.stringify(otherId)}, data: { name: "篡改" }) { name } }`,
      editorToken,
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    const other = await t.payload.findByID({ collection: 'users', id: otherId })
    expect(other.name).toBe('周强')
  })

  it('refuses, with a reason, an editor granting themselves a role or moving unit', async () => {
    const roles = await doors.rest('PATCH', `users/${editorId}`, {
      body: { roles: ['admin'] },
      token: editorToken,
    })
    expect(roles.status).toBe(403)
    expect(JSON.stringify(roles.body)).toContain('只有管理员可以修改角色和所属单位')
    const gql = await doors.graphql(
      `mutation { updateUser(id: ${JSON.stringify(editorId)}, data: { roles: [admin] }) { roles } }`,
      editorToken,
    )
    expect(gql.body.errors?.[0]?.message).toContain('只有管理员')
    const self = await t.payload.findByID({ collection: 'users', id: editorId })
    expect(self.roles).toEqual(['editor'])
  })

  it('lets an editor change their own name, sending their unchanged roles back as the form does', async () => {
    const self = await t.payload.findByID({ collection: 'users', depth: 0, id: editorId })
    const patch = await doors.rest('PATCH', `users/${editorId}`, {
      body: { name: '王晓明（宣传）', roles: self.roles, unit: self.unit },
      token: editorToken,
    })
    expect(patch.status).toBe(200)
    expect(patch.body.doc.name).toBe('王晓明（宣传）')
  })

  it('refuses account creation to anyone but an admin', async () => {
    const data = {
      email: 'new@yangguang.example',
      name: '新人',
      password: 'x-long-password-1',
      roles: ['editor'],
    }
    expect((await doors.rest('POST', 'users', { body: data })).status).toBe(403)
    expect((await doors.rest('POST', 'users', { body: data, token: editorToken })).status).toBe(403)
    const unit = (await t.payload.find({ collection: 'units', where: { code: { equals: 'XCK' } } })).docs[0]
    const created = await doors.rest('POST', 'users', { body: { ...data, unit: unit.id }, token: adminToken })
    expect(created.status).toBe(201)
  })

  it('lets an admin change roles', async () => {
    const patch = await doors.rest('PATCH', `users/${otherId}`, {
      body: { roles: ['reviewer', 'editor'] },
      token: adminToken,
    })
    expect(patch.status).toBe(200)
    expect(patch.body.doc.roles).toEqual(['reviewer', 'editor'])
  })

  it('locks an account after five wrong passwords', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      await doors.rest('POST', 'users/login', {
        body: { email: 'reviewer.xck@yangguang.example', password: 'wrong' },
      })
    }
    const locked = await doors.rest('POST', 'users/login', {
      body: { email: 'reviewer.xck@yangguang.example', password: DEMO_PASSWORD },
    })
    expect(locked.status).toBe(401)
    expect(JSON.stringify(locked.body)).toMatch(/锁定|locked/i)
  })

  it('closes the jobs endpoints to everyone but admins', async () => {
    expect([401, 403]).toContain((await doors.rest('GET', 'payload-jobs/run')).status)
    expect([401, 403]).toContain((await doors.rest('GET', 'payload-jobs/run', { token: editorToken })).status)
    expect((await doors.rest('GET', 'payload-jobs/run', { token: adminToken })).status).toBe(200)
    expect((await doors.rest('GET', 'payload-jobs', { token: adminToken })).status).toBe(403)
  })
})
