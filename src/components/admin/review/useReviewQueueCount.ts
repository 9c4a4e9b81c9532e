'use client'
import { useEffect, useState } from 'react'

/**
 * How many tickets wait for this person's signature; null for people who do not review (or while
 * loading). Asks for the bare queue: the count needs no populated relationships.
 */
export function useReviewQueueCount(): null | number {
  const [count, setCount] = useState<null | number>(null)
  useEffect(() => {
    fetch('/api/reviews/queue?depth=0', { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((data) => setCount(data?.reviewer ? Number(data.totalDocs) : null))
      .catch(() => setCount(null))
  }, [])
  return count
}
