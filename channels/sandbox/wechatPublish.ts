/**
 * Drafts and publishing. freepublish/submit only starts a job: the article exists once the job has
 * finished (after `publishDelayMs`), until then freepublish/get says 1 (publishing). A submitted draft
 * leaves the draft box, so submitting the same media_id again is refused with 40007 — after a lost
 * response, find out what happened with freepublish/get, the callback or freepublish/batchget.
 */
import type { Sandbox } from './context'
import { type ApiRequest, parseJson, type Reply, json } from './http'
import { opaqueId, publishNumber } from './ids'
import { MMBIZ_PATH } from './images'
import type { DraftArticle, WechatAccount, WechatArticle, WechatPublish } from './state'
import { deliverPublishEvent } from './wechatCallback'
import { cleanContent, defaultDigest, fieldError } from './wechatContent'
import { wechatError, wechatOk } from './wechatErrors'

const text = (value: unknown): string => (typeof value === 'string' ? value : '')
const flag = (value: unknown): number => (value === 1 || value === '1' ? 1 : 0)

/** Only pictures WeChat itself hosts survive in article content: here, the sandbox's own mmbiz paths. */
function isWechatImage(sandbox: Sandbox, req: ApiRequest) {
  const own = new URL(sandbox.url)
  const hostHeader = (req.headers.host ?? '').replace(/:\d+$/, '')
  const hosts = new Set([own.hostname, hostHeader, 'localhost', '127.0.0.1'])
  return (src: string): boolean => {
    try {
      const url = new URL(src)
      const id = MMBIZ_PATH.exec(url.pathname)?.[1]
      return url.port === own.port && hosts.has(url.hostname) && !!id && !!sandbox.state.images[id]
    } catch {
      return false
    }
  }
}

export function draftAdd(req: ApiRequest, sandbox: Sandbox, account: WechatAccount): Reply {
  const body = parseJson(req.body)
  if (!body) return wechatError(47001)
  const input = Array.isArray(body.articles) ? (body.articles as Record<string, unknown>[]) : []
  if (input.length === 0) return wechatError(44003)
  const articles: DraftArticle[] = []
  for (const raw of input) {
    const fields = {
      author: text(raw.author),
      content: text(raw.content),
      digest: text(raw.digest),
      title: text(raw.title),
    }
    const code = fieldError(fields)
    if (code) return wechatError(code)
    const thumb = sandbox.state.wechat.materials[text(raw.thumb_media_id)]
    if (!thumb || thumb.appid !== account.appid) return wechatError(40007)
    const { html, stripped } = cleanContent(fields.content, isWechatImage(sandbox, req))
    articles.push({
      ...fields,
      content: html,
      contentSourceUrl: text(raw.content_source_url),
      digest: fields.digest || defaultDigest(html),
      needOpenComment: flag(raw.need_open_comment),
      onlyFansCanComment: flag(raw.only_fans_can_comment),
      stripped,
      thumbMediaId: thumb.mediaId,
    })
  }
  const mediaId = opaqueId(32)
  sandbox.state.wechat.drafts[mediaId] = { appid: account.appid, articles, createdAt: sandbox.now(), mediaId }
  sandbox.persist()
  return json({ media_id: mediaId })
}

/**
 * draft/get: the draft's articles while it is in the draft box. Submitting takes a draft out of the box,
 * so afterwards (or for another account's id) the answer is 40007, as on the platform.
 */
export function draftGet(req: ApiRequest, sandbox: Sandbox, account: WechatAccount): Reply {
  const draft = sandbox.state.wechat.drafts[text(parseJson(req.body)?.media_id)]
  if (!draft || draft.appid !== account.appid || draft.publishId) return wechatError(40007)
  return json({
    news_item: draft.articles.map((article) => ({
      author: article.author,
      content: article.content,
      content_source_url: article.contentSourceUrl,
      digest: article.digest,
      need_open_comment: article.needOpenComment,
      only_fans_can_comment: article.onlyFansCanComment,
      thumb_media_id: article.thumbMediaId,
      title: article.title,
    })),
  })
}

export function freepublishSubmit(req: ApiRequest, sandbox: Sandbox, account: WechatAccount): Reply {
  const draft = sandbox.state.wechat.drafts[text(parseJson(req.body)?.media_id)]
  if (!draft || draft.appid !== account.appid || draft.publishId) return wechatError(40007)
  const number = publishNumber(sandbox.state)
  const now = sandbox.now()
  const publish: WechatPublish = {
    appid: account.appid,
    failIdx: [],
    mediaId: draft.mediaId,
    msgDataId: number,
    outcome: req.publishOutcome ?? 0,
    publishId: String(number),
    readyAt: now + sandbox.publishDelayMs,
    status: 1,
    submittedAt: now,
  }
  sandbox.state.wechat.publishes[publish.publishId] = publish
  draft.publishId = publish.publishId
  sandbox.later(sandbox.publishDelayMs, () => finishPublish(sandbox, publish.publishId))
  sandbox.persist()
  return wechatOk({ msg_data_id: publish.msgDataId, publish_id: publish.publishId })
}

