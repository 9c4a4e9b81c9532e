/**
 * The annual report as the Lexical body of a disclosure: section headings and one line per table row,
 * since the editor has no table feature. The official tables travel as the attached DOCX.
 */
import {
  APPLICANT_TYPES,
  CASE_RESULTS,
  CASE_TOTAL_LABEL,
  OUTCOMES,
  PROACTIVE_TABLE,
  REVIEW_GROUPS,
  SECTION_HEADINGS,
} from './annualReportFormat'
import type { AnnualReport, Cell } from './computeAnnualReport'
import { formatFigure } from './layout'
import { overviewText } from './text'

const text = (value: string) => ({
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text: value,
  type: 'text',
  version: 1,
})
const block = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }
const paragraph = (value: string) => ({ ...block, children: [text(value)], textFormat: 0, type: 'paragraph' })
const heading = (value: string) => ({ ...block, children: [text(value)], tag: 'h2', type: 'heading' })
const lines = (value: string) =>
  value
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map(paragraph)

const n = (cell: Cell) => formatFigure(cell.value)
const COLUMN_LABELS = [...APPLICANT_TYPES.map((type) => type.label), '总计']

export function annualReportLexical(report: AnnualReport) {
  const { proactive } = report
  const t = PROACTIVE_TABLE
  const outcomeOf = (key: string) => OUTCOMES.find((o) => o.value === key.split('.')[0] && key.includes('.'))
  const requestLines = report.requests.rows
    .filter((row) => row.kind === 'data')
    .map((row) => {
      const caption = outcomeOf(row.key)?.label ?? ''
      const figures = report.requests.columns.map(
        (column, i) => `${COLUMN_LABELS[i]} ${n(row.cells[column])}`,
      )
      return paragraph(`${caption}${row.label}：${figures.join('，')}`)
    })
  const caseLines = REVIEW_GROUPS.map((group) => {
    const cells = report.reviewLitigation[group.key]
    const figures = [
      ...CASE_RESULTS.map((r) => `${r.label} ${n(cells[r.value])}`),
      `${CASE_TOTAL_LABEL} ${n(cells.total)}`,
    ]
    return paragraph(`${group.label}：${figures.join('，')}`)
  })
  const children = [
    heading(SECTION_HEADINGS.overview),
    ...lines(overviewText(report)),
    heading(SECTION_HEADINGS.proactive),
    paragraph(
      `${t.article20_1.heading} ${t.article20_1.rows.rules}：本年制发件数 ${n(proactive.rules.issued)}，本年废止件数 ${n(proactive.rules.repealed)}，现行有效件数 ${n(proactive.rules.inForce)}`,
    ),
    paragraph(
      `${t.article20_1.heading} ${t.article20_1.rows.normative}：本年制发件数 ${n(proactive.normative.issued)}，本年废止件数 ${n(proactive.normative.repealed)}，现行有效件数 ${n(proactive.normative.inForce)}`,
    ),
    paragraph(
      `${t.article20_5.heading} ${t.article20_5.rows.licences}：本年处理决定数量 ${n(proactive.licences)}`,
    ),
    paragraph(
      `${t.article20_6.heading} ${t.article20_6.rows.penalties}：本年处理决定数量 ${n(proactive.penalties)}`,
    ),
    paragraph(
      `${t.article20_6.heading} ${t.article20_6.rows.compulsoryMeasures}：本年处理决定数量 ${n(proactive.compulsoryMeasures)}`,
    ),
    paragraph(
      `${t.article20_8.heading} ${t.article20_8.rows.fees}：本年收费金额（单位：万元） ${n(proactive.fees)}`,
    ),
    heading(SECTION_HEADINGS.requests),
    ...requestLines,
    heading(SECTION_HEADINGS.reviewLitigation),
    ...caseLines,
    heading(SECTION_HEADINGS.problems),
    ...lines(report.text.problems || '（未填写）'),
    heading(SECTION_HEADINGS.other),
    ...lines(report.text.otherMatters || '（未填写）'),
  ]
  return { root: { ...block, children, type: 'root' } }
}
