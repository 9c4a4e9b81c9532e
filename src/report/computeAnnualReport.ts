/**
 * 政府信息公开工作年度报告 as a pure computation over plain records: no database, no clock. Every figure
 * comes with the ids of the records it counts, so a reader can open exactly those records.
 *
 * Days are China calendar days (statutoryClocks.toChinaDate); a year runs from 1 January to 31 December.
 * - 一 new: received in the year. 二 carried over: received before it and not answered before it.
 * - 三 results: answered in the year, by outcome and sub-reason. 四 carried forward: received by the
 *   year's end and not answered by then. So 一 + 二 = 三（七） + 四 holds whenever each answer has an outcome.
 * - 行政复议 / 行政诉讼: cases filed in the year, and earlier cases still open at its start; each counted
 *   by its result at the year's end (尚未审结 if not decided by then).
 * - 行政规范性文件: 制发 = formed (成文) in the year and published (a December document published in
 *   January still counts for its year); 废止 = repealed or declared expired in the year; 现行有效 =
 *   published, formed by the year's end and not ended (废止, 失效, 已修订) by then.
 */
import { toChinaDate } from '@/lib/statutoryClocks'

import {
  APPLICANT_TYPES,
  type ApplicantType,
  type CaseResult,
  MATRIX_ROW_LABELS,
  OUTCOMES,
  type OutcomeValue,
  REVIEW_GROUPS,
} from './annualReportFormat'

export type RecordId = number | string

export type CaseRecord = {
  decidedOn?: null | string
  filedOn: string
  result: CaseResult
  route?: 'after_review' | 'direct' | null
}

export type RequestRecord = {
  administrativeReviews?: CaseRecord[] | null
  applicantType: ApplicantType
  id: RecordId
  notProcessedReason?: null | string
  otherHandlingReason?: null | string
  outcome?: null | OutcomeValue
  receivedOn: string
  refusalReason?: null | string
  repliedOn?: null | string
  litigations?: CaseRecord[] | null
  unavailableReason?: null | string
}

export type NormativeRecord = {
  /** When its validity ended (废止, 失效, 已修订), if it has. */
  endedOn?: null | string
  formedOn?: null | string
  id: RecordId
  /** First publication; unpublished documents were never issued. */
  publishedAt?: null | string
  validity?: null | string
}

export type ReportInputs = {
  compulsoryMeasures?: null | number
  fees?: null | number
  id?: RecordId
  licences?: null | number
  otherMatters?: null | string
  overview?: null | string
  penalties?: null | number
  problems?: null | string
  rulesInForce?: null | number
  rulesIssued?: null | number
  rulesRepealed?: null | number
}

export type AnnualReportData = {
  inputs?: null | ReportInputs
  normativeDocuments: NormativeRecord[]
  requests: RequestRecord[]
}

export type ReportCollection = 'annual-report-inputs' | 'disclosure-requests' | 'disclosures'

/** A figure and where it comes from: the records it counts, or the admin's input record. */
export type Cell = { collection: ReportCollection; ids: RecordId[]; value: number }

export type MatrixColumn = ApplicantType | 'total'
export type MatrixRow = {
  cells: Record<MatrixColumn, Cell>
  /** 'data' rows carry figures; 'heading' rows are the captions （三）…（六） and 三. */
  kind: 'data' | 'heading'
  key: string
  label: string
}

export type CaseGroup = Record<CaseResult | 'total', Cell>

export type AnnualReport = {
  checks: { ok: boolean; problems: string[] }
  proactive: {
    compulsoryMeasures: Cell
    fees: Cell
    licences: Cell
    normative: { inForce: Cell; issued: Cell; repealed: Cell }
    penalties: Cell
    rules: { inForce: Cell; issued: Cell; repealed: Cell }
  }
  requests: { columns: MatrixColumn[]; rows: MatrixRow[] }
  reviewLitigation: Record<(typeof REVIEW_GROUPS)[number]['key'], CaseGroup>
  text: { otherMatters: string; overview: string; problems: string }
  year: number
}

const COLUMNS: MatrixColumn[] = [...APPLICANT_TYPES.map((type) => type.value), 'total']
const CASE_KEYS: CaseResult[] = ['upheld', 'corrected', 'other', 'pending']
const ENDED = new Set(['amended', 'expired', 'repealed'])
const REPEALED = new Set(['expired', 'repealed'])

