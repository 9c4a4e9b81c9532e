/**
 * The annual report's figures for a small year (2025), each expected number counted by hand from the
 * records below, not by the code under test.
 */
import { describe, expect, it } from 'vitest'

import {
  type AnnualReportData,
  computeAnnualReport,
  type MatrixRow,
  type RequestRecord,
} from '@/report/computeAnnualReport'

const requests: RequestRecord[] = [
  // Received late 2024, answered in 2025: carried over, then counted among 2025's results.
  {
    applicantType: 'natural_person',
    id: 1,
    outcome: 'disclosed',
    receivedOn: '2024-12-20',
    repliedOn: '2025-01-10',
  },
  // Received late 2024, still open: carried over and carried forward.
  { applicantType: 'commercial', id: 2, receivedOn: '2024-12-28' },
  {
    applicantType: 'natural_person',
    id: 3,
    outcome: 'partially_disclosed',
    receivedOn: '2025-03-03',
    repliedOn: '2025-03-20',
  },
  {
    administrativeReviews: [{ decidedOn: '2025-07-01', filedOn: '2025-05-10', result: 'corrected' }],
    applicantType: 'natural_person',
    id: 4,
    outcome: 'withheld',
    receivedOn: '2025-04-01',
    refusalReason: 'third_party_rights',
    repliedOn: '2025-04-25',
  },
  {
    // Decided only in 2026: still 尚未审结 at the end of 2025.
    administrativeReviews: [{ decidedOn: '2026-02-01', filedOn: '2025-07-10', result: 'upheld' }],
    applicantType: 'legal_services',
    id: 5,
    litigations: [{ filedOn: '2025-11-01', result: 'pending', route: 'after_review' }],
    outcome: 'unavailable',
    receivedOn: '2025-06-10',
    repliedOn: '2025-07-01',
    unavailableReason: 'not_held',
  },
  // Received in December, answered in January: new in 2025, carried forward, no 2025 result.
  {
    applicantType: 'research',
    id: 6,
    outcome: 'disclosed',
    receivedOn: '2025-12-22',
    repliedOn: '2026-01-15',
  },
  {
    applicantType: 'natural_person',
    id: 7,
    litigations: [{ decidedOn: '2025-12-01', filedOn: '2025-09-01', result: 'other', route: 'direct' }],
    notProcessedReason: 'repeated',
    outcome: 'not_processed',
    receivedOn: '2025-08-01',
    repliedOn: '2025-08-05',
  },
  {
    applicantType: 'other_org',
    id: 8,
    otherHandlingReason: 'no_correction',
    outcome: 'other',
    receivedOn: '2025-09-01',
    repliedOn: '2025-09-30',
  },
  {
    applicantType: 'public_interest',
    id: 9,
    outcome: 'disclosed',
    receivedOn: '2025-10-09',
    repliedOn: '2025-10-20',
  },
  {
    // All of 2024; its lawsuit, filed in 2024 and decided in 2025, counts in 2025; its review does not.
    administrativeReviews: [{ decidedOn: '2024-09-01', filedOn: '2024-06-01', result: 'other' }],
    applicantType: 'natural_person',
    id: 10,
    litigations: [{ decidedOn: '2025-03-01', filedOn: '2024-06-01', result: 'upheld', route: 'direct' }],
    outcome: 'disclosed',
    receivedOn: '2024-05-01',
    repliedOn: '2024-05-20',
  },
  { applicantType: 'natural_person', id: 11, receivedOn: '2026-01-05' },
  {
    // 01:00 on 1 Jan 2025 and 00:30 on 1 Jan 2026 in China, though the UTC dates say 2024 and 2025.
    applicantType: 'natural_person',
    id: 12,
    outcome: 'disclosed',
    receivedOn: '2024-12-31T17:00:00.000Z',
    repliedOn: '2025-12-31T16:30:00.000Z',
  },
]

const data: AnnualReportData = {
  inputs: {
    compulsoryMeasures: 87,
    fees: 0,
    id: 'inputs-2025',
    licences: 1520,
    penalties: 3210,
    problems: '问题',
  },
  normativeDocuments: [
    { formedOn: '2025-03-02', id: 'n1', publishedAt: '2025-03-10', validity: 'valid' },
    {
      endedOn: '2025-06-30',
      formedOn: '2023-05-01',
      id: 'n2',
      publishedAt: '2023-05-05',
      validity: 'repealed',
    },
    { formedOn: '2024-01-10', id: 'n3', publishedAt: '2024-01-15', validity: 'valid' },
    { formedOn: '2025-11-01', id: 'n4', publishedAt: null, validity: 'valid' },
    {
      endedOn: '2024-12-01',
      formedOn: '2022-01-01',
      id: 'n5',
      publishedAt: '2022-01-02',
      validity: 'expired',
    },
    { formedOn: '2025-12-30', id: 'n6', publishedAt: '2026-01-05', validity: 'valid' },
    {
      endedOn: '2025-08-01',
      formedOn: '2024-03-01',
      id: 'n7',
      publishedAt: '2024-03-02',
      validity: 'amended',
    },
  ],
  requests,
}

