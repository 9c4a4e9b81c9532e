import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { seed } from '../../scripts/seed/index'
import { DEMO_PASSWORD } from '../../scripts/seed/users'
import { htmlPretendingToBeJpeg, noisyJpeg, pngDeclaring, plainPng, tinyPdf } from '../fixtures/images'
import { httpDoors } from './helpers/http'
import { describeOnDatabase, startPayload, type TestPayload } from './helpers/payload'

const form = (file: Buffer, filename: string, type: string, fields: object = {}) => {
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(file)], { type }), filename)
  body.append('_payload', JSON.stringify(fields))
  return body
}

describeOnDatabase('media uploads: what is accepted, what is refused, what is derived', () => {
  let t: TestPayload
  let doors: Awaited<ReturnType<typeof httpDoors>>
  let editorToken: string
  let reviewerToken: string

  beforeAll(async () => {
    t = await startPayload()
    await seed(t.payload, { demoUsers: true })
    doors = await httpDoors()
    editorToken = await doors.login('editor.xck@yangguang.example', DEMO_PASSWORD)
    reviewerToken = await doors.login('reviewer.xzfj@yangguang.example', DEMO_PASSWORD)
  })
  afterAll(async () => t?.cleanup())

  const mediaCount = async () => (await t.payload.count({ collection: 'media' })).totalDocs

  it('refuses a 30 000 × 30 000 PNG with a message naming its size, and stores nothing', async () => {
    const before = await mediaCount()
    const reply = await doors.rest('POST', 'media', {
      form: form(pngDeclaring(30_000, 30_000), 'huge.png', 'image/png', { alt: '超大图片' }),
      token: editorToken,
    })
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].message).toContain('30000×30000')
    expect(reply.body.errors[0].data.errors[0]).toMatchObject({ path: 'file' })
    expect(await mediaCount()).toBe(before)
    expect(fs.existsSync(path.join(process.env.MEDIA_DIR as string, 'huge.png'))).toBe(false)
  })

  it('refuses an HTML file renamed .jpg with a clear message', async () => {
    const reply = await doors.rest('POST', 'media', {
      form: form(htmlPretendingToBeJpeg, 'photo.jpg', 'image/jpeg', { alt: '伪装' }),
      token: editorToken,
    })
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].message).toContain('无法从文件内容识别文件类型')
  })

  it('requires alt text for images, naming the field', async () => {
    const reply = await doors.rest('POST', 'media', {
      form: form(await plainPng(400, 300), 'no-alt.png', 'image/png'),
      token: editorToken,
    })
    expect(reply.status).toBe(400)
    expect(JSON.stringify(reply.body)).toContain('alt')
  })

  it('derives web sizes, both WeChat cover shapes and a JPG thumb of at most 64 KB', async () => {
    const reply = await doors.rest('POST', 'media', {
      form: form(await noisyJpeg(2400, 1600), 'scene.jpg', 'image/jpeg', { alt: '现场照片' }),
      token: editorToken,
    })
    expect(reply.status).toBe(201)
    const { sizes, unit } = reply.body.doc
    expect(sizes.small.width).toBe(480)
    expect(sizes.large.width).toBe(1920)
    expect([sizes.wechatCover.width, sizes.wechatCover.height]).toEqual([900, 383])
    expect([sizes.wechatSquare.width, sizes.wechatSquare.height]).toEqual([500, 500])
    expect(sizes.thumb.mimeType).toBe('image/jpeg')
    const thumbFile = path.join(process.env.MEDIA_DIR as string, sizes.thumb.filename)
    const thumbBytes = fs.readFileSync(thumbFile)
    expect(thumbBytes.length).toBeLessThanOrEqual(64 * 1024)
    expect(sizes.thumb.filesize).toBe(thumbBytes.length)
    expect((await sharp(thumbBytes).metadata()).format).toBe('jpeg')
    // The uploader's unit is stamped by the server, not taken from the request.
    expect(typeof unit === 'object' ? unit.code : unit).toBeTruthy()
  })

  it('stores the detected type, not the one the browser claimed', async () => {
    const reply = await doors.rest('POST', 'media', {
      form: form(tinyPdf, 'notice.pdf', 'text/html'),
      token: editorToken,
    })
    expect(reply.status).toBe(201)
    expect(reply.body.doc.mimeType).toBe('application/pdf')
  })

  it('lets only editors and admins upload, and only logged-in staff read', async () => {
    const png = await plainPng(100, 100)
    expect(
      (
        await doors.rest('POST', 'media', {
          form: form(png, 'a.png', 'image/png', { alt: 'a' }),
          token: reviewerToken,
        })
      ).status,
    ).toBe(403)
    expect(
      (await doors.rest('POST', 'media', { form: form(png, 'b.png', 'image/png', { alt: 'b' }) })).status,
    ).toBe(403)
    expect((await doors.rest('GET', 'media')).status).toBe(403)
    expect((await doors.graphql('{ MediaFiles { docs { filename } } }')).body.errors?.length).toBeGreaterThan(
      0,
    )
  })

  it("refuses a change to another unit's file", async () => {
    const own = await t.payload.find({ collection: 'media', limit: 1 })
    const otherEditor = await doors.login('editor.xzfj@yangguang.example', DEMO_PASSWORD)
    const reply = await doors.rest('PATCH', `media/${own.docs[0].id}`, {
      body: { alt: '改写' },
      token: otherEditor,
    })
    expect([403, 404]).toContain(reply.status)
  })
})
