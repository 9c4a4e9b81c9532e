import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { plainPng } from '../fixtures/images'
import { followLink, launchChromium, loginAs, screenshotPath } from './helpers/browser'

const base = inject('e2eURL')
const sandbox = inject('sandboxURL')
// At most 32 characters: WeChat's limit for a title.
const TITLE = '宣州分局出入境窗口周六预约办证服务的通告'
const ACCOUNTS = [
  '宣城市公安局门户网站（门户网站）',
  '宣城公安（微信公众号）（微信公众号）',
  '宣城公安（政务微博）（政务微博）',
]

async function choose(page: Page, field: string, label: string) {
  await page.locator(`#field-${field}`).click()
  await page.locator('.rs__option', { hasText: label }).first().click()
}

/** A JSON call from inside the page: same origin, the page's own session cookie. */
async function api<T = Record<string, unknown>>(
  page: Page,
  url: string,
  init?: { body?: unknown; method?: string },
) {
  return page.evaluate(
    async ({ body, method, url }) => {
      const response = await fetch(url, {
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'include',
        headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
        method: method ?? 'GET',
      })
      return { body: (await response.json()) as unknown, status: response.status }
    },
    { body: init?.body, method: init?.method, url },
  ) as Promise<{ body: T; status: number }>
}

type Delivery = { platform: string; state: string; url?: string; lastError?: string }

