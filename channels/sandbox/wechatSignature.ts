/**
 * How WeChat signs what it pushes to a server URL: sha1 over the token, timestamp and nonce, sorted as
 * strings and joined. Kept apart from the sandbox so our receiving endpoint can import the same rule.
 */
import { createHash } from 'node:crypto'

export function wechatSignature(token: string, timestamp: string, nonce: string): string {
  return createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex')
}
