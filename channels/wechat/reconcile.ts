/**
 * After a freepublish/submit whose answer was lost: find out, read-only, whether it published.
 *
 * A resend is safe only when both hold:
 *   1. freepublish/batchget shows no article from our draft (matched by our title AND our cover's
 *      thumb_media_id — unique to this delivery — or our content_source_url), and
 *   2. draft/get still returns the draft: WeChat takes a draft out of the draft box when it is submitted,
 *      so a draft still there was never submitted,
 * and the last submit was sent at least `quietMs` ago, so a slow request cannot still be in flight.
 * Not found in batchget proves nothing on its own: a job is invisible there while it is still publishing,
 * and forever if it failed (publish_status 2/3/4). A draft that has left the box (or a platform that cannot
 * say) means "wait", and after `giveUpMs` a person.
 */
import { ChannelError } from '../errors'
import type { WechatClient } from './client'

export type PublishedArticle = { articleId: string; url: string }
export type DraftBox = 'holds' | 'gone' | 'unknown'
export type ResendDecision = 'adopt' | 'resend' | 'wait' | 'ask_person'

const PAGE = 20
const MAX_PAGES = 5
// The platform's clock and ours may disagree; an article from before our first attempt is not ours.
const CLOCK_SKEW_MS = 10 * 60_000

type NewsItem = {
  title?: string
  thumb_media_id?: string
  content_source_url?: string
  url?: string
  is_deleted?: boolean
}
type BatchItem = { article_id?: string; update_time?: number; content?: { news_item?: NewsItem[] } }

export type ArticleKey = {
  /** Compared when given; retraction, which has no input, matches on the cover alone. */
  title?: string
  coverMediaId?: string
  sourceUrl?: string
  since?: number
}

const isOurs = (key: ArticleKey) => (item: NewsItem) =>
  !item.is_deleted &&
  (key.title === undefined || item.title === key.title) &&
  ((!!key.coverMediaId && item.thumb_media_id === key.coverMediaId) ||
    (!!key.sourceUrl && item.content_source_url === key.sourceUrl))

/** Pages through the published list (newest first) until `match` finds something or it cannot anymore. */
async function scanPublished<T>(
  client: WechatClient,
  match: (item: BatchItem) => T | undefined,
  since?: number,
): Promise<T | undefined> {
  for (let page = 0; page < MAX_PAGES; page++) {
    const reply = await client.call('/cgi-bin/freepublish/batchget', {
      count: PAGE,
      no_content: 1,
      offset: page * PAGE,
    })
    const items = (Array.isArray(reply.item) ? reply.item : []) as BatchItem[]
    for (const item of items) {
      const found = match(item)
      if (found !== undefined) return found
    }
    const oldest = items.at(-1)?.update_time
    const olderThanUs = since !== undefined && oldest !== undefined && oldest * 1000 < since - CLOCK_SKEW_MS
    if (items.length < PAGE || olderThanUs) return undefined
  }
  return undefined
}

/** Our article in the published list, or undefined after the pages that could hold it. */
export function findPublishedArticle(
  client: WechatClient,
  key: ArticleKey,
): Promise<PublishedArticle | undefined> {
  return scanPublished(
    client,
    (item) => {
      const news = item.content?.news_item?.find(isOurs(key))
      return news && item.article_id ? { articleId: item.article_id, url: news.url ?? '' } : undefined
    },
    key.since,
  )
}

/** An article by its id in the published list (deleted articles are not listed there). */
export function findArticleById(
  client: WechatClient,
  articleId: string,
): Promise<PublishedArticle | undefined> {
  return scanPublished(client, (item) => {
    const first = item.content?.news_item?.find((news) => !news.is_deleted)
    return item.article_id === articleId && first ? { articleId, url: first.url ?? '' } : undefined
  })
}

/** Whether the draft box still holds the draft (draft/get): 40007 means it has left it. */
export async function draftBox(client: WechatClient, draftMediaId: string): Promise<DraftBox> {
  try {
    const reply = await client.call('/cgi-bin/draft/get', { media_id: draftMediaId })
    return Array.isArray(reply.news_item) && reply.news_item.length > 0 ? 'holds' : 'unknown'
  } catch (error) {
    if (error instanceof ChannelError && error.platformCode === 40007) return 'gone'
    if (error instanceof ChannelError && error.kind !== 'account_disconnected') return 'unknown'
    throw error
  }
}

export type Evidence = { published?: PublishedArticle; draftBox: DraftBox }
export type Timing = {
  now: number
  uncertainSince: number
  lastSubmitAt: number
  quietMs: number
  giveUpMs: number
}

/** The rule above as a pure function, so it can be read and tested on its own. */
export function resendDecision(evidence: Evidence, timing: Timing): ResendDecision {
  if (evidence.published) return 'adopt'
  if (evidence.draftBox === 'holds' && timing.now - timing.lastSubmitAt >= timing.quietMs) return 'resend'
  if (timing.now - timing.uncertainSince >= timing.giveUpMs) return 'ask_person'
  return 'wait'
}
