/**
 * Reads the environment once, with the defaults a developer needs and the checks production needs.
 * Every variable listed here is documented in the README's configuration table.
 */
export const isProduction = (): boolean => process.env.NODE_ENV === 'production'

const DEV_SECRET = 'yangguang-development-secret-not-for-production'

export const DEFAULT_DATABASE_URL = 'file:./data/yangguang.db'

export function databaseURL(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL
}

export function serverURL(): string {
  return (process.env.SERVER_URL?.trim() || 'http://localhost:3000').replace(/\/+$/, '')
}

/** Extra origins allowed to call the API from a browser (comma-separated), e.g. a downstream portal. */
export function corsOrigins(): string[] {
  return (process.env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean)
}

/** Outside development the secret signs every session: refuse to start without a strong one. */
export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET?.trim()
  if (secret && secret.length >= 32) return secret
  if (isProduction()) {
    throw new Error(
      'PAYLOAD_SECRET must be set to a random string of at least 32 characters in production ' +
        '(generate one with: openssl rand -hex 32).',
    )
  }
  if (secret) return secret
  return DEV_SECRET
}

/** Where uploaded files and their derivatives are stored on disk. */
export function mediaDir(): string {
  return process.env.MEDIA_DIR?.trim() || `${process.cwd()}/media`
}

const DEV_CREDENTIALS_KEY = 'yangguang-development-credentials-key-not-for-production'

/** Encrypts channel secrets at rest; a different key from PAYLOAD_SECRET so rotating sessions keeps them. */
export function credentialsKey(): string {
  const key = process.env.CREDENTIALS_KEY?.trim()
  if (key && key.length >= 32) return key
  if (isProduction()) {
    throw new Error(
      'CREDENTIALS_KEY must be set to a random string of at least 32 characters in production ' +
        '(generate one with: openssl rand -hex 32); it encrypts the channel accounts’ secrets.',
    )
  }
  return key || DEV_CREDENTIALS_KEY
}

/**
 * Whether an approval starts its delivery at once (the default) instead of waiting for the next
 * minute's job run. Integration tests turn it off to run deliveries themselves, step by step.
 */
export const deliverOnApproval = (): boolean => process.env.DELIVER_ON_APPROVAL !== 'false'
