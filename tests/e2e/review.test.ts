import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { followLink, launchChromium, loginAs, screenshotPath } from './helpers/browser'

const base = inject('e2eURL')
const TITLE = '关于宣州分局户籍窗口延时服务的通告'

async function choose(page: Page, field: string, label: string) {
  await page.locator(`#field-${field}`).click()
  await page.locator('.rs__option', { hasText: label }).first().click()
}

describe('the review gate in the admin UI: an editor submits, three reviewers sign, the website publishes', () => {
  let browser: Browser
  let itemURL = ''

  const sessionOf = (email: string): Promise<Page> => loginAs(browser, base, email)

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => browser?.close())

  it('lets the editor save a draft and submit it, with no 发布 button anywhere', async () => {
    const page = await sessionOf('editor.xzfj@yangguang.example')
    await page.goto(`${base}/admin/collections/disclosures/create`)
    await page.locator('#field-title').fill(TITLE)
    await page.locator('.rich-text-lexical [contenteditable="true"]').first().click()
    await page.keyboard.type('自下周一起，宣州分局户籍窗口工作日延时服务至晚上八点。')
    await page.locator('.tabs-field__tab-button', { hasText: '公开属性' }).click()
    await choose(page, 'openness', '服务公开')
    await choose(page, 'topic', '户政管理')
    await page.locator('.tabs-field__tab-button', { hasText: '文件信息' }).click()
    await page.locator('#field-formedOn input').fill('2026-11-20')
    await page.locator('#field-formedOn input').press('Enter')
    expect(await page.getByRole('button', { name: /^发布(修改)?$/ }).count()).toBe(0)
    await page.getByRole('button', { name: '保存草稿' }).click()
    await page.waitForURL(/\/admin\/collections\/disclosures\/\d+/, { timeout: 20_000 })
    itemURL = page.url()

    await page.locator('#yg-submit-review').click()
    await page.getByLabel('宣城市公安局门户网站（门户网站）').check()
    await page.screenshot({ fullPage: true, path: screenshotPath('20-submit-for-review') })
    await page.locator('#yg-submit-confirm').click()
    await expect
      .poll(() => page.locator('.yg-submit__ok').textContent(), { timeout: 20_000 })
      .toContain('已提交 1 个渠道')
    await page.reload()
    await expect
      .poll(() => page.locator('#yg-review-history').textContent(), { timeout: 20_000 })
      .toContain('待初审')
    await page.screenshot({ fullPage: true, path: screenshotPath('21-submitted-history') })
  })

  for (const [step, email, expected] of [
    ['初审', 'reviewer.xzfj@yangguang.example', '已签署'],
    ['复审', 'reviewer.xck@yangguang.example', '已签署'],
    ['终审', 'lead.xck@yangguang.example', '审核通过'],
  ] as const) {
    it(`lets ${email} sign ${step} from the 待我审核 queue`, async () => {
      const page = await sessionOf(email)
      await page.locator('#yg-queue-banner').click()
      await page.waitForURL(/\/admin\/review-queue/)
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
      await page.screenshot({ fullPage: true, path: screenshotPath(`22-${step}-desk`) })
      await panel.locator('#yg-approve').click()
      await expect
        .poll(() => panel.locator('[role="status"]').textContent(), { timeout: 20_000 })
        .toContain(expected)
    })
  }

  it('shows the editor the three signatures, the delivery and the 索引号', async () => {
    const page = await sessionOf('editor.xzfj@yangguang.example')
    await expect
      .poll(
        async () => {
          await page.goto(itemURL)
          return page.locator('#field-indexNumber').inputValue()
        },
        { interval: 2_000, timeout: 60_000 },
      )
      .toMatch(/^XZFJ-\d{4}-\d{5}$/)
    const history = page.locator('#yg-review-history')
    await expect.poll(() => history.textContent(), { timeout: 20_000 }).toContain('已送达')
    const text = await history.textContent()
    for (const name of ['周强', '陈立', '张华']) expect(text).toContain(name)
    await page.screenshot({ fullPage: true, path: screenshotPath('23-published-history') })
  })
})
