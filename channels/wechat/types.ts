/** What the engine gives the WeChat adapter, and the progress it stores after every step. */
import type { ImageFile } from '../types'

export type WechatArticleInput = {
  /** ≤ 32 characters; longer is refused by WeChat (45003, bad_content). */
  title: string
  author?: string
  digest?: string
  /** The item's Lexical rich text. */
  body: unknown
  /** The item's page on the website: the article's "阅读原文" link, and a reconciliation key. */
  sourceUrl?: string
  /** The cover picture (required by WeChat). */
  cover: ImageFile
  /** The pictures placed in the body (upload nodes), by the same ids. */
  images: ImageFile[]
  openComment?: boolean
}

/**
 * Plain JSON; the engine saves it after every step and passes it back unchanged. A field that is set is
 * never produced again: that is what makes a resumed delivery repeat nothing.
 */
export type WechatProgress = {
  /** Upload document id → the URL media/uploadimg gave for that picture, added as each one succeeds. */
  images: Record<string, string>
  /** material/add_material media_id of the cover (thumb_media_id of the draft). */
  coverMediaId?: string
  coverUrl?: string
  /** draft/add media_id. */
  draftMediaId?: string
  /** freepublish/submit publish_id. */
  publishId?: string
  /**
   * freepublish/submit was sent and its answer lost (timeout, dropped connection, or 40007 because the
   * draft already left the draft box). The only step allowed now is reconciliation; never submit blindly.
   */
  submitUncertain?: boolean
  /** When the first unanswered submit was sent (ms since the epoch). */
  uncertainSince?: number
  /** When the latest submit was sent (ms since the epoch). */
  lastSubmitAt?: number
  articleId?: string
  url?: string
  /** The publish job ended without an article (publish_status 2, 3, 4). */
  failure?: { publishStatus: number; reason: string }
  /** Published, then deleted or banned on the platform (publish_status 5, 6). */
  removed?: { publishStatus: number; reason: string }
}

export type WechatStep =
  'upload_image' | 'upload_cover' | 'add_draft' | 'submit' | 'reconcile_submit' | 'check_publish'
