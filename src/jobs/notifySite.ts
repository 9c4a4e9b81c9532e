import type { TaskConfig } from 'payload'

import { nextAttemptAt } from '@/lib/backoff'
import { DELIVERY_QUEUE } from '@/gate/queueDelivery'
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signBody, webhookSecret } from '@/public/webhook'

type Input = { attempt: number; body: string; deliveryId: string; event: string; url: string }

const TIMEOUT_MS = 10_000

/** Webhooks are cheap to repeat: a minute's base, capped at an hour, ten tries. */
export const WEBHOOK_BACKOFF = { baseMs: 60_000, capMs: 60 * 60_000, maxAttempts: 10 }

/**
 * Sends one signed notice (src/public/webhook.ts) to one downstream URL. A failure queues the next try
 * after a backed-off, jittered wait (Payload's own retry backoff has no jitter), under the same delivery
 * id, so a receiver can drop repeats of a notice it already handled.
 */
export const notifySite: TaskConfig<{ input: Input; output: { outcome: string } }> = {
  slug: 'notifySite',
  label: '通知下游网站 (notify a downstream site)',
  inputSchema: [
    { name: 'url', type: 'text', required: true },
    { name: 'event', type: 'text', required: true },
    { name: 'body', type: 'textarea', required: true },
    { name: 'deliveryId', type: 'text', required: true },
    { name: 'attempt', type: 'number', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const secret = webhookSecret()
    if (!secret) {
      return { output: { outcome: 'not sent: SITE_WEBHOOK_SECRET 未设置，不发送未签名的通知' } }
    }
    let problem: string
    try {
      const response = await fetch(input.url, {
        body: input.body,
        headers: {
          'Content-Type': 'application/json',
          [DELIVERY_HEADER]: input.deliveryId,
          [EVENT_HEADER]: input.event,
          [SIGNATURE_HEADER]: signBody(input.body, secret),
          'User-Agent': 'Yangguang-Webhook/1',
        },
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      })
      await response.body?.cancel()
      if (response.ok) return { output: { outcome: `delivered (${response.status})` } }
      problem = `HTTP ${response.status}`
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error)
    }
    const next = nextAttemptAt(input.attempt, new Date(), WEBHOOK_BACKOFF)
    if (!next) return { output: { outcome: `gave up after ${input.attempt} attempts: ${problem}` } }
    await req.payload.jobs.queue({
      input: { ...input, attempt: input.attempt + 1 },
      queue: DELIVERY_QUEUE,
      task: 'notifySite',
      waitUntil: next,
    })
    return {
      output: { outcome: `attempt ${input.attempt} failed (${problem}); retry at ${next.toISOString()}` },
    }
  },
}
