/**
 * The three tables of the annual report as grids of cells with their spans, exactly as the 2021 format
 * draws them. The HTML and DOCX renderers both draw from these grids, so the two cannot disagree.
 */
import {
  APPLICANT_GROUP_LABELS,
  APPLICANT_TYPES,
  CASE_RESULTS,
  CASE_TOTAL_LABEL,
  MATRIX_CORNER_NOTE,
  OUTCOMES,
  PROACTIVE_TABLE,
  REVIEW_GROUP_SHORT_LABELS,
  REVIEW_GROUPS,
  REVIEW_LITIGATION_GROUP_HEADER,
} from './annualReportFormat'
import type { AnnualReport, Cell, MatrixRow } from './computeAnnualReport'

export type GridCell = { colSpan?: number; figure?: Cell; header?: boolean; rowSpan?: number; text: string }
export type Grid = GridCell[][]

const head = (text: string, spans: Pick<GridCell, 'colSpan' | 'rowSpan'> = {}): GridCell => ({
  ...spans,
  header: true,
  text,
})
/** Fees are money (万元) and may have decimals; counts are whole numbers. */
export const formatFigure = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2))
const figure = (cell: Cell, colSpan?: number): GridCell => ({
  colSpan,
  figure: cell,
  text: formatFigure(cell.value),
})

export function proactiveGrid(report: AnnualReport): Grid {
  const { proactive } = report
  const t = PROACTIVE_TABLE
  const single = (label: string, cell: Cell): GridCell[] => [head(label), figure(cell, 3)]
  return [
    [head(t.article20_1.heading, { colSpan: 4 })],
    t.article20_1.columns.map((label) => head(label)),
    [
      head(t.article20_1.rows.rules),
      ...[proactive.rules.issued, proactive.rules.repealed, proactive.rules.inForce].map((c) => figure(c)),
    ],
    [
      head(t.article20_1.rows.normative),
      ...[proactive.normative.issued, proactive.normative.repealed, proactive.normative.inForce].map((c) =>
        figure(c),
      ),
    ],
    [head(t.article20_5.heading, { colSpan: 4 })],
    [head(t.article20_5.columns[0]), head(t.article20_5.columns[1], { colSpan: 3 })],
    single(t.article20_5.rows.licences, proactive.licences),
    [head(t.article20_6.heading, { colSpan: 4 })],
    [head(t.article20_6.columns[0]), head(t.article20_6.columns[1], { colSpan: 3 })],
    single(t.article20_6.rows.penalties, proactive.penalties),
    single(t.article20_6.rows.compulsoryMeasures, proactive.compulsoryMeasures),
    [head(t.article20_8.heading, { colSpan: 4 })],
    [head(t.article20_8.columns[0]), head(t.article20_8.columns[1], { colSpan: 3 })],
    single(t.article20_8.rows.fees, proactive.fees),
  ]
}

/** Three label columns, then 自然人, the five kinds of 法人或其他组织, and 总计. */
export function requestsGrid(report: AnnualReport): Grid {
  const { columns, rows } = report.requests
  const figures = (row: MatrixRow) => columns.map((column) => figure(row.cells[column]))
  const byKey = new Map(rows.map((row) => [row.key, row]))
  const resultRows = rows.filter(
    (row) => row.kind === 'data' && OUTCOMES.some((o) => row.key.split('.')[0] === o.value),
  )
  const grid: Grid = [
    [
      head(MATRIX_CORNER_NOTE, { colSpan: 3, rowSpan: 3 }),
      head(APPLICANT_GROUP_LABELS.header, { colSpan: 7 }),
    ],
    [
      head(APPLICANT_GROUP_LABELS.naturalPerson, { rowSpan: 2 }),
      head(APPLICANT_GROUP_LABELS.legalPersons, { colSpan: 5 }),
      head(APPLICANT_GROUP_LABELS.total, { rowSpan: 2 }),
    ],
    APPLICANT_TYPES.slice(1).map((type) => head(type.label)),
    [head(byKey.get('received')!.label, { colSpan: 3 }), ...figures(byKey.get('received')!)],
    [head(byKey.get('carriedOver')!.label, { colSpan: 3 }), ...figures(byKey.get('carriedOver')!)],
  ]
  let first = true
  const lead = (): GridCell[] => {
    if (!first) return []
    first = false
    return [head(byKey.get('results')!.label, { rowSpan: resultRows.length + 1 })]
  }
  for (const outcome of OUTCOMES) {
    if (!('reasons' in outcome)) {
      const row = byKey.get(outcome.value)!
      grid.push([...lead(), head(row.label, { colSpan: 2 }), ...figures(row)])
      continue
    }
    outcome.reasons.forEach((reason, i) => {
      const row = byKey.get(`${outcome.value}.${reason.value}`)!
      const caption = i === 0 ? [head(outcome.label, { rowSpan: outcome.reasons.length })] : []
      grid.push([...lead(), ...caption, head(row.label), ...figures(row)])
    })
  }
  grid.push([head(byKey.get('total')!.label, { colSpan: 2 }), ...figures(byKey.get('total')!)])
  grid.push([
    head(byKey.get('carriedForward')!.label, { colSpan: 3 }),
    ...figures(byKey.get('carriedForward')!),
  ])
  return grid
}

export function reviewLitigationGrid(report: AnnualReport): Grid {
  const resultHeads = () => [...CASE_RESULTS.map((result) => head(result.label)), head(CASE_TOTAL_LABEL)]
  const numbers = REVIEW_GROUPS.flatMap((group) =>
    [...CASE_RESULTS.map((result) => result.value), 'total' as const].map((key) =>
      figure(report.reviewLitigation[group.key][key]),
    ),
  )
  return [
    [head(REVIEW_GROUPS[0].label, { colSpan: 5 }), head(REVIEW_LITIGATION_GROUP_HEADER, { colSpan: 10 })],
    [
      ...[...CASE_RESULTS.map((result) => result.label), CASE_TOTAL_LABEL].map((label) =>
        head(label, { rowSpan: 2 }),
      ),
      head(REVIEW_GROUP_SHORT_LABELS.directSuit, { colSpan: 5 }),
      head(REVIEW_GROUP_SHORT_LABELS.suitAfterReview, { colSpan: 5 }),
    ],
    [...resultHeads(), ...resultHeads()],
    numbers,
  ]
}
