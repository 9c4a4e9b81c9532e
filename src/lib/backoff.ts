/**
 * When to try a failed platform call again: exponential growth with "full jitter" (a random wait
 * between zero and the exponential bound) and a ceiling. Jitter spreads the retries of many deliveries
 * that failed together — a platform outage — so they do not return in one burst when it recovers.
 */
export type BackoffPolicy = { baseMs: number; capMs: number; maxAttempts: number }

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 30_000, capMs: 60 * 60_000, maxAttempts: 8 }

/** Milliseconds to wait before attempt `attempt + 1`, given that `attempt` (1-based) attempts failed. */
export function retryDelay(
  attempt: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random = Math.random,
): number {
  const bound = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1))
  return Math.floor(random() * bound)
}

/** The moment of the next try, or null when the attempts are used up and a person must look. */
export function nextAttemptAt(
  attempt: number,
  now: Date = new Date(),
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random = Math.random,
): Date | null {
  if (attempt >= policy.maxAttempts) return null
  return new Date(now.getTime() + retryDelay(attempt, policy, random))
}
