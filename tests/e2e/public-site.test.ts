import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchChromium, screenshotPath } from './helpers/browser'
import { restClient } from './helpers/rest'

const base = inject('e2eURL')
const TITLE = '关于严厉打击电信网络诈骗犯罪的通告'
const CHECKLIST = { legal: true, political: true, secrecy: true, wording: true }

const { api, login } = restClient(base)

describe('the public site shows what is live, from the public API', () => {
  let browser: Browser
  let page: Page
  let editor: string
  let id: number | string
  let indexNumber = ''

  beforeAll(async () => {
    browser = await launchChromium()
    page = await (await browser.newContext({ viewport: { height: 1000, width: 1280 } })).newPage()
    editor = await login('editor.xck@yangguang.example')
  })
  afterAll(async () => browser?.close())

  it('publishes an item through the review gate, as the REST doors allow', async () => {
    // An item goes live the only way there is: a draft, submitted to the website, signed at every stage.
    const created = await api('POST', 'disclosures?draft=true', editor, {
      _status: 'draft',
      body: {
        root: {
          children: [
            {
              children: [
                {
                  text: '为保护人民群众财产安全，本局将依法严厉打击电信网络诈骗犯罪，请广大市民提高警惕。',
                  type: 'text',
                  version: 1,
                },
              ],
              type: 'paragraph',
              version: 1,
            },
          ],
          type: 'root',
          version: 1,
        },
      },
      disclosureMode: 'proactive',
      docType: 'notice',
      documentNumber: '宣公通〔2026〕7号',
      formedOn: new Date().toISOString(),
      openness: 'result',
      title: TITLE,
      topic: 'criminal_investigation',
    })
    expect(created.status).toBe(201)
    id = created.body.doc.id
    const accounts = await api('GET', 'channel-accounts?where[platform][equals]=website&limit=1', editor)
    const submitted = await api('POST', `disclosures/${id}/submit`, editor, {
      channels: [accounts.body.docs[0].id],
    })
    expect(submitted.status).toBe(201)
    const ticket = submitted.body.tickets[0].id
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
      expect(signed.status).toBe(200)
    }
    await expect
      .poll(
        async () => {
          indexNumber = (await api('GET', `disclosures/${id}`, editor)).body?.indexNumber ?? ''
          return indexNumber
        },
        { interval: 1_000, timeout: 60_000 },
      )
      .toMatch(/^XCK-\d{4}-\d{5}$/)
  })

  it('shows the published item at its permalink with the metadata table', async () => {
    await page.goto(`${base}/disclosures/${id}`)
    await expect.poll(() => page.locator('#site-title').textContent()).toBe(TITLE)
    const table = page.locator('table.site-metadata')
    const cell = (label: string) =>
      table.locator('th', { hasText: label }).locator('xpath=following-sibling::td[1]')
    expect(await cell('索引号').textContent()).toBe(indexNumber)
    expect(await cell('发布机构').textContent()).toBe('宣传科')
    expect(await cell('文号').textContent()).toBe('宣公通〔2026〕7号')
    expect(await cell('主题分类').textContent()).toBe('刑事侦查')
    expect(await cell('成文日期').textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(await page.locator('.site-body').textContent()).toContain('电信网络诈骗犯罪')
    await page.screenshot({ fullPage: true, path: screenshotPath('40-site-detail') })

    // The 索引号 is an address of its own.
    await page.goto(`${base}/disclosures/${indexNumber}`)
    expect(await page.locator('#site-title').textContent()).toBe(TITLE)
  })

  it('lists it on the home page and in the catalogue', async () => {
    await page.goto(base)
    expect(await page.locator(`#disclosures-heading + ul a[href="/disclosures/${id}"]`).textContent()).toBe(
      TITLE,
    )
    const catalogue = page.locator('nav.site-catalogue')
    expect(await catalogue.textContent()).toContain('结果公开')
    await page.screenshot({ fullPage: true, path: screenshotPath('41-site-home') })
    await page.goto(`${base}/disclosures?openness=result&topic=criminal_investigation`)
    expect(await page.locator(`.site-list a[href="/disclosures/${id}"]`).count()).toBe(1)
  })

  it('finds it by a two-character word inside a sentence, highlighted', async () => {
    await page.goto(`${base}/search?q=${encodeURIComponent('诈骗')}`)
    const hit = page.locator('.site-hit', { has: page.locator(`a[href="/disclosures/${id}"]`) })
    await expect.poll(() => hit.count()).toBe(1)
    expect(await hit.locator('h3 mark').first().textContent()).toBe('诈骗')
    await page.screenshot({ fullPage: true, path: screenshotPath('42-site-search') })
  })

  it('takes the page and the search hit down when it is retracted, without a restart', async () => {
    const retracted = await api('POST', `disclosures/${id}/retract`, editor, { reason: '信息有误' })
    expect(retracted.status).toBe(200)
    const response = await page.goto(`${base}/disclosures/${id}`)
    expect(response?.status()).toBe(404)
    expect(await page.locator('h1').textContent()).toBe('页面不存在')
    await page.goto(`${base}/disclosures/${indexNumber}`)
    expect(await page.locator('h1').textContent()).toBe('页面不存在')
    await page.goto(`${base}/search?q=${encodeURIComponent('诈骗')}`)
    await page.locator('.site-count[role="status"]').waitFor()
    expect(await page.locator(`.site-hit a[href="/disclosures/${id}"]`).count()).toBe(0)
    await page.goto(base)
    expect(await page.locator(`main a[href="/disclosures/${id}"]`).count()).toBe(0)
    await page.screenshot({ fullPage: true, path: screenshotPath('43-site-retracted') })
  })
})
