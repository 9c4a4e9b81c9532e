/**
 * Downstream webhooks: a publication on the website and a retraction each send a signed notice to every
 * SITE_WEBHOOK_URLS entry, from a queued job after the transaction commits; a failing receiver is retried
 * later with backoff, under the same delivery id.
 */
import http from 'node:http'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { seed } from '../../scripts/seed/index'
import { DEMO_PASSWORD } from '../../scripts/seed/users'
import { verifySignature } from '@/public/webhook'
import { policy } from './fixtures/content'
import { runDeliveries } from './helpers/gate'
import { httpDoors } from './helpers/http'
import { describeOnDatabase, startPayload, type TestPayload } from './helpers/payload'
import { createAndPublish } from './helpers/publishing'

const SECRET = 'downstream-webhook-test-secret'

type Received = { body: string; headers: http.IncomingHttpHeaders; path: string }

describeOnDatabase('webhooks to downstream sites', () => {
  let t: TestPayload
  let doors: Awaited<ReturnType<typeof httpDoors>>
  let editor: string
  let receiver: http.Server
  let base: string
  const received: Received[] = []
  let failing = false

  beforeAll(async () => {
    t = await startPayload()
    await seed(t.payload, { demoUsers: true })
    doors = await httpDoors()
    editor = await doors.login('editor.xzfj@yangguang.example', DEMO_PASSWORD)
    receiver = http.createServer((request, response) => {
      const chunks: Buffer[] = []
      request.on('data', (chunk) => chunks.push(chunk))
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8')
        received.push({ body, headers: request.headers, path: request.url ?? '' })
        const valid = verifySignature(body, request.headers['x-yangguang-signature'] as string, SECRET)
        response.writeHead(failing ? 503 : valid ? 204 : 401)
        response.end()
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(receiver.address() as { port: number }).port}`
    process.env.SITE_WEBHOOK_URLS = `${base}/portal, ${base}/province`
    process.env.SITE_WEBHOOK_SECRET = SECRET
  })
  afterAll(async () => {
    delete process.env.SITE_WEBHOOK_URLS
    delete process.env.SITE_WEBHOOK_SECRET
    await new Promise((resolve) => receiver?.close(resolve))
    await t?.cleanup()
  })

  it('notifies every URL with a signed payload after publication and after retraction', async () => {
    const published = await createAndPublish(
      doors,
      t.payload,
      'disclosures',
      { ...policy, title: '通知测试WEBHOOK' },
      editor,
    )
    expect(published.status, JSON.stringify(published.body)).toBe(201)
    const id = published.body.doc.id
    // Nothing is sent from the publishing transaction itself: the notices wait in the queue.
    expect(received).toHaveLength(0)
    await runDeliveries(t.payload)
    expect(received.map((r) => r.path).sort()).toEqual(['/portal', '/province'])
    for (const notice of received) {
      expect(verifySignature(notice.body, notice.headers['x-yangguang-signature'] as string, SECRET)).toBe(
        true,
      )
      expect(verifySignature(notice.body, notice.headers['x-yangguang-signature'] as string, 'other')).toBe(
        false,
      )
      expect(notice.headers['x-yangguang-event']).toBe('published')
      expect(notice.headers['x-yangguang-delivery']).toMatch(/^[0-9a-f-]{36}$/)
      expect(notice.headers['content-type']).toBe('application/json')
    }
    const payload = JSON.parse(received[0].body)
    expect(payload).toMatchObject({
      collection: 'disclosures',
      event: 'published',
      id,
      indexNumber: published.body.doc.indexNumber,
      title: '通知测试WEBHOOK',
      url: expect.stringContaining(`/disclosures/${id}`),
    })
    expect(payload.indexNumber).toMatch(/-\d{4}-\d{5}$/)
    expect(new Date(payload.publishedAt).getTime()).toBeGreaterThan(0)
    expect(payload.generation).toBeGreaterThan(0)

    received.length = 0
    const retract = await doors.rest('POST', `disclosures/${id}/retract`, {
      body: { reason: '内容需更正' },
      token: editor,
    })
    expect(retract.status).toBe(200)
    await runDeliveries(t.payload)
    expect(received).toHaveLength(2)
    const notice = JSON.parse(received[0].body)
    expect(notice.event).toBe('retracted')
    expect(received[0].headers['x-yangguang-event']).toBe('retracted')
    expect(notice.generation).toBeGreaterThan(payload.generation)
  })

  it('retries a failing receiver later, with backoff, under the same delivery id', async () => {
    received.length = 0
    failing = true
    process.env.SITE_WEBHOOK_URLS = `${base}/portal`
    const published = await createAndPublish(
      doors,
      t.payload,
      'disclosures',
      { ...policy, title: '接收方故障RETRY' },
      editor,
    )
    expect(published.status).toBe(201)
    await runDeliveries(t.payload)
    expect(received).toHaveLength(1)
    const retries = await t.payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'notifySite' } }, { completedAt: { exists: false } }] },
    })
    expect(retries.docs).toHaveLength(1)
    const next = retries.docs[0]
    expect((next.input as { attempt: number }).attempt).toBe(2)
    expect((next.input as { deliveryId: string }).deliveryId).toBe(
      received[0].headers['x-yangguang-delivery'],
    )
    expect(new Date(next.waitUntil as string).getTime()).toBeGreaterThan(Date.now())
    // Not due yet: running the queue now sends nothing.
    await runDeliveries(t.payload)
    expect(received).toHaveLength(1)
  })
})