/** Ids in a stable order, whatever order the database returned the records in. */
const sortIds = (ids: RecordId[]) =>
  [...ids].sort((a, b) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b)),
  )
const cellOf = (collection: ReportCollection, ids: RecordId[]): Cell => ({
  collection,
  ids: sortIds(ids),
  value: ids.length,
})
const inputCell = (inputs: ReportInputs | null | undefined, value: null | number | undefined): Cell => ({
  collection: 'annual-report-inputs',
  ids: inputs?.id !== undefined ? [inputs.id] : [],
  value: Number(value ?? 0),
})

const day = (value: null | string | undefined) => (value ? toChinaDate(value) : null)

/** The sub-reason a request records for its outcome, if the outcome is counted by reason. */
function reasonOf(request: RequestRecord): null | string | undefined {
  const outcome = OUTCOMES.find((candidate) => candidate.value === request.outcome)
  if (!outcome || !('reasonField' in outcome)) return undefined
  return request[outcome.reasonField as keyof RequestRecord] as null | string | undefined
}

function matrixRow(key: string, label: string, requests: RequestRecord[]): MatrixRow {
  const cells = {} as Record<MatrixColumn, Cell>
  for (const column of COLUMNS) {
    const counted = column === 'total' ? requests : requests.filter((r) => r.applicantType === column)
    cells[column] = cellOf(
      'disclosure-requests',
      counted.map((r) => r.id),
    )
  }
  return { cells, key, kind: 'data', label }
}

const headingRow = (key: string, label: string): MatrixRow => ({
  cells: Object.fromEntries(COLUMNS.map((c) => [c, cellOf('disclosure-requests', [])])) as Record<
    MatrixColumn,
    Cell
  >,
  key,
  kind: 'heading',
  label,
})

