'use client'
import Link from 'next/link'

import { useReviewQueueCount } from './useReviewQueueCount'

/**
 * The first thing a reviewer sees after logging in: how many items wait for their signature, one
 * click from the queue. Shown to everyone with a review role; silent for others.
 */
export default function ReviewQueueBanner() {
  const count = useReviewQueueCount()
  if (count === null) return null
  return (
    <Link
      className={`yg-queue-banner${count ? ' yg-queue-banner--waiting' : ''}`}
      href="/admin/review-queue"
      id="yg-queue-banner"
    >
      <strong>待我审核</strong>
      <span>{count ? `${count} 件稿件等待您签署` : '暂无等待您签署的稿件'}</span>
    </Link>
  )
}
