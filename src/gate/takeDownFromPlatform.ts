import type { PayloadRequest } from 'payload'

import { ChannelError } from '../../channels/errors'
import { adapterFor } from '@/delivery/adapterFor'
import { idOf } from '@/lib/roles'
import type { ChannelAccount, Delivery } from '@/payload-types'

import { refuse } from './refusal'

/**
 * Deletes the WeChat article or the Weibo post of a delivery. Repeating it is harmless: what is already
 * gone counts as taken down. A platform that refuses leaves the delivery live and says why.
 */
export async function takeDownFromPlatform(req: PayloadRequest, delivery: Delivery): Promise<void> {
  const account = (await req.payload.findByID({
    collection: 'channel-accounts',
    depth: 0,
    id: idOf(delivery.channel)!,
    overrideAccess: true,
    req,
  })) as ChannelAccount
  try {
    await adapterFor(account).retract((delivery.progress ?? {}) as never)
  } catch (error) {
    const words = error instanceof ChannelError ? error.operatorMessage : (error as Error).message
    refuse(502, `“${account.name}”撤回失败：${words}`, {
      target: { targetCollection: 'deliveries', targetId: delivery.id },
    })
  }
}
