/**
 * After a statuses/share whose answer was lost, or that answered 20019: look for the post, read-only, in
 * the account's own timeline (user_timeline, newest first).
 *
 * Found: adopt it. Not found, with no 20019 seen, and the last share sent at least `quietMs` ago: sharing
 * again is safe — and stays safe even if the timeline lagged, because Weibo refuses the same text twice
 * (20019), which sends us back here. Not found after a 20019: a person must look.
 */
import type { WeiboClient } from './client'

export type FoundPost = { idstr: string; uid?: string }

type Status = { idstr?: string; id?: number; text?: string; user?: { idstr?: string; id?: number } }

const PAGE = 50
const MAX_PAGES = 4
const LINK = /https?:\/\/[^\s]+/g

const withoutLinks = (text: string) => text.replace(LINK, '').replace(/\s+/g, ' ').trim()

/**
 * Our text, as the timeline shows it: Weibo may show a link as its t.cn short link, so besides an exact
 * match, the same words with a link in the same place count as the same post (Weibo's own 20019 check
 * judges them the same text too).
 */
export function sameStatus(posted: string, ours: string): boolean {
  if (posted === ours) return true
  return /https?:\/\/\S/.test(posted) && withoutLinks(posted) === withoutLinks(ours)
}

export async function findOwnPost(client: WeiboClient, text: string): Promise<FoundPost | undefined> {
  for (let page = 1; page <= MAX_PAGES; page++) {
    const reply = await client.get('/2/statuses/user_timeline.json', { count: PAGE, page })
    const statuses = (Array.isArray(reply.statuses) ? reply.statuses : []) as Status[]
    const post = statuses.find((status) => typeof status.text === 'string' && sameStatus(status.text, text))
    if (post) {
      const idstr = post.idstr ?? String(post.id)
      const uid = post.user?.idstr ?? (post.user?.id === undefined ? undefined : String(post.user.id))
      return { idstr, uid }
    }
    if (statuses.length < PAGE) return undefined
  }
  return undefined
}
