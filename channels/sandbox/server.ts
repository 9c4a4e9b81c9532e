/**
 * A stand-in for the WeChat Official Account and Weibo open APIs on one local HTTP port, so tests and
 * `npm run dev` never reach the real platforms. Node built-ins only. See README.md beside this file.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'

import type { Sandbox } from './context'
import { control } from './control'
import { FaultQueue } from './faults'
import { type ApiRequest, BodyTooLarge, json, plainIp, readBody, send } from './http'
import { page } from './pages'
import { loadState, logCall, resetState, type SandboxState, saveState } from './state'
import { weiboApi } from './weibo'
import { weiboError } from './weiboErrors'
import { wechatApi } from './wechat'
import { wechatError } from './wechatErrors'
import { resumePublishing } from './wechatPublish'

export type { SandboxState } from './state'
export { wechatSignature } from './wechatSignature'
export { weiboLength } from './weiboText'

export type SandboxOptions = {
  /** 0 (the default) picks a free port. */
  port?: number
  host?: string
  /** How long a WeChat publish job stays at status 1 (publishing); 0 finishes at the next poll. */
  publishDelayMs?: number
  /** Keep the state in this JSON file across restarts; in memory only when absent. */
  stateFile?: string
  /** The sandbox's clock (quota days, token expiry, hourly windows); tests move it forward. */
  now?: () => number
}

export type RunningSandbox = { url: string; close(): Promise<void>; state: SandboxState }

// Large enough for a 10 MB permanent image plus multipart overhead; more is refused outright.
const BODY_LIMIT = 16 * 1024 * 1024
const DEFAULT_TIMEOUT_FAULT_MS = 10_000
const DEFAULT_PUBLISH_DELAY_MS = 1000
const SAVE_DELAY_MS = 100

const GATEWAY_500 =
  '<html><head><title>500 Internal Server Error</title></head><body><center><h1>500 Internal Server Error</h1></center></body></html>'

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const state = loadState(options.stateFile)
  const timers = new Set<NodeJS.Timeout>()
  const work = new Set<Promise<unknown>>()
  const stopping = new AbortController()
  let saveTimer: NodeJS.Timeout | undefined

  const saveNow = () => {
    clearTimeout(saveTimer)
    saveTimer = undefined
    if (options.stateFile) saveState(options.stateFile, state)
  }
  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer)
      run()
    }, ms)
    timers.add(timer)
  }

  const sandbox: Sandbox = {
    background: (promise) => {
      const tracked: Promise<unknown> = promise.catch(() => undefined).finally(() => work.delete(tracked))
      work.add(tracked)
    },
    faults: new FaultQueue(),
    later,
    now: options.now ?? Date.now,
    persist: () => {
      if (options.stateFile && !saveTimer) saveTimer = setTimeout(saveNow, SAVE_DELAY_MS)
    },
    publishDelayMs: options.publishDelayMs ?? DEFAULT_PUBLISH_DELAY_MS,
    signal: stopping.signal,
    state,
    url: '',
  }

  const reset = (keepAccounts: boolean) => {
    for (const timer of timers) clearTimeout(timer)
    timers.clear()
    sandbox.faults.clear()
    resetState(state, keepAccounts)
    sandbox.persist()
  }

  /** The 'timeout' fault: never answer; after `ms`, drop the connection (reset does not cut this short). */
  const held = new Set<NodeJS.Timeout>()
  const hold = (socket: Socket, ms: number) => {
    const timer = setTimeout(() => socket.destroy(), ms)
    held.add(timer)
    socket.once('close', () => {
      clearTimeout(timer)
      held.delete(timer)
    })
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox')
    const { pathname: path } = url
    const method = req.method ?? 'GET'
    const wechat = path.startsWith('/cgi-bin/')
    if (!wechat && !path.startsWith('/2/') && !path.startsWith('/__sandbox/')) {
      return send(res, page(sandbox, path, url.searchParams))
    }
    let body: Buffer
    try {
      body = await readBody(req, BODY_LIMIT)
    } catch (error) {
      if (error instanceof BodyTooLarge) return send(res, json({ error: error.message }, 413, 'too_large'))
      throw error
    }
    if (path.startsWith('/__sandbox/')) return send(res, control(sandbox, method, path, body, reset))

    const record = (outcome: string) => {
      logCall(state, { at: sandbox.now(), method, path, outcome })
      sandbox.persist()
    }
    const fault = sandbox.faults.take(path)
    if (fault?.fault === 'http_500') {
      record('fault:http_500')
      return send(res, { body: GATEWAY_500, headers: { 'content-type': 'text/html' }, status: 500 })
    }
    if (fault?.fault === 'timeout') {
      record('fault:timeout')
      return hold(req.socket, fault.ms ?? DEFAULT_TIMEOUT_FAULT_MS)
    }
    if (fault?.fault === 'errcode') {
      const reply = wechat ? wechatError(fault.code!) : weiboError(fault.code!, path)
      record(`fault:${reply.outcome}`)
      return send(res, reply)
    }
    const request: ApiRequest = {
      body,
      headers: req.headers,
      method,
      path,
      query: url.searchParams,
      remoteIp: plainIp(req.socket.remoteAddress),
    }
    if (fault?.fault === 'publish_status') request.publishOutcome = fault.status
    const reply = wechat ? wechatApi(request, sandbox) : weiboApi(request, sandbox)
    if (fault?.fault === 'drop_after_commit') {
      record(`fault:drop_after_commit:${reply.outcome ?? 'ok'}`)
      saveNow() // the work is stored before the connection drops, as on the platform
      req.socket.destroy()
      return
    }
    record(reply.outcome ?? 'ok')
    send(res, reply)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      if (res.headersSent) res.destroy()
      else send(res, json({ error: `sandbox failure: ${error.message}` }, 500, 'sandbox_failure'))
    })
  })
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  const { port } = server.address() as { port: number }
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host
  sandbox.url = `http://${urlHost}:${port}`
  resumePublishing(sandbox)

  return {
    close: async () => {
      for (const timer of [...timers, ...held]) clearTimeout(timer)
      timers.clear()
      stopping.abort()
      saveNow()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      await Promise.allSettled([...work])
    },
    state,
    url: sandbox.url,
  }
}
