/**
 * The annual report as a Word document an office opens as it is: the section headings and the three
 * tables of the 2021 format with their official row and column labels and merged cells.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx'

import { SECTION_HEADINGS } from './annualReportFormat'
import type { AnnualReport } from './computeAnnualReport'
import { type Grid, proactiveGrid, requestsGrid, reviewLitigationGrid } from './layout'
import { overviewText, reportTitle } from './text'

const FONT = { ascii: 'Times New Roman', eastAsia: 'SimSun', hAnsi: 'Times New Roman' }

const cellParagraph = (text: string, small: boolean) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ font: FONT, size: small ? 16 : 18, text })],
  })

/** Column widths in twips for an A4 page (about 9,000 twips of text width). */
const WIDTHS = {
  proactive: [2600, 2200, 2200, 2200],
  requests: [600, 900, 2800, ...Array(7).fill(700)],
  reviewLitigation: Array(15).fill(613),
}

function table(grid: Grid, columnWidths: number[]): Table {
  return new Table({
    columnWidths,
    layout: TableLayoutType.FIXED,
    rows: grid.map(
      (cells) =>
        new TableRow({
          children: cells.map(
            (cell) =>
              new TableCell({
                children: [cellParagraph(cell.text, cell.text.length > 12)],
                columnSpan: cell.colSpan,
                rowSpan: cell.rowSpan,
                verticalAlign: VerticalAlign.CENTER,
              }),
          ),
        }),
    ),
    width: { size: columnWidths.reduce((sum, w) => sum + w, 0), type: WidthType.DXA },
  })
}

const heading = (text: string) =>
  new Paragraph({
    children: [new TextRun({ bold: true, font: FONT, text })],
    heading: HeadingLevel.HEADING_2,
  })

const prose = (text: string) =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map(
      (line) =>
        new Paragraph({ children: [new TextRun({ font: FONT, text: line })], indent: { firstLine: 420 } }),
    )

export async function renderAnnualReportDocx(report: AnnualReport, { bureauName }: { bureauName: string }) {
  const document = new Document({
    creator: bureauName,
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    title: reportTitle(bureauName, report.year),
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({ bold: true, font: FONT, size: 32, text: reportTitle(bureauName, report.year) }),
            ],
            heading: HeadingLevel.HEADING_1,
          }),
          heading(SECTION_HEADINGS.overview),
          ...prose(overviewText(report)),
          heading(SECTION_HEADINGS.proactive),
          table(proactiveGrid(report), WIDTHS.proactive),
          heading(SECTION_HEADINGS.requests),
          table(requestsGrid(report), WIDTHS.requests),
          heading(SECTION_HEADINGS.reviewLitigation),
          table(reviewLitigationGrid(report), WIDTHS.reviewLitigation),
          heading(SECTION_HEADINGS.problems),
          ...prose(report.text.problems || '（未填写）'),
          heading(SECTION_HEADINGS.other),
          ...prose(report.text.otherMatters || '（未填写）'),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
