import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../scripts/seed/users'
import { launchChromium, loginAs, screenshotPath } from './helpers/browser'

const base = inject('e2eURL')
// A seeded response of 宣传科; its title carries the "typo" the admin lists below.
const ITEM_TITLE = '关于居住证办理不便问题的回复'
const TYPO = '办理不便'

describe('the dashboard (工作台) as the admin home', () => {
  let browser: Browser

  async function sessionOf(email: string): Promise<Page> {
    const page = await loginAs(browser, base, email)
    await page.locator('#yg-dashboard-title').waitFor()
    return page
  }

  beforeAll(async () => {
    browser = await launchChromium()
    // The admins' typo list is the only setup: everything else is the seeded bureau.
    const login = await fetch(`${base}/api/users/login`, {
      body: JSON.stringify({ email: 'admin.xck@yangguang.example', password: DEMO_PASSWORD }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const { token } = (await login.json()) as { token: string }
    const lexicon = await fetch(`${base}/api/globals/preflight-lexicon`, {
      body: JSON.stringify({ typos: `${TYPO}=办理不方便` }),
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(lexicon.status).toBe(200)
  })
  afterAll(async () => browser?.close())

  it('lets an admin run the self-check and shows the whole bureau’s findings by severity', async () => {
    const page = await sessionOf('admin.xck@yangguang.example')
    await page.getByText('全局视图').waitFor()
    await page.locator('#yg-run-self-check').click()
    await page.getByText(/完成：新发现 \d+ 个/).waitFor({ timeout: 60_000 })
    await page.locator('.yg-dash-finding', { hasText: TYPO }).waitFor()
    // Bureau-wide findings (blank columns) are the admins' to handle.
    await page.locator('#yg-dash-blank-columns', { hasText: /空白栏目 \d+ 个/ }).waitFor()
    expect(await page.locator('#yg-chart-publications svg').count()).toBe(1)
    await page.screenshot({ fullPage: true, path: screenshotPath('40-dashboard-admin') })
  })

  it('shows a reviewer their unit’s queue and findings, and follows a finding to its item', async () => {
    const page = await sessionOf('reviewer.xck@yangguang.example')
    await page.getByText('本单位的待办与自查问题').waitFor()
    await page.locator('#yg-dash-queue').waitFor()
    await page.locator('.yg-dash-finding', { hasText: TYPO }).waitFor()
    expect(await page.locator('#yg-dash-blank-columns').count()).toBe(0)
    await page.screenshot({ fullPage: true, path: screenshotPath('41-dashboard-reviewer') })
    await page.locator('.yg-dash-finding', { hasText: TYPO }).locator('.yg-dash-finding__target').click()
    await page.waitForURL(/\/admin\/collections\/responses\/\d+/)
    await expect.poll(() => page.locator('#field-title').inputValue()).toBe(ITEM_TITLE)
    await page.screenshot({ path: screenshotPath('42-finding-item') })
  })

  it('keeps another unit’s findings from its reviewer', async () => {
    const page = await sessionOf('reviewer.xzfj@yangguang.example')
    await page.locator('#yg-dash-findings').waitFor()
    expect(await page.locator('.yg-dash-finding', { hasText: TYPO }).count()).toBe(0)
  })
})
