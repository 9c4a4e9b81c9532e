import type { AnnualReport } from './computeAnnualReport'

export const reportTitle = (bureauName: string, year: number) =>
  `${bureauName}${year}年政府信息公开工作年度报告`

const total = (report: AnnualReport, key: string) =>
  report.requests.rows.find((row) => row.key === key)?.cells.total.value ?? 0

/**
 * 一、总体情况: the admin's own words when given; otherwise a summary drawn from the figures, so a
 * draft is never blank where the format expects prose.
 */
export function overviewText(report: AnnualReport): string {
  if (report.text.overview.trim()) return report.text.overview
  const { normative } = report.proactive
  return [
    `${report.year}年，本机关主动公开行政规范性文件${normative.issued.value}件，废止${normative.repealed.value}件，现行有效${normative.inForce.value}件。`,
    `全年新收政府信息公开申请${total(report, 'received')}件，上年结转${total(report, 'carriedOver')}件，` +
      `办结${total(report, 'total')}件，结转下年度继续办理${total(report, 'carriedForward')}件。`,
    `因政府信息公开被申请行政复议${report.reviewLitigation.review.total.value}件，被提起行政诉讼` +
      `${report.reviewLitigation.directSuit.total.value + report.reviewLitigation.suitAfterReview.total.value}件。`,
  ].join('\n')
}