export function computeAnnualReport(data: AnnualReportData, year: number): AnnualReport {
  const first = `${year}-01-01`
  const last = `${year}-12-31`
  const within = (d: null | string) => d !== null && d >= first && d <= last
  const problems: string[] = []

  const requests = data.requests.map((r) => ({
    ...r,
    received: day(r.receivedOn)!,
    replied: day(r.repliedOn),
  }))
  const received = requests.filter((r) => within(r.received))
  const carriedOver = requests.filter((r) => r.received < first && (r.replied === null || r.replied >= first))
  const answered = requests.filter((r) => within(r.replied))
  const carriedForward = requests.filter(
    (r) => r.received <= last && (r.replied === null || r.replied > last),
  )

  const rows: MatrixRow[] = [
    matrixRow('received', MATRIX_ROW_LABELS.received, received),
    matrixRow('carriedOver', MATRIX_ROW_LABELS.carriedOver, carriedOver),
    headingRow('results', MATRIX_ROW_LABELS.results),
  ]
  for (const outcome of OUTCOMES) {
    const ofOutcome = answered.filter((r) => r.outcome === outcome.value)
    if (!('reasons' in outcome)) {
      rows.push(matrixRow(outcome.value, outcome.label, ofOutcome))
      continue
    }
    rows.push(headingRow(outcome.value, outcome.label))
    for (const reason of outcome.reasons) {
      const ofReason = ofOutcome.filter((r) => reasonOf(r) === reason.value)
      rows.push(matrixRow(`${outcome.value}.${reason.value}`, reason.label, ofReason))
    }
    for (const r of ofOutcome.filter(
      (candidate) => !outcome.reasons.some((x) => x.value === reasonOf(candidate)),
    )) {
      problems.push(`申请 ${r.id} 的办理结果“${outcome.label}”未选择具体情形，未计入报表`)
    }
  }
  const withOutcome = answered.filter((r) => {
    if (r.outcome) return true
    problems.push(`申请 ${r.id} 已答复但未选择办理结果，未计入报表`)
    return false
  })
  rows.push(matrixRow('total', MATRIX_ROW_LABELS.total, withOutcome))
  rows.push(matrixRow('carriedForward', MATRIX_ROW_LABELS.carriedForward, carriedForward))

  // The format's own consistency rules, checked on the figures as they will be printed.
  const rowByKey = new Map(rows.map((row) => [row.key, row]))
  const sumOfResults = (column: MatrixColumn) =>
    rows
      .filter((row) => row.kind === 'data' && OUTCOMES.some((o) => row.key.split('.')[0] === o.value))
      .reduce((sum, row) => sum + row.cells[column].value, 0)
  for (const column of COLUMNS) {
    const value = (key: string) => rowByKey.get(key)!.cells[column].value
    if (value('received') + value('carriedOver') !== value('total') + value('carriedForward')) {
      problems.push(`列“${column}”：第一项加第二项之和不等于第三项加第四项之和`)
    }
    if (sumOfResults(column) !== value('total'))
      problems.push(`列“${column}”：（七）总计不等于（一）至（六）之和`)
  }

  const reviewLitigation = computeCases(data.requests, first, last)
  const documents = data.normativeDocuments.map((doc) => ({
    ...doc,
    ended: day(doc.endedOn),
    issuedOn: day(doc.formedOn ?? doc.publishedAt),
    published: day(doc.publishedAt),
  }))
  const issued = documents.filter((doc) => doc.published !== null && within(doc.issuedOn))
  const repealed = documents.filter((doc) => REPEALED.has(doc.validity ?? '') && within(doc.ended))
  const inForce = documents.filter(
    (doc) =>
      doc.published !== null &&
      doc.issuedOn !== null &&
      doc.issuedOn <= last &&
      !(ENDED.has(doc.validity ?? '') && (doc.ended === null || doc.ended <= last)),
  )
  const inputs = data.inputs
  return {
    checks: { ok: problems.length === 0, problems },
    proactive: {
      compulsoryMeasures: inputCell(inputs, inputs?.compulsoryMeasures),
      fees: inputCell(inputs, inputs?.fees),
      licences: inputCell(inputs, inputs?.licences),
      normative: {
        inForce: cellOf(
          'disclosures',
          inForce.map((d) => d.id),
        ),
        issued: cellOf(
          'disclosures',
          issued.map((d) => d.id),
        ),
        repealed: cellOf(
          'disclosures',
          repealed.map((d) => d.id),
        ),
      },
      penalties: inputCell(inputs, inputs?.penalties),
      rules: {
        inForce: inputCell(inputs, inputs?.rulesInForce),
        issued: inputCell(inputs, inputs?.rulesIssued),
        repealed: inputCell(inputs, inputs?.rulesRepealed),
      },
    },
    requests: { columns: COLUMNS, rows },
    reviewLitigation,
    text: {
      otherMatters: inputs?.otherMatters ?? '',
      overview: inputs?.overview ?? '',
      problems: inputs?.problems ?? '',
    },
    year,
  }
}

function computeCases(
  requests: RequestRecord[],
  first: string,
  last: string,
): AnnualReport['reviewLitigation'] {
  const buckets = Object.fromEntries(
    REVIEW_GROUPS.map((group) => [
      group.key,
      Object.fromEntries([...CASE_KEYS, 'total'].map((key) => [key, [] as RecordId[]])),
    ]),
  ) as Record<string, Record<string, RecordId[]>>
  const count = (group: string, request: RequestRecord, kase: CaseRecord) => {
    const filed = day(kase.filedOn)
    const decided = kase.result !== 'pending' ? day(kase.decidedOn) : null
    if (filed === null || filed > last) return
    // Filed this year, or filed earlier and still open when the year began.
    if (filed < first && decided !== null && decided < first) return
    const result: CaseResult = decided !== null && decided <= last ? kase.result : 'pending'
    buckets[group][result].push(request.id)
    buckets[group].total.push(request.id)
  }
  for (const request of requests) {
    for (const kase of request.administrativeReviews ?? []) count('review', request, kase)
    for (const kase of request.litigations ?? []) {
      count(kase.route === 'after_review' ? 'suitAfterReview' : 'directSuit', request, kase)
    }
  }
  // A request with two cases in one bucket is counted twice, but its id is listed once.
  const toCell = (ids: RecordId[]): Cell => ({
    collection: 'disclosure-requests',
    ids: sortIds([...new Set(ids)]),
    value: ids.length,
  })
  return Object.fromEntries(
    REVIEW_GROUPS.map((group) => [
      group.key,
      Object.fromEntries([...CASE_KEYS, 'total'].map((key) => [key, toCell(buckets[group.key][key])])),
    ]),
  ) as AnnualReport['reviewLitigation']
}
