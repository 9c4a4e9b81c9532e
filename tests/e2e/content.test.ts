import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchChromium, loginAs, screenshotPath } from './helpers/browser'

const base = inject('e2eURL')

/** Picks an option of a Payload select (react-select) field by its visible Chinese label. */
async function choose(page: Page, field: string, label: string) {
  await page.locator(`#field-${field}`).click()
  await page.locator('.rs__option', { hasText: label }).first().click()
}

describe('an editor creates each kind of content in the admin UI', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchChromium()
    page = await loginAs(browser, base, 'editor.xck@yangguang.example')
  })
  afterAll(async () => browser?.close())

  it('saves a complete disclosure as a draft: publishing is the review gate’s job', async () => {
    await page.goto(`${base}/admin/collections/disclosures/create`)
    await page.locator('#field-title').fill('关于调整户籍窗口周末服务时间的通告')
    await page.locator('.tabs-field__tab-button', { hasText: '公开属性' }).click()
    await choose(page, 'openness', '服务公开')
    await choose(page, 'topic', '户政管理')
    await page.locator('.tabs-field__tab-button', { hasText: '文件信息' }).click()
    await page.locator('#field-formedOn input').fill('2026-11-20')
    await page.locator('#field-formedOn input').press('Enter')
    expect(await page.getByRole('button', { name: /^发布(修改)?$/ }).count()).toBe(0)
    await page.getByRole('button', { name: '保存草稿' }).click()
    await page.waitForURL(/\/admin\/collections\/disclosures\/\d+/, { timeout: 20_000 })
    expect(await page.locator('#yg-submit-review').isEnabled()).toBe(true)
    await page.screenshot({ fullPage: true, path: screenshotPath('10-disclosure-draft') })
  })

  for (const [slug, title] of [
    ['interpretations', '《户籍窗口周末服务时间通告》解读'],
    ['responses', '关于户籍窗口周末排队的回应'],
    ['consultations', '《户籍窗口预约办理规定（征求意见稿）》征求意见'],
  ] as const) {
    it(`saves a draft ${slug.slice(0, -1)}`, async () => {
      await page.goto(`${base}/admin/collections/${slug}/create`)
      await page.locator('#field-title').fill(title)
      await page.getByRole('button', { name: '保存草稿' }).click()
      await page.waitForURL(new RegExp(`/admin/collections/${slug}/\\d+`), { timeout: 20_000 })
      await page.goto(`${base}/admin/collections/${slug}`)
      await page.getByText(title).first().waitFor()
      await page.screenshot({ fullPage: true, path: screenshotPath(`11-${slug}-list`) })
    })
  }
})
