import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkLinks } from '@/lib/preflight/links'

type Route = (request: IncomingMessage, response: ServerResponse) => void

const requests: string[] = []
let inFlight = 0
let mostInFlight = 0
const routes: Record<string, Route> = {
  '/ok': (_, response) => response.writeHead(200).end('ok'),
  '/missing': (_, response) => response.writeHead(404).end(),
  '/gone': (_, response) => response.writeHead(410).end(),
  '/error': (_, response) => response.writeHead(500).end(),
  '/head-not-allowed': (request, response) =>
    response.writeHead(request.method === 'HEAD' ? 405 : 200).end(request.method === 'HEAD' ? '' : 'ok'),
  '/head-forbidden': (request, response) => response.writeHead(request.method === 'HEAD' ? 403 : 200).end(),
  '/moved': (_, response) => response.writeHead(301, { Location: '/ok' }).end(),
  '/moved-to-missing': (_, response) => response.writeHead(302, { Location: '/missing' }).end(),
  '/loop': (_, response) => response.writeHead(302, { Location: '/loop' }).end(),
  '/slow': () => {}, // never answers
  '/busy': (_, response) => {
    inFlight++
    mostInFlight = Math.max(mostInFlight, inFlight)
    setTimeout(() => {
      inFlight--
      response.writeHead(200).end()
    }, 40)
  },
  '/user-agent': (request, response) =>
    response.writeHead(/Yangguang/.test(request.headers['user-agent'] ?? '') ? 200 : 404).end(),
}

let server: Server
let base: string
let closedPort: number

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    requests.push(`${request.method} ${path}`)
    ;(routes[path] ?? routes['/missing'])(request, response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // A port that was just free and is closed again: connecting to it is refused.
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  closedPort = (probe.address() as AddressInfo).port
  await new Promise((resolve) => probe.close(resolve))
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

const body = (url: string) => ({ url, field: 'body' })

describe('checkLinks against a real server', () => {
  it('accepts a page that opens, following redirects, and sends a User-Agent naming Yangguang', async () => {
    expect(await checkLinks([body(`${base}/ok`), body(`${base}/moved`), body(`${base}/user-agent`)])).toEqual(
      [],
    )
  })

  it('blocks 404 and 410, naming the address and the reason', async () => {
    const findings = await checkLinks([body(`${base}/missing`), body(`${base}/gone`)])
    expect(findings).toEqual([
      {
        code: 'broken_link',
        severity: 'blocking',
        field: 'body',
        message: `正文链接无法打开：${base}/missing（页面不存在，HTTP 404）`,
      },
      {
        code: 'broken_link',
        severity: 'blocking',
        field: 'body',
        message: `正文链接无法打开：${base}/gone（页面不存在，HTTP 410）`,
      },
    ])
  })

  it('blocks a redirect that ends at a missing page', async () => {
    const [finding] = await checkLinks([body(`${base}/moved-to-missing`)])
    expect(finding).toMatchObject({ code: 'broken_link', severity: 'blocking' })
  })

  it('asks again with GET when HEAD is refused', async () => {
    requests.length = 0
    expect(await checkLinks([body(`${base}/head-not-allowed`), body(`${base}/head-forbidden`)])).toEqual([])
    expect(requests.sort()).toEqual([
      'GET /head-forbidden',
      'GET /head-not-allowed',
      'HEAD /head-forbidden',
      'HEAD /head-not-allowed',
    ])
  })

  it('warns, without blocking, on a server error and on a redirect loop', async () => {
    const findings = await checkLinks([body(`${base}/error`), body(`${base}/loop`)])
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ['link_unverified', 'warning'],
      ['link_unverified', 'warning'],
    ])
    expect(findings[0].message).toBe(
      `正文链接暂无法确认能否打开：${base}/error（服务器返回 HTTP 500），请审核人核实`,
    )
    expect(findings[1].message).toContain('重定向次数过多')
  })

  it('warns when the server does not answer in time', async () => {
    const started = Date.now()
    const findings = await checkLinks([body(`${base}/slow`)], { timeoutMs: 300 })
    expect(findings).toEqual([
      {
        code: 'link_unverified',
        severity: 'warning',
        field: 'body',
        message: `正文链接暂无法确认能否打开：${base}/slow（0.3 秒内无响应），请审核人核实`,
      },
    ])
    expect(Date.now() - started).toBeLessThan(3_000)
  })

  it('blocks a refused connection', async () => {
    const findings = await checkLinks([body(`http://127.0.0.1:${closedPort}/page`)])
    expect(findings).toEqual([
      {
        code: 'broken_link',
        severity: 'blocking',
        field: 'body',
        message: `正文链接无法打开：http://127.0.0.1:${closedPort}/page（服务器拒绝连接）`,
      },
    ])
  })

  it('requests each address once, reporting it in every field it appears in', async () => {
    requests.length = 0
    const findings = await checkLinks([
      body(`${base}/missing`),
      body(` ${base}/missing `),
      { url: `${base}/missing`, field: 'summary' },
    ])
    expect(findings.map((f) => f.field)).toEqual(['body', 'summary'])
    expect(findings[1].message).toContain('摘要链接无法打开')
    expect(requests).toEqual(['HEAD /missing', 'GET /missing'])
  })

  it('checks several links at once within the concurrency limit', async () => {
    const urls = Array.from({ length: 9 }, (_, i) => body(`${base}/busy?page=${i}`))
    const findings = await checkLinks([...urls, body(`${base}/gone`)], { concurrency: 3 })
    expect(findings.map((f) => f.message)).toEqual([`正文链接无法打开：${base}/gone（页面不存在，HTTP 410）`])
    expect(mostInFlight).toBe(3)
  })
})

describe('checkLinks without the network', () => {
  it('blocks javascript: and other schemes, whatever their case or spacing', async () => {
    const findings = await checkLinks([
      body('javascript:alert(1)'),
      body(' JavaScript:void(0)'),
      body('java\tscript:alert(1)'),
      body('data:text/html,<script>alert(1)</script>'),
      body('ftp://example.com/file'),
    ])
    expect(findings.map((f) => [f.code, f.severity])).toEqual(Array(5).fill(['unsafe_link', 'blocking']))
    expect(findings[0].message).toBe(
      '正文含不允许的链接：javascript:alert(1)（javascript 链接可能执行脚本或无法打开，只允许 http、https、mailto、tel 链接）',
    )
  })

  it('accepts mailto:, tel: and in-page anchors without a request', async () => {
    expect(
      await checkLinks([body('mailto:xinxi@example.gov.cn'), body('tel:12345'), body('#section-2')]),
    ).toEqual([])
  })

  it('blocks an empty, relative or malformed address', async () => {
    const findings = await checkLinks([
      body(''),
      body('www.example.gov.cn/notice'),
      body('http://exa mple.com'),
    ])
    expect(findings.map((f) => [f.code, f.severity, f.message])).toEqual([
      ['broken_link', 'blocking', '正文链接无法打开：（链接地址为空）'],
      [
        'broken_link',
        'blocking',
        '正文链接无法打开：www.example.gov.cn/notice（不是完整网址，须以 http:// 或 https:// 开头）',
      ],
      ['broken_link', 'blocking', '正文链接无法打开：http://exa mple.com（链接地址格式有误）'],
    ])
  })

  it('quotes only the start of a very long address', async () => {
    const [finding] = await checkLinks([body(`data:image/png;base64,${'A'.repeat(100_000)}`)])
    expect(finding.message.length).toBeLessThan(250)
  })

  it('returns nothing for no links', async () => {
    expect(await checkLinks([])).toEqual([])
  })
})
