/**
 * The annual report from live records: requests (with carried-over ones and pauses) in two units,
 * normative documents published and repealed (by a 清理 result) through the gate, and the admin's figures for the year.
 * Expected figures are counted by hand from the records seeded below. The DOCX must convert with
 * LibreOffice and carry the official labels; the draft goes public only through the review gate.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { serverURL } from '@/lib/env'
import { toChinaDate } from '@/lib/statutoryClocks'

import { seed } from '../../scripts/seed/index'
import { DEMO_PASSWORD } from '../../scripts/seed/users'
import { policy } from './fixtures/content'
import { channelId, runDeliveries, signAllStages } from './helpers/gate'
import { httpDoors } from './helpers/http'
import { describeOnDatabase, startPayload, type TestPayload } from './helpers/payload'
import { createAndPublish } from './helpers/publishing'

const day = (d: string) => `${d}T00:00:00.000+08:00`
type Row = { cells: Record<string, { ids: (number | string)[]; value: number }>; key: string }

describeOnDatabase('annual report (国办公开办函〔2021〕30号)', () => {
  let t: TestPayload
  let doors: Awaited<ReturnType<typeof httpDoors>>
  const token: Record<string, string> = {}
  const ids: Record<string, number | string> = {}
  const docs: Record<string, number | string> = {}
  let dir: string

  /** A GET whose body is not JSON (HTML, DOCX), through the same route handler as /api. */
  async function raw(pathAndQuery: string, who?: string) {
    const { default: config } = await import('@payload-config')
    const { REST_GET } = await import('@payloadcms/next/routes')
    const url = new URL(`/api/${pathAndQuery}`, serverURL())
    const request = new Request(url, {
      headers: { Origin: serverURL(), ...(who ? { Authorization: `JWT ${token[who]}` } : {}) },
    })
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    return REST_GET(config)(request, { params: Promise.resolve({ slug }) })
  }

  async function request(key: string, who: string, body: object) {
    const reply = await doors.rest('POST', 'disclosure-requests', { body, token: token[who] })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    ids[key] = reply.body.doc.id
  }

  beforeAll(async () => {
    t = await startPayload()
    await seed(t.payload, { demoUsers: true })
    doors = await httpDoors()
    for (const who of ['admin.xck', 'editor.xck', 'editor.xzfj', 'reviewer.xzfj']) {
      token[who] = await doors.login(`${who}@yangguang.example`, DEMO_PASSWORD)
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yangguang-report-'))

    // Carried over from 2024, a third party consulted across New Year, answered in January.
    await request('A', 'editor.xzfj', {
      applicantType: 'natural_person',
      outcome: 'disclosed',
      pauses: [{ from: day('2024-12-26'), kind: 'third_party', to: day('2025-01-06') }],
      receivedOn: day('2024-12-24'),
      repliedOn: day('2025-01-20'),
      subject: '申请公开2024年某辖区治安案件统计',
    })
    // Carried over from 2024 and still open: carried forward again.
    await request('B', 'editor.xzfj', {
      applicantType: 'commercial',
      receivedOn: day('2024-12-30'),
      subject: '申请公开某批次道路施工审批信息',
    })
    await request('C', 'editor.xzfj', {
      administrativeReviews: [{ decidedOn: day('2025-06-01'), filedOn: day('2025-04-01'), result: 'upheld' }],
      applicantType: 'natural_person',
      outcome: 'withheld',
      receivedOn: day('2025-02-10'),
      refusalReason: 'process_information',
      repliedOn: day('2025-03-01'),
      subject: '申请公开某案件内部讨论记录',
    })
    await request('D', 'editor.xzfj', {
      applicantType: 'legal_services',
      litigations: [{ filedOn: day('2025-07-01'), result: 'pending', route: 'direct' }],
      outcome: 'partially_disclosed',
      pauses: [{ from: day('2025-05-08'), kind: 'correction', to: day('2025-05-15') }],
      receivedOn: day('2025-05-06'),
      repliedOn: day('2025-06-10'),
      subject: '申请公开某交通事故认定依据',
    })
    await request('E', 'editor.xzfj', {
      applicantType: 'research',
      receivedOn: day('2025-12-25'),
      subject: '申请公开近五年电动自行车事故数据',
    })
    await request('F', 'editor.xzfj', {
      applicantType: 'natural_person',
      notProcessedReason: 'petition_complaint',
      outcome: 'not_processed',
      receivedOn: day('2025-03-03'),
      repliedOn: day('2025-03-10'),
      subject: '投诉某派出所办事效率',
    })
    // Another unit's request: the report is the bureau's, over every unit.
    await request('G', 'editor.xck', {
      applicantType: 'public_interest',
      outcome: 'unavailable',
      receivedOn: day('2025-08-01'),
      repliedOn: day('2025-08-20'),
      subject: '申请公开全市志愿者参与交通劝导的统计',
      unavailableReason: 'needs_creation',
    })

    // Normative documents: one formed and published in 2025, one from 2024 repealed today, one draft.
    const n1 = await createAndPublish(
      doors,
      t.payload,
      'disclosures',
      {
        ...policy,
        documentNumber: '宣公规〔2025〕2号',
        formedOn: day('2025-04-01'),
        title: '关于规范养犬登记的规定',
      },
      token['editor.xck'],
    )
    expect(n1.status, JSON.stringify(n1.body)).toBe(201)
    docs.n1 = n1.body.doc.id
    const n2 = await createAndPublish(
      doors,
      t.payload,
      'disclosures',
      {
        ...policy,
        documentNumber: '宣公规〔2024〕5号',
        formedOn: day('2024-06-01'),
        title: '关于临时通行证办理的规定',
      },
      token['editor.xck'],
    )
    docs.n2 = n2.body.doc.id
    // Repealed the way the lifecycle does it: a published 清理 result.
    const cleanup = await createAndPublish(
      doors,
      t.payload,
      'disclosures',
      {
        cleanupItems: [{ decision: 'repeal', document: docs.n2 }],
        disclosureMode: 'proactive',
        docType: 'cleanup_result',
        formedOn: new Date().toISOString(),
        openness: 'result',
        title: '关于规范性文件清理结果的公告',
        topic: 'legal_affairs',
      },
      token['editor.xck'],
    )
    expect(cleanup.status, JSON.stringify(cleanup.body)).toBe(201)
    const n3 = await doors.rest('POST', 'disclosures?draft=true', {
      body: { ...policy, _status: 'draft', formedOn: day('2025-05-01'), title: '未发布的规范性文件' },
      token: token['editor.xck'],
    })
    docs.n3 = n3.body.doc.id

    const inputs = await doors.rest('POST', 'annual-report-inputs', {
      body: {
        compulsoryMeasures: 87,
        fees: 1.5,
        licences: 1520,
        otherMatters: '本年度未收取信息处理费。',
        penalties: 3210,
        problems: '部分单位答复文书格式不统一，下一步将统一文书模板。',
        year: 2025,
      },
      token: token['admin.xck'],
    })
    expect(inputs.status, JSON.stringify(inputs.body)).toBe(201)
    ids.inputs = inputs.body.doc.id
  })
  afterAll(async () => {
    fs.rmSync(dir, { force: true, recursive: true })
    await t?.cleanup()
  })

  it('keeps the admin-entered figures to admins', async () => {
    const byEditor = await doors.rest('POST', 'annual-report-inputs', {
      body: { year: 2024 },
      token: token['editor.xck'],
    })
    expect(byEditor.status).toBe(403)
    const read = await doors.rest('GET', 'annual-report-inputs', { token: token['editor.xck'] })
    expect(read.status).toBe(403)
  })

  it('serves the figures as JSON to staff, each with the records it counts', async () => {
    expect((await doors.rest('GET', 'annual-report/2025')).status).toBe(401)
    const reply = await doors.rest('GET', 'annual-report/2025', { token: token['reviewer.xzfj'] })
    expect(reply.status).toBe(200)
    const rows: Row[] = reply.body.report.requests.rows
    const columns: string[] = reply.body.report.requests.columns
    const figures = (key: string) => columns.map((c) => rows.find((r) => r.key === key)!.cells[c].value)
    const counted = (key: string) => rows.find((r) => r.key === key)!.cells.total.ids
    // 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计
    expect(figures('received')).toEqual([2, 0, 1, 1, 1, 0, 5])
    expect(figures('carriedOver')).toEqual([1, 1, 0, 0, 0, 0, 2])
    expect(figures('disclosed')).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(figures('partially_disclosed')).toEqual([0, 0, 0, 0, 1, 0, 1])
    expect(figures('withheld.process_information')).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(figures('unavailable.needs_creation')).toEqual([0, 0, 0, 1, 0, 0, 1])
    expect(figures('not_processed.petition_complaint')).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(figures('total')).toEqual([3, 0, 0, 1, 1, 0, 5])
    expect(figures('carriedForward')).toEqual([0, 1, 1, 0, 0, 0, 2])
    expect(new Set(counted('carriedOver'))).toEqual(new Set([ids.A, ids.B]))
    expect(new Set(counted('carriedForward'))).toEqual(new Set([ids.B, ids.E]))
    expect(reply.body.report.checks).toEqual({ ok: true, problems: [] })

    const cases = reply.body.report.reviewLitigation
    expect([cases.review.upheld.value, cases.review.total.value]).toEqual([1, 1])
    expect(cases.review.upheld.ids).toEqual([ids.C])
    expect([cases.directSuit.pending.value, cases.directSuit.total.value]).toEqual([1, 1])
    expect(cases.suitAfterReview.total.value).toBe(0)

    const { proactive } = reply.body.report
    expect([
      proactive.normative.issued.value,
      proactive.normative.repealed.value,
      proactive.normative.inForce.value,
    ]).toEqual([1, 0, 2])
    expect(proactive.normative.issued.ids).toEqual([docs.n1])
    expect(proactive.licences).toEqual({ collection: 'annual-report-inputs', ids: [ids.inputs], value: 1520 })
    expect(proactive.fees.value).toBe(1.5)
  })

  it('counts a repeal in the year it happened', async () => {
    const year = Number(toChinaDate(new Date()).slice(0, 4))
    const reply = await doors.rest('GET', `annual-report/${year}`, { token: token['editor.xck'] })
    const { normative } = reply.body.report.proactive
    expect(normative.repealed.ids).toEqual([docs.n2])
    expect(normative.inForce.ids).toEqual([docs.n1])
  })

  it('renders HTML with every figure linked to the admin list of its records', async () => {
    const response = await raw('annual-report/2025.html', 'reviewer.xzfj')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/html')
    const html = await response.text()
    expect(html).toContain('宣城市公安局2025年政府信息公开工作年度报告')
    const receivedTotal = [ids.C, ids.D, ids.E, ids.F, ids.G].sort((a, b) => Number(a) - Number(b)).join(',')
    expect(html).toContain(`href="/admin/collections/disclosure-requests?where[id][in]=${receivedTotal}"`)
    expect(html).toContain(`href="/admin/collections/disclosures?where[id][in]=${docs.n1}"`)
    expect(html).toContain(`href="/admin/collections/annual-report-inputs/${ids.inputs}"`)
    expect(html).toContain('部分单位答复文书格式不统一')
    expect((await raw('annual-report/2025?format=html', 'reviewer.xzfj')).status).toBe(200)
    expect((await raw('annual-report/2025.html')).status).toBe(401)
  })

  it('exports a DOCX that LibreOffice converts and that carries the official labels', async () => {
    const response = await raw('annual-report/2025?format=docx', 'editor.xck')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="annual-report-2025\.docx"/,
    )
    const file = path.join(dir, 'annual-report-2025.docx')
    fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()))
    execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
      env: { ...process.env, HOME: dir },
      stdio: 'pipe',
      timeout: 120_000,
    })
    const pdf = fs.readFileSync(path.join(dir, 'annual-report-2025.pdf'))
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8')
    for (const label of [
      '第二十条第（一）项',
      '本年制发件数',
      '行政规范性文件',
      '本年收费金额（单位：万元）',
      '申请人情况',
      '法人或其他组织',
      '社会公益组织',
      '一、本年新收政府信息公开申请数量',
      '二、上年结转政府信息公开申请数量',
      '6.属于四类过程性信息',
      '1.信访举报投诉类申请',
      '（七）总计',
      '四、结转下年度继续办理',
      '未经复议直接起诉',
      '复议后起诉',
      '尚未审结',
    ]) {
      expect(xml, label).toContain(label)
    }
  }, 180_000)

  it('drafts the report as a disclosure for admins only; it goes public only through the gate', async () => {
    expect(
      (await doors.rest('POST', 'annual-report/2025/draft', { token: token['editor.xck'] })).status,
    ).toBe(403)
    const drafted = await doors.rest('POST', 'annual-report/2025/draft', { token: token['admin.xck'] })
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(201)
    const id = drafted.body.doc.id

    const draft = await doors.rest('GET', `disclosures/${id}?draft=true`, { token: token['editor.xck'] })
    expect(draft.body._status).toBe('draft')
    expect(draft.body.docType).toBe('report')
    expect(JSON.stringify(draft.body.body)).toContain('一、本年新收政府信息公开申请数量：自然人 2')
    expect(draft.body.attachments).toHaveLength(1)
    const publicRead = await doors.rest('GET', `disclosures/${id}`)
    expect([403, 404]).toContain(publicRead.status)

    const submitted = await doors.rest('POST', `disclosures/${id}/submit`, {
      body: { channels: [await channelId(t.payload)] },
      token: token['editor.xck'],
    })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201)
    expect((await t.payload.findByID({ collection: 'disclosures', id })).firstPublishedAt ?? null).toBeNull()
    for (const ticket of submitted.body.tickets) await signAllStages(t.payload, ticket.id)
    await runDeliveries(t.payload)
    const deliveries = await t.payload.find({
      collection: 'deliveries',
      where: { itemKey: { equals: `disclosures:${id}` } },
    })
    const live = await t.payload.findByID({ collection: 'disclosures', id })
    expect(live._status, JSON.stringify(deliveries.docs.map((d) => [d.state, d.lastError]))).toBe('published')
    expect(live.indexNumber).toMatch(/^XCK-/)

    // Refreshing the report afterwards saves a new draft of the same item; the live version stays.
    const again = await doors.rest('POST', 'annual-report/2025/draft', { token: token['admin.xck'] })
    expect(again.status).toBe(200)
    expect(again.body.doc.id).toBe(id)
    const stillLive = await t.payload.findByID({ collection: 'disclosures', id })
    expect(stillLive._status).toBe('published')
    const newest = await doors.rest('GET', `disclosures/${id}?draft=true`, { token: token['editor.xck'] })
    expect(newest.body._status).toBe('draft')
  })
})
