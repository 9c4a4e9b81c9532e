/**
 * The PUBLISHJOBFINISH event WeChat POSTs to the account's server URL when a publish job ends (plaintext
 * mode): the signature check for its query string and a small extraction of the fields we need. No XML
 * library: the document is tiny and fixed, and nothing here expands entities or follows a DTD.
 */
import { createHash, timingSafeEqual } from 'node:crypto'

export type SignedQuery = { signature?: string | null; timestamp?: string | null; nonce?: string | null }

/** sha1 of token, timestamp and nonce sorted and joined, compared in constant time. */
export function verifyWechatSignature(token: string, query: SignedQuery): boolean {
  const { signature, timestamp, nonce } = query
  if (!token || !signature || !timestamp || !nonce || !/^[0-9a-f]{40}$/i.test(signature)) return false
  const expected = createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest()
  return timingSafeEqual(expected, Buffer.from(signature, 'hex'))
}

export type PublishJobFinish = {
  publishId: string
  status: number
  articleId?: string
  /** The first article's URL. */
  url?: string
  failIdx: number[]
  /** The account's original id (gh_…), to find which account the event is for. */
  toUserName?: string
}

// Far larger than any real event; refuses a body built to make the regular expressions work hard.
const MAX_XML = 64 * 1024
const ENTITIES: Record<string, string> = { amp: '&', apos: "'", gt: '>', lt: '<', quot: '"' }

function decode(raw: string): string {
  if (raw.includes('<![CDATA[')) {
    // A CDATA section cannot hold "]]>", so senders split it into two sections: join them again.
    return [...raw.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m) => m[1]).join('')
  }
  return raw.replace(/&(amp|apos|gt|lt|quot);/g, (_, name: string) => ENTITIES[name]!).trim()
}

const fields = (xml: string, tag: string): string[] =>
  [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => decode(m[1]!))
const field = (xml: string, tag: string): string | undefined => fields(xml, tag)[0]

/** The event's fields, or undefined when the body is not a PUBLISHJOBFINISH event. */
export function parsePublishJobFinish(xml: string): PublishJobFinish | undefined {
  if (xml.length > MAX_XML || /<!DOCTYPE|<!ENTITY/i.test(xml)) return undefined
  if (field(xml, 'Event') !== 'PUBLISHJOBFINISH') return undefined
  const info = /<PublishEventInfo>([\s\S]*)<\/PublishEventInfo>/.exec(xml)?.[1]
  const publishId = info && field(info, 'publish_id')
  const status = Number(info && field(info, 'publish_status'))
  if (!info || !publishId || !Number.isInteger(status)) return undefined
  return {
    articleId: field(info, 'article_id') || undefined,
    failIdx: fields(info, 'fail_idx').map(Number).filter(Number.isInteger),
    publishId,
    status,
    toUserName: field(xml, 'ToUserName'),
    url: field(info, 'article_url') || undefined,
  }
}
