'use client'
import { Button, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useState } from 'react'
import { createPortal } from 'react-dom'

import { callGate, type Finding } from '../review/api'
import { FindingsList } from '../review/FindingsList'

type Common = { findings: Finding[]; permalink: string; websiteLive: boolean }
type WechatPreview = Common & {
  author: string
  coverUrl: null | string
  digest: string
  html: string
  omittedUploads: string[]
  title: string
}
type WeiboPreview = Common & {
  fullLength: number
  length: number
  limit: number
  pictureUrl: null | string
  shortened: boolean
  text: string
}
type WebsitePreview = Common & { html: string; summary: string; title: string }
type Previews = { website?: WebsitePreview; wechat?: WechatPreview; weibo?: WeiboPreview }

/**
 * 渠道预览: the saved draft as each channel would show it, rendered on the server by the delivery's own
 * renderers — a phone-width WeChat article, the Weibo text with Weibo's count, and the website page.
 * The HTML has passed the server's allowlist sanitizer before it reaches this component.
 */
export default function ChannelPreview() {
  const { collectionSlug, id } = useDocumentInfo()
  const modified = useFormModified()
  const [open, setOpen] = useState(false)
  const [previews, setPreviews] = useState<Previews>({})
  const [error, setError] = useState('')

  async function load() {
    setOpen(true)
    setError('')
    setPreviews({})
    const channels = ['wechat', 'weibo', 'website'] as const
    const replies = await Promise.all(
      channels.map((channel) =>
        callGate(`/api/${collectionSlug}/${id}/preview?channel=${channel}&draft=true`),
      ),
    )
    const failed = replies.find((reply) => !reply.ok)
    if (failed) setError(failed.message)
    setPreviews(
      Object.fromEntries(
        channels.map((channel, i) => [channel, replies[i]!.ok ? replies[i]!.data : undefined]),
      ),
    )
  }

  if (!id) return null
  return (
    <div className="yg-preview-field">
      <Button buttonStyle="secondary" id="yg-channel-preview" onClick={load} size="medium">
        渠道预览 (Channel preview)
      </Button>
      {/* On the page's body: the edit view's sticky header and sidebar must not cover it. */}
      {open &&
        createPortal(
          <div aria-label="渠道预览" aria-modal="true" className="yg-preview" id="yg-preview" role="dialog">
            <header className="yg-preview__head">
              <h2>渠道预览 (Channel preview)</h2>
              <span className="yg-preview__note">
                {modified ? '有未保存的修改：预览显示的是已保存的草稿。' : '预览已保存的草稿。'}
                图片在投递时才转存到平台，这里显示本站媒体库的图片。
              </span>
              <Button
                buttonStyle="secondary"
                id="yg-preview-close"
                onClick={() => setOpen(false)}
                size="small"
              >
                关闭
              </Button>
            </header>
            {error && <p className="yg-preview__error">{error}</p>}
            <div className="yg-preview__columns">
              <WechatColumn preview={previews.wechat} />
              <WeiboColumn preview={previews.weibo} />
              <WebsiteColumn preview={previews.website} />
            </div>
          </div>,
          document.body,
        )}
    </div>
  )
}

function Column({
  children,
  findings,
  id,
  title,
}: {
  children: React.ReactNode
  findings?: Finding[]
  id: string
  title: string
}) {
  return (
    <section className="yg-preview__column" id={id}>
      <h3>{title}</h3>
      {findings && <FindingsList findings={findings} />}
      {children}
    </section>
  )
}

function WechatColumn({ preview }: { preview?: WechatPreview }) {
  return (
    <Column findings={preview?.findings} id="yg-preview-wechat" title="微信公众号">
      {!preview ? (
        <p className="yg-preview__loading">加载中…</p>
      ) : (
        <div className="yg-phone">
          <article className="yg-phone__article">
            <h1 className="yg-phone__title">{preview.title}</h1>
            <div className="yg-phone__meta">{preview.author}</div>
            {preview.coverUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- a preview of the media library's own file
              <img alt="封面图" className="yg-phone__cover" src={preview.coverUrl} />
            ) : (
              <div className="yg-phone__nocover">无封面图（微信必需）</div>
            )}
            {preview.digest && <p className="yg-phone__digest">摘要：{preview.digest}</p>}
            <div className="yg-phone__body" dangerouslySetInnerHTML={{ __html: preview.html }} />
            {preview.omittedUploads.length > 0 && (
              <p className="yg-preview__note">
                {preview.omittedUploads.length} 个非图片附件不会出现在微信文章中
              </p>
            )}
            <div className="yg-phone__source">阅读原文 · {preview.permalink}</div>
          </article>
        </div>
      )}
    </Column>
  )
}

function WeiboColumn({ preview }: { preview?: WeiboPreview }) {
  return (
    <Column findings={preview?.findings} id="yg-preview-weibo" title="政务微博">
      {!preview ? (
        <p className="yg-preview__loading">加载中…</p>
      ) : (
        <div className="yg-weibo">
          <p className="yg-weibo__text">{preview.text}</p>
          {preview.pictureUrl && (
            // eslint-disable-next-line @next/next/no-img-element -- a preview of the media library's own file
            <img alt="配图" className="yg-weibo__picture" src={preview.pictureUrl} />
          )}
          <div
            className={`yg-weibo__count${preview.shortened ? ' yg-weibo__count--over' : ''}`}
            id="yg-weibo-count"
          >
            {preview.length} / {preview.limit} 字
            {preview.shortened &&
              `（标题连同链接共 ${preview.fullLength} 字，超出 ${preview.limit} 字，已截断为“…”）`}
          </div>
          <p className="yg-preview__note">
            按微博计数：汉字计 1，英文字母、数字、空格计 ½，链接计 23。
            {!preview.websiteLive && '网站尚未发布：链接为发布后的网站地址，微博在网站送达后才发出。'}
          </p>
        </div>
      )}
    </Column>
  )
}

function WebsiteColumn({ preview }: { preview?: WebsitePreview }) {
  return (
    <Column findings={preview?.findings} id="yg-preview-website" title="门户网站">
      {!preview ? (
        <p className="yg-preview__loading">加载中…</p>
      ) : (
        <article className="yg-site">
          <h1>{preview.title}</h1>
          {preview.summary && <p className="yg-site__summary">{preview.summary}</p>}
          <div className="yg-site__body" dangerouslySetInnerHTML={{ __html: preview.html }} />
          <p className="yg-preview__note">
            {preview.websiteLive ? '网站地址：' : '发布后的网站地址：'}
            {preview.permalink}
          </p>
        </article>
      )}
    </Column>
  )
}
