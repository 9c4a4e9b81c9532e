/** What the engine gives the Weibo adapter, and the progress it stores after every step. */
import type { ImageFile } from '../types'

export type WeiboPostInput = {
  title: string
  /** The item's page on the website: statuses/share requires a link to the app's safe domain. */
  permalink: string
  /** An optional picture (the item's cover). */
  picture?: ImageFile
}

/** Plain JSON; the engine saves it after every step and passes it back unchanged. */
export type WeiboProgress = {
  /** The exact text sent, kept from the first attempt so reconciliation looks for what was really sent. */
  text?: string
  idstr?: string
  /** The posting account's uid, as the platform reported it. */
  uid?: string
  url?: string
  /**
   * statuses/share was sent and its answer lost, or it answered 20019 (the same text is already posted).
   * The only step allowed now is reconciliation through the timeline; never share blindly.
   */
  shareUncertain?: boolean
  /** When the first unanswered share was sent (ms since the epoch). */
  uncertainSince?: number
  lastShareAt?: number
  /** Weibo answered 20019: the text is on the account, so it must be found, not posted again. */
  duplicateSeen?: boolean
}

export type WeiboStep = 'share' | 'reconcile_share'
