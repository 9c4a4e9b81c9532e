import type { CollectionBeforeChangeHook } from 'payload'

import { encryptSecret, isEncrypted } from '@/lib/crypto/credentials'

export const SECRET_FIELDS = ['appSecret', 'callbackToken', 'accessToken'] as const
const SECRET_NAMES: Record<(typeof SECRET_FIELDS)[number], string> = {
  accessToken: '访问令牌',
  appSecret: 'AppSecret',
  callbackToken: '回调令牌',
}

/**
 * Encrypts a secret the moment it arrives; a blank input keeps the stored one (the form never shows
 * it, so an untouched field comes back empty). The summary says which secrets are set, never their value.
 */
export const encryptCredentials: CollectionBeforeChangeHook = ({ context, data, originalDoc }) => {
  const next = { ...data }
  const replaced: string[] = []
  for (const field of SECRET_FIELDS) {
    const value: unknown = next[field]
    if (typeof value === 'string' && value.trim() !== '' && !isEncrypted(value)) {
      next[field] = encryptSecret(value.trim())
      replaced.push(field)
    } else if (!isEncrypted(value)) {
      next[field] = originalDoc?.[field] ?? null
    }
  }
  // The audit hook reads this: after the save the secrets are no longer readable to compare.
  context.replacedSecrets = replaced
  next.credentialsSummary =
    SECRET_FIELDS.filter((field) => isEncrypted(next[field]))
      .map((field) => `${SECRET_NAMES[field]}已设置`)
      .join('；') || '未设置'
  return next
}
