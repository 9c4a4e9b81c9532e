/**
 * The signed notice downstream sites receive when something goes live on the website or is retracted,
 * so they can revalidate. The body is signed as sent: `X-Yangguang-Signature: sha256=<hex HMAC-SHA256 of
 * the raw body, keyed by SITE_WEBHOOK_SECRET>`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

import { isProduction } from '@/lib/env'

export type WebhookEvent = 'published' | 'retracted'

export type WebhookPayload = {
  event: WebhookEvent
  collection: string
  id: number | string
  indexNumber: string | null
  url: string
  title: string
  /** First publication of the item (ISO 8601); null if it never went live. */
  publishedAt: string | null
  /** When this publication or retraction happened. */
  occurredAt: string
  /** The public generation this change produced: a receiver may ignore notices older than one it has seen. */
  generation: number
}

export const SIGNATURE_HEADER = 'X-Yangguang-Signature'
export const EVENT_HEADER = 'X-Yangguang-Event'
export const DELIVERY_HEADER = 'X-Yangguang-Delivery'

const DEV_WEBHOOK_SECRET = 'yangguang-development-webhook-secret'

export function webhookURLs(): string[] {
  return (process.env.SITE_WEBHOOK_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)
}

/** Null in production without a secret: the job then refuses to send unsigned notices. */
export function webhookSecret(): string | null {
  const secret = process.env.SITE_WEBHOOK_SECRET?.trim()
  if (secret) return secret
  return isProduction() ? null : DEV_WEBHOOK_SECRET
}

export const signBody = (rawBody: string, secret: string): string =>
  `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`

/** What a receiver does (docs/API.md shows the same in a few lines). */
export function verifySignature(rawBody: string, header: string | null | undefined, secret: string): boolean {
  if (!header) return false
  const expected = Buffer.from(signBody(rawBody, secret))
  const given = Buffer.from(header)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
