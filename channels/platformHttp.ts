/** The HTTP settings both platform clients share (the Weibo client imports this file too). */
import http from 'node:http'
import https from 'node:https'

import axios, { type AxiosInstance } from 'axios'

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1'])

/** One connection per call: a reused keep-alive socket that the server closed looks like a lost answer. */
export function platformHttp(apiBase: string, timeoutMs: number): AxiosInstance {
  return axios.create({
    adapter: 'http',
    baseURL: apiBase,
    httpAgent: new http.Agent({ keepAlive: false }),
    httpsAgent: new https.Agent({ keepAlive: false }),
    maxRedirects: 0,
    // A local sandbox is never reached through the machine's HTTP proxy.
    proxy: LOOPBACK.has(new URL(apiBase).hostname) ? false : undefined,
    responseType: 'text',
    timeout: timeoutMs,
    transformResponse: (data: unknown) => data,
    validateStatus: () => true,
  })
}
