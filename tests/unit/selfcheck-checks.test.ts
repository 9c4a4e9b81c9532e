import { describe, expect, it } from 'vitest'

import { CATALOGUE_NODES } from '@/selfcheck/catalogue'
import {
  channelFindings,
  columnFindings,
  consultationFindings,
  requestFindings,
  responseFindings,
  typoFindings,
  type PublishedItem,
} from '@/selfcheck/checks'
import { DEFAULT_SETTINGS, normalizeSettings } from '@/selfcheck/settings'

const now = new Date('2026-06-15T04:00:00.000Z')
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()

const item = (nodes: string[], publishedAt: string, id = 1): PublishedItem => ({
  collection: 'disclosures',
  id,
  nodes,
  publishedAt,
  title: `稿件${id}`,
  unit: 7,
})

describe('columns', () => {
  it('reports every monitored node with nothing published as blank, bureau-wide', () => {
    const findings = columnFindings([], DEFAULT_SETTINGS, now)
    expect(findings).toHaveLength(CATALOGUE_NODES.length)
    expect(findings.every((f) => f.kind === 'blank_column' && f.unit === null && f.severity === 'high')).toBe(
      true,
    )
    const ignored = columnFindings([], { ...DEFAULT_SETTINGS, ignoredColumns: ['docType__news'] }, now)
    expect(ignored.map((f) => f.target)).not.toContain('docType__news')
  })

  it('gives news-like columns two weeks and others six months, judged by the newest item', () => {
    const items = [
      item(['docType__news'], daysAgo(15), 1),
      item(['docType__notice'], daysAgo(14), 2),
      item(['topic__traffic'], daysAgo(183), 3),
      item(['topic__household'], daysAgo(184), 4),
      item(['topic__household'], daysAgo(400), 5),
    ]
    const stale = columnFindings(items, DEFAULT_SETTINGS, now).filter((f) => f.kind === 'stale_column')
    expect(stale.map((f) => f.target).sort()).toEqual(['docType__news', 'topic__household'])
    const news = stale.find((f) => f.target === 'docType__news')!
    expect(news).toMatchObject({ fingerprint: 'stale_column:docType__news', severity: 'medium', unit: 7 })
    expect(news.message).toContain('已 15 天未更新')
    expect(news.message).toContain('《稿件1》')
  })

  it('follows the thresholds an admin set', () => {
    const items = [item(['docType__news'], daysAgo(5))]
    const settings = { ...DEFAULT_SETTINGS, newsMaxAgeDays: 3 }
    expect(columnFindings(items, settings, now).some((f) => f.target === 'docType__news')).toBe(true)
    expect(columnFindings(items, DEFAULT_SETTINGS, now).some((f) => f.target === 'docType__news')).toBe(false)
  })
})

describe('typos', () => {
  it('reports the listed typos per item and field, with a fingerprint that survives the count', () => {
    const texts = (body: string) => [
      { collection: 'disclosures', id: 3, texts: [{ field: 'body', text: body }], title: '通知', unit: 2 },
    ]
    const typos = [{ right: '安装', wrong: '按装' }]
    const one = typoFindings(texts('请按装软件'), typos)
    const two = typoFindings(texts('请按装软件，再按装一次'), typos)
    expect(one).toHaveLength(1)
    expect(one[0]).toMatchObject({ kind: 'typo', link: '/admin/collections/disclosures/3', unit: 2 })
    expect(one[0].message).toContain('“按装”，应为“安装”')
    expect(two[0].fingerprint).toBe(one[0].fingerprint)
    expect(typoFindings(texts('请安装软件'), typos)).toEqual([])
  })
})

describe('deadlines', () => {
  it('reports responses past their deadline without a response', () => {
    const rows = [
      { dueAt: daysAgo(1), id: 1, title: '甲', unit: 1 },
      { dueAt: daysAgo(1), id: 2, respondedAt: daysAgo(2), title: '乙', unit: 1 },
      { dueAt: daysAgo(-1), id: 3, title: '丙', unit: 1 },
    ]
    expect(responseFindings(rows, now).map((f) => f.target)).toEqual(['responses:1'])
  })

  it('gives a closed consultation the feedback period to publish its adoption', () => {
    const rows = [
      { closesAt: daysAgo(31), id: 1, title: '甲', unit: 1 },
      { closesAt: daysAgo(29), id: 2, title: '乙', unit: 1 },
      { closesAt: daysAgo(60), id: 3, resultPublishedAt: daysAgo(40), title: '丙', unit: 1 },
    ]
    expect(consultationFindings(rows, DEFAULT_SETTINGS, now).map((f) => f.target)).toEqual([
      'consultations:1',
    ])
  })

  it('warns of requests due within the warning working days and flags overdue ones', () => {
    // Five working days from Monday 15 June reach past the 22nd, holiday or not; 30 July is far off.
    const rows = [
      { deadline: daysAgo(1), id: 1, subject: '过期', unit: 1 },
      { deadline: '2026-06-22T15:59:59.999Z', id: 2, subject: '临近', unit: 1 },
      { deadline: '2026-07-30T15:59:59.999Z', id: 3, subject: '尚早', unit: 1 },
      { deadline: daysAgo(1), id: 4, repliedOn: daysAgo(3), subject: '已答复', unit: 1 },
    ]
    const found = requestFindings(rows, DEFAULT_SETTINGS, now)
    expect(found.map((f) => [f.kind, f.target])).toEqual([
      ['request_overdue', 'disclosure-requests:1'],
      ['request_due_soon', 'disclosure-requests:2'],
    ])
  })
})

describe('channel accounts', () => {
  it('reports live accounts without a delivery for the silence period, never closed ones', () => {
    const base = { createdAt: daysAgo(400), name: '公众号', owningUnit: 4 }
    const rows = [
      { ...base, filingStatus: 'opened', id: 1, lastDeliveredAt: daysAgo(15) },
      { ...base, filingStatus: 'opened', id: 2, lastDeliveredAt: daysAgo(13) },
      { ...base, filingStatus: 'suspended', id: 3, lastDeliveredAt: null },
      { ...base, filingStatus: 'changed', id: 4, lastDeliveredAt: null },
      { ...base, createdAt: daysAgo(2), filingStatus: 'opened', id: 5, lastDeliveredAt: null },
    ]
    const found = channelFindings(rows, DEFAULT_SETTINGS, now)
    expect(found.map((f) => f.target)).toEqual(['channel-accounts:1', 'channel-accounts:4'])
    expect(found[1].message).toContain('从未成功送达')
    expect(found[0].unit).toBe(4)
  })
})

describe('settings', () => {
  it('fills what an admin left empty with the inspection defaults', () => {
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS)
    expect(normalizeSettings({ newsMaxAgeDays: 7, otherMaxAgeDays: -1 })).toMatchObject({
      newsMaxAgeDays: 7,
      otherMaxAgeDays: 183,
    })
  })
})
