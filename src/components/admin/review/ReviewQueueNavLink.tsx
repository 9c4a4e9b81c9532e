'use client'
import Link from 'next/link'

import { useReviewQueueCount } from './useReviewQueueCount'

/** The 待我审核 link above the collections, with how many tickets wait for this person. */
export default function ReviewQueueNavLink() {
  const count = useReviewQueueCount()
  return (
    <Link className="nav__link yg-queue-link" href="/admin/review-queue" id="yg-queue-link">
      待我审核{count ? <span className="yg-queue-link__count">{count}</span> : null}
    </Link>
  )
}
