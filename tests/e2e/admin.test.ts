import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../scripts/seed/users'
import { pngDeclaring } from '../fixtures/images'
import { launchChromium, screenshotPath } from './helpers/browser'

const base = inject('e2eURL')

describe('the admin UI in a real browser, against a production build', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchChromium()
    // An English-speaking browser: the admin must still open in Chinese.
    const context = await browser.newContext({ locale: 'en-US', viewport: { height: 900, width: 1400 } })
    page = await context.newPage()
  })
  afterAll(async () => browser?.close())

  it('opens on a Chinese login page', async () => {
    await page.goto(`${base}/admin`)
    await page.waitForURL(/\/admin\/login/)
    expect(await page.locator('html').getAttribute('lang')).toBe('zh')
    await page.getByRole('button', { name: '登录' }).waitFor()
    await page.screenshot({ path: screenshotPath('01-login') })
  })

  it('logs in with a printed demo login and shows the collections in Chinese', async () => {
    await page.locator('input[name="email"]').fill('admin.xck@yangguang.example')
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: '登录' }).click()
    await page.waitForURL((url) => url.pathname === '/admin')
    for (const label of ['责任单位', '用户', '媒体文件']) {
      await page.getByText(label, { exact: true }).first().waitFor()
    }
    await page.screenshot({ path: screenshotPath('02-dashboard') })
  })

  for (const [slug, heading, expected] of [
    ['units', '责任单位', '宣城市公安局'],
    ['users', '用户', 'editor.xck@yangguang.example'],
    ['media', '媒体文件', ''],
  ] as const) {
    it(`opens the ${slug} collection`, async () => {
      await page.goto(`${base}/admin/collections/${slug}`)
      await page.getByRole('heading', { name: heading }).first().waitFor()
      if (expected) await page.getByText(expected).first().waitFor()
      await page.screenshot({ fullPage: true, path: screenshotPath(`03-${slug}`) })
    })
  }

  it('opens a user record with its Chinese field labels', async () => {
    await page.goto(`${base}/admin/collections/users`)
    await page.getByText('王晓明').first().click()
    await page.getByText('所属单位').first().waitFor()
    await page.getByText('角色').first().waitFor()
    await page.screenshot({ path: screenshotPath('04-user') })
  })
})

describe('the production server over real HTTP', () => {
  const login = async (email: string) => {
    const response = await fetch(`${base}/api/users/login`, {
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    return ((await response.json()) as { token: string }).token
  }

  it('refuses anonymous reads of users through REST and GraphQL', async () => {
    expect([401, 403]).toContain((await fetch(`${base}/api/users`)).status)
    const gql = await fetch(`${base}/api/graphql`, {
      body: JSON.stringify({ query: '{ Users { docs { email } } }' }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const body = (await gql.json()) as { data?: { Users: unknown }; errors?: unknown[] }
    expect(body.data?.Users ?? null).toBeNull()
    expect(body.errors?.length).toBeGreaterThan(0)
  })

  it('turns off GraphQL introspection and the playground in production', async () => {
    const introspection = await fetch(`${base}/api/graphql`, {
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(JSON.stringify(await introspection.json())).toMatch(/introspection/i)
    expect((await fetch(`${base}/api/graphql-playground`)).status).toBe(404)
  })

  it('refuses a 30 000 × 30 000 PNG upload with a Chinese message that says why', async () => {
    const token = await login('editor.xck@yangguang.example')
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(pngDeclaring(30_000, 30_000))], { type: 'image/png' }),
      'huge.png',
    )
    form.append('_payload', JSON.stringify({ alt: '超大图片' }))
    const response = await fetch(`${base}/api/media`, {
      body: form,
      headers: { Authorization: `JWT ${token}` },
      method: 'POST',
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { message: string }[] }
    expect(body.errors[0].message).toContain('图片尺寸 30000×30000 超过上限')
  })

  it('ignores a session cookie sent from another origin (CSRF)', async () => {
    const token = await login('admin.xck@yangguang.example')
    const me = (origin: string) =>
      fetch(`${base}/api/users/me`, { headers: { Cookie: `yangguang-token=${token}`, Origin: origin } })
    const sameOrigin = (await (await me(base)).json()) as { user: unknown }
    expect(sameOrigin.user).toBeTruthy()
    const foreign = (await (await me('https://attacker.example')).json()) as { user: unknown }
    expect(foreign.user).toBeNull()
  })

  it('sends the security headers', async () => {
    const response = await fetch(`${base}/admin/login`)
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-powered-by')).toBeNull()
  })
})
