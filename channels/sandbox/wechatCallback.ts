/**
 * The PUBLISHJOBFINISH event WeChat pushes to the account's server URL when a publish job ends, in
 * plaintext mode: XML body, `?signature=&timestamp=&nonce=` in the query. Like WeChat, the sandbox
 * gives each try 5 s and tries 3 times in all.
 */
import { randomInt } from 'node:crypto'

import type { Sandbox } from './context'
import type { CallbackDelivery, WechatAccount, WechatArticle, WechatPublish } from './state'
import { wechatSignature } from './wechatSignature'

const ATTEMPTS = 3
const ATTEMPT_TIMEOUT_MS = 5000

const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`

export function publishEventXml(
  account: WechatAccount,
  publish: WechatPublish,
  article: WechatArticle | undefined,
  createTime: number,
): string {
  const items = (article?.items ?? [])
    .map((item) => `<item><idx>${item.idx}</idx><article_url>${cdata(item.url)}</article_url></item>`)
    .join('')
  const detail = article
    ? `<article_id>${cdata(article.articleId)}</article_id>` +
      `<article_detail><count>${article.items.length}</count>${items}</article_detail>`
    : ''
  return (
    `<xml><ToUserName>${cdata(account.originalId)}</ToUserName>` +
    `<FromUserName>${cdata('mphelper')}</FromUserName>` + // the sender WeChat uses for publish events
    `<CreateTime>${createTime}</CreateTime><MsgType>${cdata('event')}</MsgType>` +
    `<Event>${cdata('PUBLISHJOBFINISH')}</Event><PublishEventInfo>` +
    `<publish_id>${publish.publishId}</publish_id><publish_status>${publish.status}</publish_status>` +
    `${detail}${publish.failIdx.map((idx) => `<fail_idx>${idx}</fail_idx>`).join('')}` +
    `</PublishEventInfo></xml>`
  )
}

export async function deliverPublishEvent(
  sandbox: Sandbox,
  account: WechatAccount,
  publish: WechatPublish,
  article: WechatArticle | undefined,
): Promise<void> {
  if (!account.callbackUrl) return
  const delivery: CallbackDelivery = {
    appid: account.appid,
    attempts: [],
    delivered: false,
    publishId: publish.publishId,
    url: account.callbackUrl,
  }
  sandbox.state.callbacks.push(delivery)
  const createTime = Math.floor(sandbox.now() / 1000)
  const body = publishEventXml(account, publish, article, createTime)
  for (let attempt = 0; attempt < ATTEMPTS && !delivery.delivered && !sandbox.signal.aborted; attempt++) {
    const timestamp = String(Math.floor(sandbox.now() / 1000))
    const nonce = String(randomInt(1_000_000_000))
    const target = new URL(account.callbackUrl)
    target.searchParams.set('signature', wechatSignature(account.callbackToken ?? '', timestamp, nonce))
    target.searchParams.set('timestamp', timestamp)
    target.searchParams.set('nonce', nonce)
    try {
      const response = await fetch(target, {
        body,
        headers: { 'content-type': 'text/xml' },
        method: 'POST',
        signal: AbortSignal.any([sandbox.signal, AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)]),
      })
      await response.arrayBuffer()
      delivery.attempts.push({ at: sandbox.now(), status: response.status })
      delivery.delivered = response.ok
    } catch (error) {
      delivery.attempts.push({ at: sandbox.now(), error: (error as Error).message })
    }
    sandbox.persist()
  }
}
