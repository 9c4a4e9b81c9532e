/**
 * Builds the platform adapter for one channel account: its API base (the account's own, the sandbox
 * for sandbox accounts, or the platform's official address) and its decrypted secrets, which exist
 * only in memory for the length of a delivery.
 */
import { createWechatAdapter } from '../../channels/wechat/adapter'
import { createWeiboAdapter } from '../../channels/weibo/adapter'
import { decryptSecret, isEncrypted } from '@/lib/crypto/credentials'
import type { ChannelAccount } from '@/payload-types'

const DEFAULT_BASES = { wechat: 'https://api.weixin.qq.com', weibo: 'https://api.weibo.com' } as const

export function platformApiBase(account: Pick<ChannelAccount, 'apiBase' | 'platform' | 'sandbox'>): string {
  if (account.apiBase?.trim()) return account.apiBase.trim().replace(/\/+$/, '')
  if (account.sandbox) return (process.env.SANDBOX_URL?.trim() || 'http://127.0.0.1:4010').replace(/\/+$/, '')
  const platform = account.platform as 'wechat' | 'weibo'
  const configured = platform === 'wechat' ? process.env.WECHAT_API_BASE : process.env.WEIBO_API_BASE
  return (configured?.trim() || DEFAULT_BASES[platform]).replace(/\/+$/, '')
}

const secret = (value: null | string | undefined, name: string) => {
  if (!isEncrypted(value)) throw new Error(`渠道账号缺少${name}，请管理员在渠道账号中填写 (missing ${name})`)
  return decryptSecret(value as string)
}

/** How often to ask a platform again while it is still publishing; tests make it short. */
export const pollIntervalMs = () => Number(process.env.DELIVERY_POLL_INTERVAL_MS ?? 30_000)
/** How long after an unanswered post before a resend may even be considered (adapters' own default if unset). */
const resendQuietMs = () =>
  process.env.DELIVERY_RESEND_QUIET_MS ? Number(process.env.DELIVERY_RESEND_QUIET_MS) : undefined
/** How long read-only checks may go on before an unknown outcome is handed to a person (30 min unless set). */
const giveUpAfterMs = () =>
  process.env.DELIVERY_GIVE_UP_MS ? Number(process.env.DELIVERY_GIVE_UP_MS) : undefined

export function adapterFor(account: ChannelAccount) {
  const apiBase = platformApiBase(account)
  if (account.platform === 'wechat') {
    return createWechatAdapter({
      apiBase,
      appId: account.appId ?? '',
      appSecret: secret(account.appSecret, 'AppSecret'),
      pollIntervalMs: pollIntervalMs(),
      giveUpAfterMs: giveUpAfterMs(),
      reconcileIntervalMs: pollIntervalMs(),
      resendQuietMs: resendQuietMs(),
    })
  }
  if (account.platform === 'weibo') {
    return createWeiboAdapter({
      accessToken: secret(account.accessToken, '访问令牌'),
      apiBase,
      resendQuietMs: resendQuietMs(),
    })
  }
  throw new Error(`平台 ${account.platform} 没有投递适配器 (no adapter)`)
}
