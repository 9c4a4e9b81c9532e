'use client'
/* When the API cannot answer (busy, rate-limited, down) the visitor gets a plain page, not a stack. */

export default function SiteError({ reset }: { reset: () => void }) {
  return (
    <section className="site-empty">
      <h1>服务暂时不可用</h1>
      <p>系统繁忙，请稍后再试。</p>
      <p>
        <button className="site-button" onClick={reset} type="button">
          重试
        </button>
      </p>
    </section>
  )
}
