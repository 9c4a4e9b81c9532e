'use client'
import Link from 'next/link'
import { useEffect, useState } from 'react'

/** The 待我审核 link above the collections, with how many tickets wait for this person. */
export default function ReviewQueueNavLink() {
  const [count, setCount] = useState<number | null>(null)
  useEffect(() => {
    fetch('/api/reviews/queue', { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((data) => setCount(data ? Number(data.totalDocs) : null))
      .catch(() => setCount(null))
  }, [])
  return (
    <Link className="nav__link yg-queue-link" href="/admin/review-queue" id="yg-queue-link">
      待我审核{count ? <span className="yg-queue-link__count">{count}</span> : null}
    </Link>
  )
}
