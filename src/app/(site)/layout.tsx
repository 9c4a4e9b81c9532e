/* The public website's root layout: the pages the website channel publishes, outside the admin. */
import Link from 'next/link'
import type React from 'react'

import './site.css'

export const metadata = {
  title: { default: '宣城市公安局 · 政务公开', template: '%s · 宣城市公安局政务公开' },
}

const NAV = [
  ['/', '首页'],
  ['/disclosures', '政府信息'],
  ['/interpretations', '政策解读'],
  ['/responses', '回应关切'],
  ['/consultations', '征求意见'],
  ['/search', '检索'],
] as const

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <a className="site-skip" href="#site-content">
          跳到正文
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <Link className="site-brand" href="/">
              宣城市公安局 · 政务公开
            </Link>
            <form action="/search" className="site-header__search" role="search">
              <label className="site-visually-hidden" htmlFor="site-header-q">
                站内检索
              </label>
              <input id="site-header-q" name="q" placeholder="输入关键词检索" type="search" />
              <button type="submit">检索</button>
            </form>
          </div>
          <nav aria-label="栏目" className="site-nav">
            <ul>
              {NAV.map(([href, label]) => (
                <li key={href}>
                  <Link href={href}>{label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main className="site-main" id="site-content">
          {children}
        </main>
        <footer className="site-footer">
          <p>主办：宣城市公安局　承办：宣传科</p>
          <p>本站内容由阳光政务公开系统经审核后发布</p>
        </footer>
      </body>
    </html>
  )
}