const report = computeAnnualReport(data, 2025)
const row = (key: string): MatrixRow => {
  const found = report.requests.rows.find((candidate) => candidate.key === key)
  if (!found) throw new Error(`no row ${key}`)
  return found
}
/** The seven figures of a row: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. */
const figures = (key: string) => report.requests.columns.map((column) => row(key).cells[column].value)

describe('三、收到和处理政府信息公开申请情况 for 2025', () => {
  it('counts new, carried-over and carried-forward requests per applicant type', () => {
    expect(figures('received')).toEqual([4, 0, 1, 1, 1, 1, 8])
    expect(figures('carriedOver')).toEqual([1, 1, 0, 0, 0, 0, 2])
    expect(figures('carriedForward')).toEqual([1, 1, 1, 0, 0, 0, 3])
  })

  it('counts each answer once, under its outcome and sub-reason', () => {
    expect(figures('disclosed')).toEqual([1, 0, 0, 1, 0, 0, 2])
    expect(figures('partially_disclosed')).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(figures('withheld.third_party_rights')).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(figures('withheld.state_secret')).toEqual([0, 0, 0, 0, 0, 0, 0])
    expect(figures('unavailable.not_held')).toEqual([0, 0, 0, 0, 1, 0, 1])
    expect(figures('not_processed.repeated')).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(figures('other.no_correction')).toEqual([0, 0, 0, 0, 0, 1, 1])
    expect(figures('total')).toEqual([4, 0, 0, 1, 1, 1, 7])
  })

  it('has the 25 data rows of the format, in its order, and passes its consistency rules', () => {
    const dataRows = report.requests.rows.filter((r) => r.kind === 'data')
    expect(dataRows).toHaveLength(25)
    expect(dataRows[0].label).toBe('一、本年新收政府信息公开申请数量')
    expect(dataRows[24].label).toBe('四、结转下年度继续办理')
    expect(dataRows[23].label).toBe('（七）总计')
    expect(report.checks).toEqual({ ok: true, problems: [] })
  })

  it('names the records behind every figure', () => {
    expect(row('received').cells.natural_person.ids).toEqual([3, 4, 7, 12])
    expect(row('carriedForward').cells.total.ids).toEqual([2, 6, 12])
    expect(row('total').cells.total.ids).toEqual([1, 3, 4, 5, 7, 8, 9])
    expect(row('received').cells.total.collection).toBe('disclosure-requests')
  })

  it("carries forward into 2026 exactly what 2025 left open (this year's 二 is last year's 四)", () => {
    const next = computeAnnualReport(data, 2026)
    const carriedOver = next.requests.rows.find((r) => r.key === 'carriedOver')!
    expect(carriedOver.cells.total.ids).toEqual([2, 6, 12])
    expect(next.requests.rows.find((r) => r.key === 'received')!.cells.total.ids).toEqual([11])
  })

  it('reports an answer without its outcome or sub-reason instead of hiding it', () => {
    const broken = computeAnnualReport(
      {
        normativeDocuments: [],
        requests: [
          { applicantType: 'commercial', id: 'a', receivedOn: '2025-02-03', repliedOn: '2025-02-10' },
          {
            applicantType: 'commercial',
            id: 'b',
            outcome: 'withheld',
            receivedOn: '2025-02-03',
            repliedOn: '2025-02-10',
          },
        ],
      },
      2025,
    )
    expect(broken.checks.ok).toBe(false)
    expect(broken.checks.problems).toEqual(
      expect.arrayContaining([expect.stringContaining('申请 a'), expect.stringContaining('申请 b')]),
    )
  })
})

describe('四、行政复议、行政诉讼 for 2025', () => {
  it('counts cases by their result at the year end', () => {
    const values = (group: keyof typeof report.reviewLitigation) =>
      (['upheld', 'corrected', 'other', 'pending', 'total'] as const).map(
        (key) => report.reviewLitigation[group][key].value,
      )
    expect(values('review')).toEqual([0, 1, 0, 1, 2])
    expect(values('directSuit')).toEqual([1, 0, 1, 0, 2])
    expect(values('suitAfterReview')).toEqual([0, 0, 0, 1, 1])
    expect(report.reviewLitigation.directSuit.upheld.ids).toEqual([10])
  })
})

describe('二、主动公开 for 2025', () => {
  it('follows normative documents through their lifecycle', () => {
    const { normative } = report.proactive
    expect([normative.issued.value, normative.repealed.value, normative.inForce.value]).toEqual([2, 1, 3])
    expect(normative.issued.ids).toEqual(['n1', 'n6'])
    expect(normative.repealed.ids).toEqual(['n2'])
    expect(normative.inForce.ids).toEqual(['n1', 'n3', 'n6'])
  })

  it("takes the figures Yangguang does not hold from the admin's record for the year", () => {
    expect(report.proactive.licences).toEqual({
      collection: 'annual-report-inputs',
      ids: ['inputs-2025'],
      value: 1520,
    })
    expect(report.proactive.penalties.value).toBe(3210)
    expect(report.proactive.compulsoryMeasures.value).toBe(87)
    expect(report.proactive.rules.issued.value).toBe(0)
    expect(report.text.problems).toBe('问题')
    expect(computeAnnualReport({ normativeDocuments: [], requests: [] }, 2025).proactive.licences.value).toBe(
      0,
    )
  })
})
