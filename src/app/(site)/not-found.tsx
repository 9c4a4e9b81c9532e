import Link from 'next/link'

export default function NotFound() {
  return (
    <section className="site-empty">
      <h1>页面不存在</h1>
      <p>该信息不存在、尚未发布或已撤回。</p>
      <p>
        <Link href="/">返回首页</Link>
      </p>
    </section>
  )
}
