'use client'
import { useSearchParams } from 'next/navigation'

/**
 * Quick filters above the deliveries list: what an operator looks for first (failures, and posts whose
 * outcome is still unknown), by platform, and today's. Each is a plain `where` query, so the list's own
 * filter panel can refine it further.
 */
const LIST = '/admin/collections/deliveries'

const startOfTodayInBeijing = () => {
  const day = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' })
  return new Date(`${day}T00:00:00+08:00`).toISOString()
}

const FILTERS: { id: string; label: string; where: () => [string, string][] }[] = [
  { id: 'all', label: '全部', where: () => [] },
  { id: 'failed', label: '失败', where: () => [['where[state][equals]', 'failed']] },
  { id: 'unconfirmed', label: '结果待确认', where: () => [['where[state][equals]', 'unconfirmed']] },
  {
    id: 'in-progress',
    label: '进行中',
    where: () => [
      ['where[state][in][0]', 'queued'],
      ['where[state][in][1]', 'sending'],
      ['where[state][in][2]', 'awaiting_platform'],
    ],
  },
  { id: 'delivered', label: '已送达', where: () => [['where[state][equals]', 'delivered']] },
  { id: 'website', label: '门户网站', where: () => [['where[platform][equals]', 'website']] },
  { id: 'wechat', label: '微信公众号', where: () => [['where[platform][equals]', 'wechat']] },
  { id: 'weibo', label: '政务微博', where: () => [['where[platform][equals]', 'weibo']] },
  {
    id: 'today',
    label: '今日入队',
    where: () => [['where[queuedAt][greater_than_equal]', startOfTodayInBeijing()]],
  },
]

export default function DeliveryQuickFilters() {
  const current = useSearchParams()
  const currentWhere = [...current.keys()].filter((key) => key.startsWith('where')).sort()
  const isCurrent = (pairs: [string, string][]) =>
    pairs.length === currentWhere.length &&
    // Today's start moves with the clock, so that filter matches by its key alone.
    pairs.every(([key, value]) => (key.includes('queuedAt') ? current.has(key) : current.get(key) === value))

  return (
    <nav aria-label="快速筛选" className="yg-delivery-filters" id="yg-delivery-filters">
      <span>快速筛选：</span>
      {FILTERS.map((filter) => {
        const pairs = filter.where()
        const query = new URLSearchParams(pairs).toString()
        return (
          <a
            aria-current={isCurrent(pairs)}
            data-filter={filter.id}
            href={query ? `${LIST}?${query}` : LIST}
            key={filter.id}
          >
            {filter.label}
          </a>
        )
      })}
    </nav>
  )
}
