/**
 * The WeChat server URL of a channel account (`/api/channels/wechat/{accountId}/callback`): answers
 * WeChat's URL check and takes PUBLISHJOBFINISH events, so a publish job's outcome arrives without
 * spending the 100-a-day freepublish/get quota on polling. Every request must carry WeChat's signature
 * over the account's callback token; anything unsigned is refused before the body is read.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { parsePublishJobFinish, verifyWechatSignature } from '../../channels/wechat/callback'
import { publishOutcome, withPublishOutcome } from '../../channels/wechat/publishStatus'
import type { WechatProgress } from '../../channels/wechat/types'
import { moveDelivery } from '@/gate/deliveryState'
import { queueDeliveryJob } from '@/gate/queueDelivery'
import { decryptSecret, isEncrypted } from '@/lib/crypto/credentials'
import { serverURL } from '@/lib/env'
import { inTransaction } from '@/lib/transaction'
import type { ChannelAccount, Delivery } from '@/payload-types'

import { kickDeliveries } from './kickDeliveries'

const PATH = '/channels/wechat/:account/callback'

/** The server URL an admin enters in the WeChat platform's 服务器配置 for this account. */
export const wechatCallbackUrl = (accountId: number | string) =>
  `${serverURL()}/api${PATH.replace(':account', String(accountId))}`
const text = (body: string, status = 200) =>
  new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' }, status })

/** The account and its callback token, when the request is signed with it. */
async function signedAccount(req: PayloadRequest): Promise<ChannelAccount | undefined> {
  const id = req.routeParams?.account
  if (typeof id !== 'string' && typeof id !== 'number') return undefined
  const account = (await req.payload.findByID({
    collection: 'channel-accounts',
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: true,
  })) as ChannelAccount | null
  if (account?.platform !== 'wechat' || !isEncrypted(account.callbackToken)) return undefined
  const query = req.searchParams
  const signed = verifyWechatSignature(decryptSecret(account.callbackToken!), {
    nonce: query?.get('nonce'),
    signature: query?.get('signature'),
    timestamp: query?.get('timestamp'),
  })
  return signed ? account : undefined
}

/** Writes a finished job's outcome into its delivery and wakes it; a worker holding it reads it itself. */
async function applyPublishEvent(req: PayloadRequest, account: ChannelAccount, xml: string): Promise<string> {
  const event = parsePublishJobFinish(xml)
  if (!event || event.status === 1) return 'ignored'
  const { docs } = await req.payload.find({
    collection: 'deliveries',
    depth: 0,
    limit: 1000,
    overrideAccess: true,
    where: { and: [{ channel: { equals: account.id } }, { state: { equals: 'awaiting_platform' } }] },
  })
  const delivery = (docs as Delivery[]).find(
    (row) => (row.progress as WechatProgress | null)?.publishId === event.publishId,
  )
  if (!delivery) return 'no delivery waits for this job'
  const progress = withPublishOutcome(
    delivery.progress as WechatProgress,
    publishOutcome(event.status, event.articleId, event.url),
  )
  const woken = await inTransaction(req, async () => {
    const moved = await moveDelivery(req, delivery, ['awaiting_platform'], 'queued')
    if (!moved) return false
    await req.payload.update({
      collection: 'deliveries',
      data: { nextAttemptAt: new Date().toISOString(), progress: progress as Record<string, unknown> },
      depth: 0,
      id: delivery.id,
      overrideAccess: true,
      req,
    })
    await queueDeliveryJob(req.payload, delivery.id, { req })
    return true
  })
  if (woken) kickDeliveries(req, 'after a WeChat publish event')
  return woken ? 'applied' : 'a worker holds the delivery'
}

export const wechatCallbackEndpoints: Endpoint[] = [
  {
    // WeChat's check when an admin saves the server URL: echo `echostr` back if the signature holds.
    method: 'get',
    path: PATH,
    handler: async (req) => {
      if (!(await signedAccount(req))) return text('invalid signature', 403)
      return text(req.searchParams?.get('echostr') ?? '')
    },
  },
  {
    method: 'post',
    path: PATH,
    handler: async (req) => {
      const account = await signedAccount(req)
      if (!account) return text('invalid signature', 403)
      const outcome = await applyPublishEvent(req, account, (await req.text?.()) ?? '')
      req.payload.logger.info({ msg: `WeChat publish event for account ${account.id}: ${outcome}` })
      // WeChat retries anything but "success" three times; an event we cannot use is not worth a retry.
      return text('success')
    },
  },
]
