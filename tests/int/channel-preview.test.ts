import { afterAll, beforeAll, expect, it } from 'vitest'

import { seed } from '../../scripts/seed/index'
import { DEMO_PASSWORD } from '../../scripts/seed/users'
import { plainPng } from '../fixtures/images'
import { policy } from './fixtures/content'
import { publish, runDeliveries } from './helpers/gate'
import { httpDoors } from './helpers/http'
import { describeOnDatabase, startPayload, type TestPayload } from './helpers/payload'
import { serverURL } from '@/lib/env'

const body = (...paragraphs: unknown[][]) => ({
  root: {
    children: paragraphs.map((children) => ({ children, type: 'paragraph', version: 1 })),
    type: 'root',
    version: 1,
  },
})
const text = (value: string) => ({ text: value, type: 'text', version: 1 })
const link = (url: string, label: string) => ({
  children: [text(label)],
  fields: { linkType: 'custom', url },
  type: 'link',
  version: 1,
})

// 75 Chinese characters: with a space and the 23-character link, far over Weibo's 140.
const LONG_TITLE = '关于进一步规范和优化全市公安机关户籍业务办理流程提升群众办事便利度的通知'
  .repeat(3)
  .slice(0, 75)

describeOnDatabase(
  'channel preview: GET /api/{collection}/{id}/preview renders the draft per channel',
  () => {
    let t: TestPayload
    let doors: Awaited<ReturnType<typeof httpDoors>>
    const tokens: Record<string, string> = {}
    let id: number | string
    let coverFile = ''

    const preview = (channel: string, who = 'editor.xzfj', item: number | string = id) =>
      doors.rest('GET', `disclosures/${item}/preview?channel=${channel}&draft=true`, { token: tokens[who] })

    beforeAll(async () => {
      t = await startPayload()
      await seed(t.payload, { demoUsers: true })
      doors = await httpDoors()
      for (const name of ['editor.xzfj', 'reviewer.xzfj', 'editor.xck', 'admin.xck'])
        tokens[name] = await doors.login(`${name}@yangguang.example`, DEMO_PASSWORD)

      const upload = new FormData()
      upload.append(
        'file',
        new Blob([new Uint8Array(await plainPng(640, 360))], { type: 'image/png' }),
        'cover.png',
      )
      upload.append('_payload', JSON.stringify({ alt: '封面' }))
      const media = await doors.rest('POST', 'media', { form: upload, token: tokens['editor.xzfj'] })
      expect(media.status, JSON.stringify(media.body)).toBe(201)
      coverFile = media.body.doc.filename

      const created = await doors.rest('POST', 'disclosures?draft=true', {
        body: {
          ...policy,
          body: body(
            [text('户籍窗口延时服务至晚上八点。<script>alert(1)</script>')],
            [
              link('https://example.org/guide', '办事指南'),
              text('，'),
              link('javascript:alert(2)', '危险链接'),
            ],
          ),
          coverImage: media.body.doc.id,
          summary: '宣州分局户籍窗口延时服务',
          title: LONG_TITLE,
        },
        token: tokens['editor.xzfj'],
      })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      id = created.body.doc.id
    })
    afterAll(async () => t?.cleanup())

    it('shows the WeChat article as draft/add would get it: sanitized HTML, unit as author, local cover', async () => {
      const reply = await preview('wechat')
      expect(reply.status, JSON.stringify(reply.body)).toBe(200)
      expect(reply.body).toMatchObject({
        author: '宣州分局',
        coverUrl: `/api/media/file/${coverFile}`,
        digest: '宣州分局户籍窗口延时服务',
        title: LONG_TITLE,
      })
      expect(reply.body.html).toContain('户籍窗口延时服务至晚上八点。&lt;script&gt;')
      expect(reply.body.html).not.toMatch(/<script|javascript:/i)
      // WeChat keeps no links outside its own articles: the words stay, the href goes.
      expect(reply.body.html).toContain('办事指南')
      expect(reply.body.html).not.toContain('href')
      const codes = reply.body.findings.map((finding: { code: string }) => finding.code)
      expect(codes).toContain('wechat_title_too_long')
    })

    it('composes the Weibo text as title, space and website link, counted as Weibo counts', async () => {
      const reply = await preview('weibo')
      expect(reply.status).toBe(200)
      const permalink = `${serverURL()}/disclosures/${id}`
      expect(reply.body.permalink).toBe(permalink)
      expect(reply.body.websiteLive).toBe(false)
      expect(reply.body.text).toBe(`${LONG_TITLE} ${permalink}`)
      expect(reply.body.limit).toBe(140)
      // 75 characters + a space (½, rounded up) + the link counted as 23.
      expect(reply.body.fullLength).toBe(99)
      expect(reply.body.shortened).toBe(false)
      expect(reply.body.length).toBe(reply.body.fullLength)
      expect(reply.body.pictureUrl).toBe(`/api/media/file/${coverFile}`)
    })

    it('shortens a title too long for Weibo and reports the count it had', async () => {
      const longer = await doors.rest('PATCH', `disclosures/${id}?draft=true`, {
        body: { title: LONG_TITLE + LONG_TITLE },
        token: tokens['editor.xzfj'],
      })
      expect(longer.status, JSON.stringify(longer.body)).toBe(200)
      const reply = await preview('weibo')
      expect(reply.body.shortened).toBe(true)
      expect(reply.body.fullLength).toBe(174)
      expect(reply.body.length).toBeLessThanOrEqual(140)
      expect(reply.body.text).toContain('…')
      await doors.rest('PATCH', `disclosures/${id}?draft=true`, {
        body: { title: LONG_TITLE },
        token: tokens['editor.xzfj'],
      })
    })

    it('renders the website page with ordinary links kept and dangerous ones dropped', async () => {
      const reply = await preview('website')
      expect(reply.status).toBe(200)
      expect(reply.body.title).toBe(LONG_TITLE)
      expect(reply.body.html).toContain('<a href="https://example.org/guide">办事指南</a>')
      expect(reply.body.html).toContain('危险链接')
      expect(reply.body.html).not.toMatch(/<script|javascript:/i)
    })

    it('shows the saved draft, not the live version, once the item is published and edited again', async () => {
      const short = await doors.rest('PATCH', `disclosures/${id}?draft=true`, {
        // Links that pre-flight would refuse (unresolvable here, javascript:) go before the item is submitted.
        body: { body: body([text('户籍窗口延时服务至晚上八点。')]), title: '户籍窗口延时服务' },
        token: tokens['editor.xzfj'],
      })
      expect(short.status).toBe(200)
      await publish(t.payload, 'disclosures', id)
      await runDeliveries(t.payload)
      const edited = await doors.rest('PATCH', `disclosures/${id}?draft=true`, {
        body: { title: '户籍窗口延时服务（修订）' },
        token: tokens['editor.xzfj'],
      })
      expect(edited.status, JSON.stringify(edited.body)).toBe(200)
      const draft = await preview('website')
      expect(draft.body.title).toBe('户籍窗口延时服务（修订）')
      expect(draft.body.websiteLive).toBe(true)
      const live = await doors.rest('GET', `disclosures/${id}/preview?channel=website&draft=false`, {
        token: tokens['editor.xzfj'],
      })
      expect(live.body.title).toBe('户籍窗口延时服务')
      // Staff of another unit read the published item, never the other unit's draft.
      const other = await preview('website', 'editor.xck')
      expect(other.status).toBe(200)
      expect(other.body.title).toBe('户籍窗口延时服务')
    })

    it("refuses anonymous callers, unknown channels and another unit's drafts", async () => {
      const anonymous = await doors.rest('GET', `disclosures/${id}/preview?channel=wechat`)
      expect(anonymous.status).toBe(401)
      expect(anonymous.body.errors[0].message).toContain('登录')

      const unknown = await preview('douyin')
      expect(unknown.status).toBe(400)
      expect(unknown.body.errors[0].message).toContain('channel')

      const other = await doors.rest('POST', 'disclosures?draft=true', {
        body: { ...policy, title: '宣州分局内部草稿' },
        token: tokens['editor.xzfj'],
      })
      expect(other.status).toBe(201)
      const refused = await preview('wechat', 'editor.xck', other.body.doc.id)
      expect(refused.status).toBe(404)
      expect(refused.body.errors[0].message).toContain('无权查看')
      // An admin reads every unit's drafts.
      expect((await preview('wechat', 'admin.xck', other.body.doc.id)).status).toBe(200)
    })
  },
)
