/**
 * Pages for people: what was published, as a phone would show it (Chinese UI), an index of everything,
 * and the stored image bytes behind the mmbiz / sinaimg URLs the APIs hand out.
 */
import type { Sandbox } from './context'
import { html, type Reply } from './http'
import { MIME, MMBIZ_PATH, SINAIMG_PATH, sinaimgPath } from './images'
import type { WechatArticle, WeiboPost } from './state'
import { linksIn } from './weiboText'

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '"': '&quot;', '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;' })[c]!,
  )

const beijing = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')

const layout = (title: string, body: string) => `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
body{margin:0;background:#f2f2f2;font:16px/1.75 -apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#222}
main{max-width:414px;margin:0 auto;background:#fff;min-height:100vh;padding:20px 16px 40px;box-sizing:border-box}
h1{font-size:22px;line-height:1.4;margin:0 0 12px}h2{font-size:17px;margin:28px 0 8px}
.meta{color:#888;font-size:14px;margin-bottom:18px}.meta b{color:#576b95;font-weight:normal}
img{max-width:100%;height:auto}.cover{width:100%;margin-bottom:16px;border-radius:4px}
.notice{padding:48px 0;text-align:center;color:#888}.note{margin-top:32px;font-size:13px;color:#aa6b00}
a{color:#576b95}li{margin:6px 0}.status{font-size:12px;color:#fff;border-radius:3px;padding:0 5px;margin-right:6px}
.s0{background:#07c160}.s1{background:#fa9d3b}.sx{background:#999}.weibo{white-space:pre-wrap;word-break:break-all}
</style></head><body><main>${body}</main></body></html>`

const ARTICLE_STATUS: Record<number, string> = { 0: '已发表', 5: '已删除', 6: '已封禁' }

function articlePage(sandbox: Sandbox, articleId: string, idx: number): Reply {
  const article = sandbox.state.wechat.articles[articleId]
  const item = article?.items.find((i) => i.idx === idx)
  if (!article || !item) return html(layout('页面不存在', '<p class="notice">该页面不存在</p>'), 404)
  if (article.status === 6) return html(layout('无法查看', '<p class="notice">此内容因违规无法查看</p>'))
  if (item.deleted) return html(layout('已删除', '<p class="notice">该内容已被发布者删除</p>'))
  const account = sandbox.state.wechat.accounts[article.appid]
  const { scripts, eventHandlers, externalImages } = item.stripped
  const removed = scripts + eventHandlers + externalImages.length
  const body =
    `<h1>${escape(item.title)}</h1>` +
    `<div class="meta">${item.author ? `${escape(item.author)} ` : ''}<b>${escape(account?.name ?? '')}</b> ` +
    `${beijing(article.publishedAt)}</div>` +
    (item.coverUrl ? `<img class="cover" src="${escape(item.coverUrl)}" alt="封面">` : '') +
    `<div class="content">${item.content}</div>` +
    (item.contentSourceUrl ? `<p><a href="${escape(item.contentSourceUrl)}">阅读原文</a></p>` : '') +
    (removed
      ? `<p class="note">沙箱记录：微信已移除脚本 ${scripts} 处、事件属性 ${eventHandlers} 处、外部图片 ${externalImages.length} 张</p>`
      : '')
  return html(layout(item.title, body))
}

const linkify = (text: string) => {
  let out = escape(text)
  for (const link of new Set(linksIn(text)))
    out = out.split(escape(link)).join(`<a href="${escape(link)}">${escape(link)}</a>`)
  return out
}

function weiboPage(sandbox: Sandbox, idstr: string): Reply {
  const post = sandbox.state.weibo.posts[idstr]
  if (!post) return html(layout('微博不存在', '<p class="notice">该微博不存在</p>'), 404)
  if (post.deleted) return html(layout('已删除', '<p class="notice">抱歉，此微博已被作者删除</p>'))
  const account = sandbox.state.weibo.accounts[post.uid]
  const image = post.picId ? sandbox.state.images[post.picId] : undefined
  const body =
    `<div class="meta"><b>${escape(account?.screenName ?? String(post.uid))}</b> ${beijing(post.createdAt)}</div>` +
    `<p class="weibo">${linkify(post.text)}</p>` +
    (image ? `<img src="${sandbox.url}${sinaimgPath('bmiddle', image)}" alt="配图">` : '')
  return html(layout(`${account?.screenName ?? '微博'}的微博`, body))
}

const statusBadge = (status: number, label: string) =>
  `<span class="status ${status === 0 ? 's0' : status === 1 ? 's1' : 'sx'}">${label}</span>`

function indexPage(sandbox: Sandbox): Reply {
  const { articles, publishes } = sandbox.state.wechat
  const pending = Object.values(publishes).filter((p) => p.status === 1).length
  const wechat = Object.values(articles)
    .sort((a: WechatArticle, b: WechatArticle) => b.publishedAt - a.publishedAt)
    .flatMap((a) =>
      a.items.map(
        (item) =>
          `<li>${statusBadge(item.deleted ? 5 : a.status, item.deleted ? '已删除' : ARTICLE_STATUS[a.status])}` +
          `<a href="/s/${a.articleId}${item.idx > 1 ? `?idx=${item.idx}` : ''}">${escape(item.title)}</a> ` +
          `<small>${beijing(a.publishedAt)}</small></li>`,
      ),
    )
  const weibo = Object.values(sandbox.state.weibo.posts)
    .sort((a: WeiboPost, b: WeiboPost) => b.createdAt - a.createdAt)
    .map(
      (p) =>
        `<li>${statusBadge(p.deleted ? 5 : 0, p.deleted ? '已删除' : '已发布')}` +
        `<a href="/weibo/${p.idstr}">${escape([...p.text].slice(0, 40).join(''))}</a> <small>${beijing(p.createdAt)}</small></li>`,
    )
  const body =
    `<h1>阳光 · 发布沙箱</h1><p class="meta">模拟微信公众号与微博开放平台；不会向真实平台发送任何内容。</p>` +
    `<h2>微信公众号（${wechat.length} 篇${pending ? `，${pending} 个发布中` : ''}）</h2>` +
    (wechat.length ? `<ul>${wechat.join('')}</ul>` : '<p class="meta">暂无</p>') +
    `<h2>微博（${weibo.length} 条）</h2>` +
    (weibo.length ? `<ul>${weibo.join('')}</ul>` : '<p class="meta">暂无</p>') +
    `<p class="meta"><a href="/__sandbox/state">状态 JSON</a></p>`
  return html(layout('发布沙箱', body))
}

function imageBytes(sandbox: Sandbox, id: string): Reply {
  const image = sandbox.state.images[id]
  if (!image) return { body: 'not found', status: 404 }
  return {
    body: Buffer.from(image.base64, 'base64'),
    headers: { 'cache-control': 'public, max-age=31536000, immutable', 'content-type': MIME[image.kind] },
    status: 200,
  }
}

export function page(sandbox: Sandbox, path: string, query: URLSearchParams): Reply {
  if (path === '/') return indexPage(sandbox)
  const article = /^\/s\/([A-Za-z0-9_-]+)$/.exec(path)
  if (article) return articlePage(sandbox, article[1], Number(query.get('idx') ?? 1) || 1)
  const weibo = /^\/weibo\/(\d+)$/.exec(path)
  if (weibo) return weiboPage(sandbox, weibo[1])
  const image = MMBIZ_PATH.exec(path) ?? SINAIMG_PATH.exec(path)
  if (image) return imageBytes(sandbox, image[1])
  return html(layout('页面不存在', '<p class="notice">页面不存在</p>'), 404)
}
