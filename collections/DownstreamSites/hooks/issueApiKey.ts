import type { CollectionAfterReadHook, CollectionBeforeChangeHook } from 'payload'

import { newApiKey } from '@/public/apiKeys'

const ISSUED = 'yangguangIssuedApiKey'

/** A new site gets a key; only its hash and first characters are kept. */
export const issueApiKeyOnCreate: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { hash, key, prefix } = newApiKey()
  req.context[ISSUED] = key
  return { ...data, keyHash: hash, keyPrefix: prefix }
}

/** The key is in the reply to the request that issued it, and nowhere ever after. */
export const showIssuedKeyOnce: CollectionAfterReadHook = ({ doc, req }) => {
  const key = req.context[ISSUED]
  if (typeof key !== 'string') return doc
  delete req.context[ISSUED]
  return { ...doc, apiKey: key }
}
