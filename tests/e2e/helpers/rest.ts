import { expect } from 'vitest'

import { DEMO_PASSWORD } from '../../../scripts/seed/users'

/** The REST doors a person or script uses against the e2e server: JSON (or a form) in, JSON out, a JWT. */
export function restClient(base: string) {
  async function api(method: string, path: string, token?: string, body?: unknown) {
    const form = body instanceof FormData
    const response = await fetch(`${base}/api/${path}`, {
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
      headers: {
        ...(form ? {} : { 'Content-Type': 'application/json' }),
        Origin: base,
        ...(token ? { Authorization: `JWT ${token}` } : {}),
      },
      method,
    })
    return { body: await response.json().catch(() => null), status: response.status }
  }

  async function login(email: string): Promise<string> {
    const reply = await api('POST', 'users/login', undefined, { email, password: DEMO_PASSWORD })
    expect(reply.status).toBe(200)
    return reply.body.token
  }

  return { api, login }
}
