/**
 * The annual report as one HTML page. Every figure links to the admin list of exactly the records it
 * counts (or to the admin's input record for figures Yangguang does not hold), so an inspector can
 * check each number against its sources.
 */
import { SECTION_HEADINGS } from './annualReportFormat'
import type { AnnualReport, Cell } from './computeAnnualReport'
import { type Grid, proactiveGrid, requestsGrid, reviewLitigationGrid } from './layout'
import { overviewText, reportTitle } from './text'

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '"': '&quot;', '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;' })[c]!,
  )

/** Where a figure's records are listed in the admin; null when it counts nothing. */
export function figureLink(cell: Cell, adminRoute = '/admin'): null | string {
  if (cell.ids.length === 0) return null
  if (cell.collection === 'annual-report-inputs')
    return `${adminRoute}/collections/${cell.collection}/${cell.ids[0]}`
  return `${adminRoute}/collections/${cell.collection}?where[id][in]=${cell.ids.map(encodeURIComponent).join(',')}`
}

function table(grid: Grid, adminRoute: string): string {
  const rows = grid.map((cells) => {
    const tds = cells.map((cell) => {
      const tag = cell.header ? 'th' : 'td'
      const spans = `${cell.colSpan ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan ? ` rowspan="${cell.rowSpan}"` : ''}`
      const link = cell.figure ? figureLink(cell.figure, adminRoute) : null
      const content = link
        ? `<a href="${escape(link)}" title="${escape(`${cell.figure!.ids.length} 条记录`)}">${escape(cell.text)}</a>`
        : escape(cell.text)
      return `<${tag}${spans}>${content}</${tag}>`
    })
    return `<tr>${tds.join('')}</tr>`
  })
  return `<table>${rows.join('\n')}</table>`
}

const paragraphs = (text: string) =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escape(line)}</p>`)
    .join('\n')

export function renderAnnualReportHtml(
  report: AnnualReport,
  { adminRoute = '/admin', bureauName }: { adminRoute?: string; bureauName: string },
): string {
  const title = reportTitle(bureauName, report.year)
  const problems = report.checks.ok
    ? ''
    : `<aside class="checks"><p>数据核对提示：</p><ul>${report.checks.problems.map((p) => `<li>${escape(p)}</li>`).join('')}</ul></aside>`
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escape(title)}</title>
<style>
body { font-family: "SimSun", "Songti SC", serif; max-width: 60rem; margin: 2rem auto; line-height: 1.8; }
h1 { text-align: center; font-size: 1.5rem; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: 0.85rem; }
th, td { border: 1px solid #333; padding: 0.25rem 0.4rem; text-align: center; }
th { font-weight: normal; }
.checks { border: 1px solid #c8161d; padding: 0.5rem 1rem; color: #c8161d; }
</style>
</head>
<body>
<h1>${escape(title)}</h1>
${problems}
<h2>${SECTION_HEADINGS.overview}</h2>
${paragraphs(overviewText(report))}
<h2>${SECTION_HEADINGS.proactive}</h2>
${table(proactiveGrid(report), adminRoute)}
<h2>${SECTION_HEADINGS.requests}</h2>
${table(requestsGrid(report), adminRoute)}
<h2>${SECTION_HEADINGS.reviewLitigation}</h2>
${table(reviewLitigationGrid(report), adminRoute)}
<h2>${SECTION_HEADINGS.problems}</h2>
${paragraphs(report.text.problems || '（未填写）')}
<h2>${SECTION_HEADINGS.other}</h2>
${paragraphs(report.text.otherMatters || '（未填写）')}
</body>
</html>
`
}
