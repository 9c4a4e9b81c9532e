import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser, type Locator, type Page } from 'playwright-core'

import { DEMO_PASSWORD } from '../../../scripts/seed/users'

/**
 * Debian's Chromium, headless, with the flags this network-less machine needs. Playwright gives every
 * launch a fresh, empty profile of its own.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
  })
}

/** Screenshots land in tmp/screenshots so a person can look at what the tests saw. */
export function screenshotPath(name: string): string {
  const dir = path.resolve('tmp/screenshots')
  fs.mkdirSync(dir, { recursive: true })
  return path.join(dir, `${name}.png`)
}

/** A fresh browser context logged in to the admin as one of the demo users, on the admin home. */
export async function loginAs(browser: Browser, base: string, email: string, width = 1400): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { height: 1000, width } })).newPage()
  await page.goto(`${base}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: '登录' }).click()
  await page.waitForURL((url) => url.pathname === '/admin')
  return page
}

/**
 * Clicks a plain link and waits for the page it leads to. A click that lands while the admin is still
 * hydrating can be swallowed by a client-side re-render on a loaded machine, so it is clicked again
 * (at most three times) rather than waiting out one lost click.
 */
export async function followLink(page: Page, link: Locator, target: RegExp): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await link.click()
    try {
      await page.waitForURL(target, { timeout: 15_000 })
      return
    } catch (error) {
      const stuckOn = page.url()
      if (attempt === 3 || target.test(stuckOn)) {
        // What the browser showed is the first thing to look at when this fails on CI.
        await page.screenshot({ fullPage: true, path: screenshotPath('followLink-failure') }).catch(() => {})
        throw new Error(
          `no page matching ${target} after ${attempt} click(s); the browser is on ${stuckOn}`,
          {
            cause: error,
          },
        )
      }
      console.warn(`followLink: still on ${stuckOn} after click ${attempt}, clicking again`)
    }
  }
}
