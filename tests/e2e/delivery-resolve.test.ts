/**
 * 人工确认 in the browser: a WeChat publish job refused by the platform leaves the delivery 失败; the
 * account's owning unit's reviewer reads why on the delivery's page, checks, and sends it again.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { plainPng } from '../fixtures/images'
import { launchChromium, loginAs, screenshotPath } from './helpers/browser'
import { restClient } from './helpers/rest'

const base = inject('e2eURL')
const sandbox = inject('sandboxURL')
const TITLE = '关于冬季道路交通安全的提示'
const CHECKLIST = { legal: true, political: true, secrecy: true, wording: true }

const { api, login } = restClient(base)

const paragraph = (text: string) => ({
  root: {
    children: [{ children: [{ text, type: 'text', version: 1 }], type: 'paragraph', version: 1 }],
    type: 'root',
    version: 1,
  },
})

describe('人工确认: the owning unit sends a refused WeChat article again from the delivery page', () => {
  let browser: Browser
  let admin: string
  let deliveryId: number | string

  const delivery = async () => (await api('GET', `deliveries/${deliveryId}?depth=0`, admin)).body
  /** The every-minute job run, played by the admin through the job queue's REST door. */
  const runJobs = () => api('GET', 'payload-jobs/run?queue=deliveries&limit=10', admin)
  const runJobsUntil = (state: string) =>
    expect
      .poll(
        async () => {
          await runJobs()
          return (await delivery()).state
        },
        { interval: 1_000, timeout: 60_000 },
      )
      .toBe(state)

  beforeAll(async () => {
    browser = await launchChromium()
    admin = await login('admin.xck@yangguang.example')
  })
  afterAll(async () => browser?.close())

  it('ends in 失败 when WeChat refuses the published article', async () => {
    const editor = await login('editor.xck@yangguang.example')
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(await plainPng(900, 500))], { type: 'image/png' }),
      'road.png',
    )
    form.append('_payload', JSON.stringify({ alt: '冬季道路' }))
    const cover = await api('POST', 'media', editor, form)
    expect(cover.status, JSON.stringify(cover.body)).toBe(201)
    const created = await api('POST', 'disclosures?draft=true', editor, {
      body: paragraph('入冬以来道路结冰路段增多，请广大驾驶人减速慢行、保持车距。'),
      coverImage: cover.body.doc.id,
      disclosureMode: 'proactive',
      docType: 'notice',
      formedOn: new Date().toISOString(),
      openness: 'service',
      title: TITLE,
      topic: 'public_order',
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const accounts = await api(
      'GET',
      `channel-accounts?where[name][equals]=${encodeURIComponent('宣城公安（微信公众号）')}&limit=1`,
      editor,
    )
    const submitted = await api('POST', `disclosures/${created.body.doc.id}/submit`, editor, {
      channels: [accounts.body.docs[0].id],
    })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201)
    const ticket = submitted.body.tickets[0].id
    // The platform's review refuses the article once (publish_status 4).
    const fault = await fetch(`${sandbox}/__sandbox/faults`, {
      body: JSON.stringify({ fault: 'publish_status', path: '/cgi-bin/freepublish/submit', status: 4 }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(fault.status).toBe(200)
    for (const email of [
      'reviewer.xck@yangguang.example',
      'lead.xck@yangguang.example',
      'chief.xck@yangguang.example',
    ]) {
      const signed = await api('POST', `reviews/${ticket}/decision`, await login(email), {
        checklist: CHECKLIST,
        comment: '同意',
        decision: 'approve',
      })
      expect(signed.status, JSON.stringify(signed.body)).toBe(200)
    }
    const rows = await api('GET', `deliveries?depth=0&where[ticket][equals]=${ticket}`, admin)
    deliveryId = rows.body.docs[0].id
    await runJobsUntil('failed')
    expect((await delivery()).lastError).toContain('审核未通过')
  })

  it('shows the writing unit’s editor the failure but no 人工确认', async () => {
    const page = await loginAs(browser, base, 'editor.xck@yangguang.example')
    await page.goto(`${base}/admin/collections/deliveries/${deliveryId}`)
    await expect.poll(() => page.locator('#yg-delivery-summary').count(), { timeout: 20_000 }).toBe(1)
    expect(await page.locator('.yg-delivery-summary__error').textContent()).toContain('审核未通过')
    expect(await page.locator('#yg-resolve-delivery').count()).toBe(0)
  })

  it('lets the owning unit’s reviewer send it again, with a note that is required', async () => {
    const page: Page = await loginAs(browser, base, 'reviewer.xck@yangguang.example')
    await page.goto(`${base}/admin/collections/deliveries/${deliveryId}`)
    const panel = page.locator('#yg-resolve-delivery')
    await panel.waitFor({ timeout: 20_000 })
    // A failure offers only 重新投递: registering a link is for outcomes nobody could confirm.
    expect(await panel.locator('#yg-resolve-published').count()).toBe(0)
    await panel.locator('#yg-resolve-redeliver').click()
    await expect.poll(() => panel.locator('[role="status"]').textContent()).toContain('请写明核对情况')
    await panel.locator('textarea[name="resolve-note"]').fill('已修改配图说明，公众平台确认未发表，重新投递')
    await page.screenshot({ fullPage: true, path: screenshotPath('35-delivery-resolve') })
    await panel.locator('#yg-resolve-redeliver').click()
    await expect
      .poll(() => page.locator('.yg-delivery-state').textContent(), { timeout: 20_000 })
      .toMatch(/排队中|发送中|平台处理中|已送达/)

    await runJobsUntil('delivered')
    await page.reload()
    await expect
      .poll(() => page.locator('.yg-delivery-state').textContent(), { timeout: 20_000 })
      .toBe('已送达')
    expect(await page.locator('#yg-resolve-delivery').count()).toBe(0)
    const audit = await api(
      'GET',
      `audit-events?where[summary][contains]=${encodeURIComponent('公众平台确认未发表')}`,
      admin,
    )
    expect(audit.body.docs).toHaveLength(1)
    expect(audit.body.docs[0].summary).toContain('failed → queued')
  })
})
