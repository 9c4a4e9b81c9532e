/** Identifiers shaped like the platforms' own, so clients store and compare them as they would for real. */
import { randomBytes, randomInt } from 'node:crypto'

import type { SandboxState } from './state'

export const nextSeq = (state: SandboxState): number => ++state.seq

/** media_id, access_token and article_id are opaque base64url strings on WeChat. */
export const opaqueId = (bytes: number): string => randomBytes(bytes).toString('base64url')

/** publish_id is a decimal string like "2247483655"; msg_data_id is the same number. */
export const publishNumber = (state: SandboxState): number => 2_247_483_000 + nextSeq(state)

/** Weibo ids are 16-digit numbers (still below 2^53, so JSON numbers keep them exact). */
export const weiboId = (state: SandboxState): number =>
  5_200_000_000_000_000 + nextSeq(state) * 1000 + randomInt(1000)