describe('delivery: an approved item goes out to the website, WeChat and Weibo, and each page shows it', () => {
  let browser: Browser
  let itemId = ''

  const sessionOf = (email: string, width = 1400): Promise<Page> => loginAs(browser, base, email, width)

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => browser?.close())

  it('lets the editor write an item with a cover, preview it on each channel and submit it to all three', async () => {
    const page = await sessionOf('editor.xzfj@yangguang.example', 1500)
    // The cover goes into the media library first, as an editor uploads it from the sidebar.
    const png = (await plainPng(900, 500)).toString('base64')
    const cover = await page.evaluate(async (data) => {
      const form = new FormData()
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0))
      form.append('file', new Blob([bytes], { type: 'image/png' }), 'window-cover.png')
      form.append('_payload', JSON.stringify({ alt: '出入境窗口' }))
      const response = await fetch('/api/media', { body: form, credentials: 'include', method: 'POST' })
      return { body: (await response.json()) as { doc?: { id: number } }, status: response.status }
    }, png)
    expect(cover.status, JSON.stringify(cover.body)).toBe(201)

    await page.goto(`${base}/admin/collections/disclosures/create`)
    await page.locator('#field-title').fill(TITLE)
    await page.locator('.rich-text-lexical [contenteditable="true"]').first().click()
    await page.keyboard.type('自本周六起，宣州分局出入境窗口开放预约办证服务，时间为上午九点至下午五点。')
    await page.locator('#field-summary').fill('出入境窗口周六开放预约办证')
    await page.locator('.tabs-field__tab-button', { hasText: '公开属性' }).click()
    await choose(page, 'openness', '服务公开')
    await choose(page, 'topic', '出入境管理')
    await page.locator('.tabs-field__tab-button', { hasText: '文件信息' }).click()
    await page.locator('#field-formedOn input').fill('2026-11-20')
    await page.locator('#field-formedOn input').press('Enter')
    await page.getByRole('button', { name: '保存草稿' }).click()
    await page.waitForURL(/\/admin\/collections\/disclosures\/\d+/, { timeout: 20_000 })
    itemId = /\/disclosures\/(\d+)/.exec(page.url())![1]!
    const attached = await api(page, `/api/disclosures/${itemId}?draft=true`, {
      body: { coverImage: cover.body.doc!.id },
      method: 'PATCH',
    })
    expect(attached.status, JSON.stringify(attached.body)).toBe(200)
    await page.reload()

    // 渠道预览: the WeChat article at phone width, the Weibo text with its count, the website page.
    const preview = page.locator('#yg-preview')
    // Clicked again until the page has hydrated and the panel opens.
    await expect
      .poll(
        async () => {
          await page
            .locator('#yg-channel-preview')
            .click({ timeout: 2_000 })
            .catch(() => {})
          return preview.count()
        },
        { timeout: 30_000 },
      )
      .toBe(1)
    await expect
      .poll(() => preview.locator('#yg-weibo-count').textContent(), { timeout: 30_000 })
      .toMatch(/^\d+ \/ 140 字/)
    const count = Number(/^(\d+)/.exec((await preview.locator('#yg-weibo-count').textContent())!)![1])
    expect(count).toBeGreaterThan(23)
    expect(count).toBeLessThanOrEqual(140)
    expect(await preview.locator('.yg-weibo__text').textContent()).toBe(
      `${TITLE} ${base}/disclosures/${itemId}`,
    )
    expect(await preview.locator('.yg-phone__title').textContent()).toBe(TITLE)
    expect((await preview.locator('.yg-phone__article').boundingBox())?.width).toBe(375)
    expect(await preview.locator('.yg-phone__body').textContent()).toContain('出入境窗口开放预约办证服务')
    await expect
      .poll(() => preview.locator('.yg-phone__cover').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0)
    expect(await preview.locator('#yg-preview-website h1').textContent()).toBe(TITLE)
    await page.screenshot({ path: screenshotPath('30-channel-preview') })
    await page.locator('#yg-preview-close').click()

    await page.locator('#yg-submit-review').click()
    for (const account of ACCOUNTS) await page.getByLabel(account).check()
    await page.locator('#yg-submit-confirm').click()
    await expect
      .poll(() => page.locator('.yg-submit__ok').textContent(), { timeout: 30_000 })
      .toContain('已提交 3 个渠道')
  })

  for (const [step, email] of [
    ['初审', 'reviewer.xzfj@yangguang.example'],
    ['复审', 'reviewer.xck@yangguang.example'],
    ['终审', 'lead.xck@yangguang.example'],
  ] as const) {
    it(`lets ${email} sign ${step} on all three tickets`, { timeout: 180_000 }, async () => {
      const page = await sessionOf(email)
      for (let signed = 0; signed < 3; signed++) {
        await page.goto(`${base}/admin/review-queue`)
        await followLink(
          page,
          page.locator('#yg-review-queue a', { hasText: TITLE }).first(),
          /\/admin\/collections\/reviews\/\d+/,
        )
        const panel = page.locator('#yg-decision-panel')
        await expect.poll(() => panel.locator('legend').textContent(), { timeout: 20_000 }).toBe(step)
        for (const check of ['political', 'legal', 'secrecy', 'wording'])
          await panel.locator(`input[name="check-${check}"]`).check()
        await panel.locator('textarea[name="review-comment"]').fill(`${step}同意`)
        await panel.locator('#yg-approve').click()
        await expect
          .poll(() => panel.locator('[role="status"]').textContent(), { timeout: 20_000 })
          .toContain(step === '终审' ? '审核通过' : '已签署')
      }
      await page.goto(`${base}/admin/review-queue`)
      expect(await page.locator('#yg-review-queue a', { hasText: TITLE }).count()).toBe(0)
    })
  }

  it(
    'watches the three deliveries become delivered and opens each published page',
    { timeout: 240_000 },
    async () => {
      // The e2e server runs no job cron (JOBS_AUTORUN=false): the admin plays its part, as the
      // every-minute run would, through the job queue's admin-only REST door.
      const admin = await sessionOf('admin.xck@yangguang.example')
      const editor = await sessionOf('editor.xzfj@yangguang.example')
      const itemPage = `${base}/admin/collections/disclosures/${itemId}`
      const deliveries = async () =>
        (
          await api<{ docs: Delivery[] }>(
            admin,
            `/api/deliveries?depth=0&limit=10&where[itemKey][equals]=disclosures:${itemId}`,
          )
        ).body.docs
      await expect
        .poll(
          async () => {
            const run = await api(admin, '/api/payload-jobs/run?queue=deliveries&limit=10')
            expect(run.status).toBe(200)
            const rows = await deliveries()
            return rows
              .map((row) => `${row.platform}:${row.state}${row.lastError ? `（${row.lastError}）` : ''}`)
              .sort()
          },
          { interval: 1_000, timeout: 180_000 },
        )
        .toEqual(['website:delivered', 'wechat:delivered', 'weibo:delivered'])

      // What the editor sees beside the form: three channels, each 已送达 with a link.
      await editor.goto(itemPage)
      const history = editor.locator('#yg-review-history')
      await expect.poll(() => history.locator('.yg-delivery--delivered').count(), { timeout: 20_000 }).toBe(3)
      await editor.screenshot({ fullPage: true, path: screenshotPath('31-delivered-history') })

      const rows = await deliveries()
      const url = (platform: string) => rows.find((row) => row.platform === platform)!.url!
      expect(url('website')).toBe(`${base}/disclosures/${itemId}`)
      expect(url('wechat').startsWith(`${sandbox}/s/`)).toBe(true)
      expect(url('weibo').startsWith(`${sandbox}/weibo/`)).toBe(true)
      for (const platform of ['website', 'wechat', 'weibo']) {
        const page = await browser.newPage()
        const response = await page.goto(url(platform))
        expect(response?.status(), platform).toBe(200)
        expect(await page.locator('body').textContent(), platform).toContain(TITLE)
        await page.screenshot({ fullPage: true, path: screenshotPath(`32-published-${platform}`) })
        await page.close()
      }

      // The deliveries list: the quick filter for failures does not list these three; 已送达 does.
      await admin.goto(`${base}/admin/collections/deliveries`)
      await admin.locator('#yg-delivery-filters').waitFor()
      await admin.screenshot({ fullPage: true, path: screenshotPath('33-deliveries-list') })
      await admin.locator('#yg-delivery-filters a[data-filter="failed"]').click()
      await admin.waitForURL(/failed/)
      expect(
        await admin.locator('#yg-delivery-filters a[data-filter="failed"]').getAttribute('aria-current'),
      ).toBe('true')
      await admin.locator('.table, .no-results').first().waitFor()
      expect(await admin.locator('.table tbody tr', { hasText: TITLE }).count()).toBe(0)
      await admin.locator('#yg-delivery-filters a[data-filter="delivered"]').click()
      await admin.waitForURL(/delivered/)
      await expect
        .poll(() => admin.locator('.table tbody tr', { hasText: TITLE }).count(), { timeout: 20_000 })
        .toBe(3)
      expect(
        await admin
          .locator('.table tbody tr', { hasText: TITLE })
          .locator('.yg-delivery-state--delivered')
          .count(),
      ).toBe(3)

      // A delivery's page: the state in words and the address as a link.
      await admin
        .locator('.table tbody tr', { hasText: '宣城公安（政务微博）' })
        .filter({ hasText: TITLE })
        .locator('a')
        .first()
        .click()
      await admin.waitForURL(/\/admin\/collections\/deliveries\/\d+/)
      expect(await admin.locator('#yg-delivery-url a').getAttribute('href')).toBe(url('weibo'))
      await admin.screenshot({ fullPage: true, path: screenshotPath('34-delivery-detail') })
    },
  )
})
