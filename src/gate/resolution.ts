/**
 * Who may settle a delivery by hand (人工确认) and in which states: pure, so the delivery page shows the
 * form exactly when the server would accept it (src/gate/resolveDelivery.ts enforces the same rules).
 */
import { hasRole, idOf, isAdminUser } from '@/lib/roles'
import type { User } from '@/payload-types'

import type { DeliveryState } from './vocabulary'

export const RESOLVE_ACTIONS = {
  confirm_published: { from: ['unconfirmed'] as DeliveryState[], label: '确认已发布' },
  redeliver: { from: ['unconfirmed', 'failed'] as DeliveryState[], label: '重新投递' },
}

/** The website settles itself; only WeChat and Weibo outcomes can need a person. */
export const isResolvablePlatform = (platform: null | string | undefined): boolean =>
  platform === 'wechat' || platform === 'weibo'

export const isResolvableState = (state: string): boolean =>
  RESOLVE_ACTIONS.redeliver.from.includes(state as DeliveryState)

/** 谁开设谁管理: the reviewers of the unit that opened the account, or an admin. */
export const mayResolveDelivery = (
  user: (Pick<User, 'roles'> & { unit?: unknown }) | null | undefined,
  delivery: { owningUnit?: unknown },
): boolean =>
  isAdminUser(user) ||
  (hasRole(user, 'reviewer') && String(idOf(user?.unit)) === String(idOf(delivery.owningUnit)))
