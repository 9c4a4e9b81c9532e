/**
 * Points the platform sandbox's WeChat accounts at Yangguang's callback endpoint, as an admin would in
 * the WeChat platform's 服务器配置, so `npm run dev` sees publish events pushed as in production.
 */
import type { Payload } from 'payload'

import { decryptSecret, isEncrypted } from '@/lib/crypto/credentials'
import { wechatCallbackUrl } from '@/delivery/wechatCallback'

export async function registerSandboxCallbacks(payload: Payload, sandboxUrl: string): Promise<number> {
  const { docs } = await payload.find({
    collection: 'channel-accounts',
    depth: 0,
    limit: 100,
    where: { and: [{ platform: { equals: 'wechat' } }, { sandbox: { equals: true } }] },
  })
  const wechat = docs
    .filter((account) => account.appId && isEncrypted(account.callbackToken))
    .map((account) => ({
      appid: account.appId,
      callbackToken: decryptSecret(account.callbackToken!),
      callbackUrl: wechatCallbackUrl(account.id),
    }))
  if (!wechat.length) return 0
  // The sandbox may still be starting: try for a while before giving up quietly (polling still works).
  for (let attempt = 0; attempt < 40; attempt++) {
    try {
      const reply = await fetch(`${sandboxUrl}/__sandbox/accounts`, {
        body: JSON.stringify({ wechat }),
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      if (reply.ok) return wechat.length
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return 0
}
