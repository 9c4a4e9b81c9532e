/**
 * GET  /api/annual-report/{year}            the report as JSON, each figure with the ids it counts (staff)
 * GET  /api/annual-report/{year}.html       or ?format=html: the page, each figure linked to its records
 * GET  /api/annual-report/{year}.docx       or ?format=docx: the Word document, as an attachment
 * POST /api/annual-report/{year}/draft      admins: create or refresh the report as a draft disclosure,
 *                                           which editors then submit through the review gate like any item
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffUser } from '@/access'
import { recordAudit } from '@/lib/audit'
import { say } from '@/lib/bilingual'
import { idOf, isAdminUser } from '@/lib/roles'
import { inTransaction } from '@/lib/transaction'

import { type AnnualReport, computeAnnualReport } from './computeAnnualReport'
import { annualReportLexical } from './lexicalBody'
import { loadReportData } from './loadReportData'
import { renderAnnualReportDocx } from './renderDocx'
import { renderAnnualReportHtml } from './renderHtml'
import { reportTitle } from './text'

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const FORMATS = ['docx', 'html', 'json'] as const
type Format = (typeof FORMATS)[number]

const refusal = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

function whoMayNot(req: PayloadRequest, adminOnly: boolean): null | Response {
  const language = req.i18n?.language
  if (!req.user) return refusal(401, say(language, '请先登录', 'Log in first'))
  if (adminOnly ? !isAdminUser(req.user) : !isStaffUser({ req })) {
    return refusal(
      403,
      adminOnly
        ? say(language, '只有管理员可以生成年度报告稿件', 'Only admins draft the annual report')
        : say(language, '只有工作人员可以查看年度报告', 'Only staff read the annual report'),
    )
  }
  return null
}

/** `2025`, `2025.html`, `2025.docx`: the year and the format the path names, if any. */
function parseYear(raw: unknown): { format?: Format; year: number } | null {
  const match = /^(\d{4})(?:\.(docx|html|json))?$/.exec(String(raw ?? ''))
  if (!match) return null
  const year = Number(match[1])
  if (year < 2008 || year > 2100) return null
  return { format: match[2] as Format | undefined, year }
}

const badYear = (req: PayloadRequest) =>
  refusal(
    400,
    say(
      req.i18n?.language,
      '年度须为2008年以后的四位年份，如 /api/annual-report/2025',
      'year: a four-digit year from 2008',
    ),
  )

async function buildReport(req: PayloadRequest, year: number) {
  const report = computeAnnualReport(await loadReportData(req, year), year)
  const settings = await req.payload.findGlobal({
    depth: 0,
    overrideAccess: true,
    req,
    slug: 'site-settings',
  })
  return { bureauName: settings.bureauName, report }
}

const adminRoute = (req: PayloadRequest) => req.payload.config.routes.admin

export const annualReportEndpoint: Endpoint = {
  method: 'get',
  path: '/annual-report/:year',
  handler: async (req) => {
    const refused = whoMayNot(req, false)
    if (refused) return refused
    const parsed = parseYear(req.routeParams?.year)
    if (!parsed) return badYear(req)
    const requested = parsed.format ?? req.searchParams.get('format') ?? 'json'
    if (!FORMATS.includes(requested as Format)) {
      return refusal(
        400,
        say(req.i18n?.language, 'format 须为 json、html 或 docx', 'format: json, html or docx'),
      )
    }
    const { bureauName, report } = await buildReport(req, parsed.year)
    const title = reportTitle(bureauName, parsed.year)
    if (requested === 'html') {
      const html = renderAnnualReportHtml(report, { adminRoute: adminRoute(req), bureauName })
      return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } })
    }
    if (requested === 'docx') {
      const body = await renderAnnualReportDocx(report, { bureauName })
      return new Response(new Uint8Array(body), {
        headers: {
          'Content-Disposition': `attachment; filename="annual-report-${parsed.year}.docx"; filename*=UTF-8''${encodeURIComponent(title)}.docx`,
          'Content-Type': DOCX_TYPE,
        },
      })
    }
    return Response.json({ bureauName, report, title })
  },
}

async function saveDraft(req: PayloadRequest, year: number, bureauName: string, report: AnnualReport) {
  const { payload } = req
  const user = req.user!
  const title = reportTitle(bureauName, year)
  const found = await payload.find({
    collection: 'annual-report-inputs',
    depth: 0,
    limit: 1,
    overrideAccess: false,
    req,
    user,
    where: { year: { equals: year } },
  })
  const inputs =
    found.docs[0] ??
    (await payload.create({
      collection: 'annual-report-inputs',
      data: { year },
      overrideAccess: false,
      req,
      user,
    }))
  const docx = await renderAnnualReportDocx(report, { bureauName })
  const attachment = await payload.create({
    collection: 'media',
    data: { alt: title, caption: `${title}（国办公开办函〔2021〕30号格式）` },
    file: { data: docx, mimetype: DOCX_TYPE, name: `annual-report-${year}.docx`, size: docx.length },
    overrideAccess: false,
    req,
    user,
  })
  const data = {
    _status: 'draft' as const,
    attachments: [attachment.id],
    body: annualReportLexical(report),
    disclosureMode: 'proactive' as const,
    docType: 'report' as const,
    formedOn: new Date().toISOString(),
    openness: 'result' as const,
    title,
    topic: 'general' as const,
  }
  const existingId = idOf(inputs.reportDisclosure)
  const existing =
    existingId === undefined
      ? null
      : await payload.findByID({
          collection: 'disclosures',
          depth: 0,
          disableErrors: true,
          draft: true,
          id: existingId,
          req,
        })
  // A draft save: whatever is live stays live until the new text passes review.
  const doc = existing
    ? await payload.update({
        collection: 'disclosures',
        data,
        draft: true,
        id: existing.id,
        overrideAccess: false,
        req,
        user,
      })
    : await payload.create({ collection: 'disclosures', data, draft: true, overrideAccess: false, req, user })
  if (!existing) {
    await payload.update({
      collection: 'annual-report-inputs',
      data: { reportDisclosure: doc.id },
      id: inputs.id,
      overrideAccess: true,
      req,
    })
  }
  await recordAudit(req, {
    action: 'annual_report_drafted',
    details: { checks: report.checks.problems, year },
    summary: `${existing ? '更新' : '生成'}年度报告草稿：${title}`,
    targetCollection: 'disclosures',
    targetId: doc.id,
    targetVersion: doc.updatedAt,
  })
  return { created: !existing, doc }
}

export const annualReportDraftEndpoint: Endpoint = {
  method: 'post',
  path: '/annual-report/:year/draft',
  handler: async (req) => {
    const refused = whoMayNot(req, true)
    if (refused) return refused
    const parsed = parseYear(req.routeParams?.year)
    if (!parsed || parsed.format) return badYear(req)
    const { bureauName, report } = await buildReport(req, parsed.year)
    const { created, doc } = await inTransaction(req, () => saveDraft(req, parsed.year, bureauName, report))
    return Response.json(
      {
        doc: { _status: doc._status, id: doc.id, title: doc.title },
        message: say(
          req.i18n?.language,
          '年度报告草稿已保存，请由撰稿人“提交审核”后发布',
          'Draft saved; an editor submits it for review to publish it',
        ),
        submit: `/api/disclosures/${doc.id}/submit`,
      },
      { status: created ? 201 : 200 },
    )
  },
}

export const annualReportEndpoints = [annualReportEndpoint, annualReportDraftEndpoint]