const articleUrl = (sandbox: Sandbox, articleId: string, idx: number) =>
  `${sandbox.url}/s/${articleId}${idx > 1 ? `?idx=${idx}` : ''}`

/** Ends a publish job: the article appears (or the planned failure is recorded) and the callback goes out. */
export function finishPublish(sandbox: Sandbox, publishId: string): void {
  const { publishes, drafts, accounts, materials, articles } = sandbox.state.wechat
  const publish = publishes[publishId]
  if (!publish || publish.status !== 1) return
  const draft = drafts[publish.mediaId]
  publish.finishedAt = sandbox.now()
  let article: WechatArticle | undefined
  if (publish.outcome !== 0 || !draft) {
    publish.status = publish.outcome || 3
    publish.failIdx = (draft?.articles ?? [null]).map((_, i) => i + 1)
  } else {
    const articleId = opaqueId(48)
    article = {
      appid: publish.appid,
      articleId,
      items: draft.articles.map((a, i) => ({
        ...a,
        coverUrl: materials[a.thumbMediaId]?.url,
        deleted: false,
        idx: i + 1,
        url: articleUrl(sandbox, articleId, i + 1),
      })),
      publishId,
      publishedAt: publish.finishedAt,
      status: 0,
    }
    articles[articleId] = article
    publish.articleId = articleId
    publish.status = 0
  }
  sandbox.persist()
  const account = accounts[publish.appid]
  if (account) sandbox.background(deliverPublishEvent(sandbox, account, publish, article))
}

/** After a restart from a state file, jobs that were still publishing finish when they were due. */
export function resumePublishing(sandbox: Sandbox): void {
  for (const publish of Object.values(sandbox.state.wechat.publishes)) {
    if (publish.status !== 1) continue
    sandbox.later(Math.max(0, publish.readyAt - sandbox.now()), () =>
      finishPublish(sandbox, publish.publishId),
    )
  }
}

export function freepublishGet(req: ApiRequest, sandbox: Sandbox, account: WechatAccount): Reply {
  const id = parseJson(req.body)?.publish_id
  const publish = sandbox.state.wechat.publishes[String(id ?? '')]
  if (!publish || publish.appid !== account.appid) return wechatError(53600)
  if (publish.status === 1 && sandbox.now() >= publish.readyAt) finishPublish(sandbox, publish.publishId)
  const article = publish.articleId ? sandbox.state.wechat.articles[publish.articleId] : undefined
  const detail = article && {
    article_detail: {
      count: article.items.length,
      item: article.items.map((item) => ({ article_url: item.url, idx: item.idx })),
    },
    article_id: article.articleId,
  }
  return json({
    publish_id: publish.publishId,
    publish_status: publish.status,
    ...detail,
    fail_idx: publish.failIdx,
  })
}

export function freepublishDelete(req: ApiRequest, sandbox: Sandbox, account: WechatAccount): Reply {
  const body = parseJson(req.body)
  const article = sandbox.state.wechat.articles[text(body?.article_id)]
  if (!article || article.appid !== account.appid || article.status !== 0) return wechatError(53600)
  const index = Number(body?.index ?? 0)
  const chosen = index ? article.items.filter((item) => item.idx === index && !item.deleted) : article.items
  if (chosen.length === 0) return wechatError(40060)
  for (const item of chosen) item.deleted = true
  if (article.items.every((item) => item.deleted)) {
    article.status = 5
    article.deletedAt = sandbox.now()
    const publish = sandbox.state.wechat.publishes[article.publishId]
    if (publish) publish.status = 5
  }
  sandbox.persist()
  return wechatOk()
}

/** The published list, newest first: how a client finds an article whose submit response it never got. */
export function freepublishBatchget(req: ApiRequest, sandbox: Sandbox, account: WechatAccount): Reply {
  const body = parseJson(req.body) ?? {}
  const offset = Math.max(0, Number(body.offset ?? 0) || 0)
  const count = Math.min(20, Math.max(1, Number(body.count ?? 20) || 20))
  const noContent = flag(body.no_content) === 1
  const published = Object.values(sandbox.state.wechat.articles)
    .filter((a) => a.appid === account.appid && a.status === 0)
    .sort((a, b) => b.publishedAt - a.publishedAt)
  const page = published.slice(offset, offset + count)
  const seconds = (ms: number) => Math.floor(ms / 1000)
  return json({
    item: page.map((a) => ({
      article_id: a.articleId,
      content: {
        create_time: seconds(a.publishedAt),
        news_item: a.items.map((item) => ({
          author: item.author,
          content: noContent ? '' : item.content,
          content_source_url: item.contentSourceUrl,
          digest: item.digest,
          is_deleted: item.deleted,
          need_open_comment: item.needOpenComment,
          only_fans_can_comment: item.onlyFansCanComment,
          thumb_media_id: item.thumbMediaId,
          thumb_url: item.coverUrl ?? '',
          title: item.title,
          url: item.url,
        })),
        update_time: seconds(a.publishedAt),
      },
      update_time: seconds(a.publishedAt),
    })),
    item_count: page.length,
    total_count: published.length,
  })
}
