/**
 * WeChat counts calls per account per day and resets at midnight Beijing time; Weibo limits calls per
 * account per hour. Both counters live in the state so a restarted `npm run dev` keeps them.
 */
import type { SandboxState } from './state'

const HOUR = 3_600_000
const BEIJING_OFFSET = 8 * HOUR // Asia/Shanghai has no daylight saving

export const shanghaiDay = (ms: number): string => new Date(ms + BEIJING_OFFSET).toISOString().slice(0, 10)

/** Counts one call against the daily limit; false (and nothing counted) once the limit is reached. */
export function takeDailyQuota(state: SandboxState, appid: string, api: string, limit: number, now: number) {
  const day = shanghaiDay(now)
  let quota = state.quotas[appid]
  if (!quota || quota.day !== day) quota = state.quotas[appid] = { counts: {}, day }
  const used = quota.counts[api] ?? 0
  if (used >= limit) return false
  quota.counts[api] = used + 1
  return true
}

/** Counts one event in the sliding hour; false (and nothing counted) once `limit` happened in the last hour. */
export function takeHourly(state: SandboxState, key: string, limit: number, now: number): boolean {
  const recent = (state.windows[key] ?? []).filter((at) => at > now - HOUR)
  state.windows[key] = recent
  if (recent.length >= limit) return false
  recent.push(now)
  return true
}

export function hourlyAllows(state: SandboxState, key: string, limit: number, now: number): boolean {
  return (state.windows[key] ?? []).filter((at) => at > now - HOUR).length < limit
}
