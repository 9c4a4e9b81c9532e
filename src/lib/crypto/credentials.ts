/**
 * Channel secrets (WeChat AppSecret, Weibo access token, callback token) are stored only encrypted,
 * with AES-256-GCM under CREDENTIALS_KEY. The stored form names its version so a key rotation can
 * tell old rows from new ones.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

import { credentialsKey } from '@/lib/env'

const PREFIX = 'enc:v1:'

const keyBytes = () => createHash('sha256').update(credentialsKey()).digest()

export const isEncrypted = (value: unknown): boolean => typeof value === 'string' && value.startsWith(PREFIX)

export function encryptSecret(plain: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyBytes(), iv)
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return `${PREFIX}${[iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.')}`
}

export function decryptSecret(stored: string): string {
  if (!isEncrypted(stored)) throw new Error('channel secret is not in the encrypted form')
  const [iv, tag, body] = stored
    .slice(PREFIX.length)
    .split('.')
    .map((part) => Buffer.from(part, 'base64url'))
  const decipher = createDecipheriv('aes-256-gcm', keyBytes(), iv)
  decipher.setAuthTag(tag)
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')
}
