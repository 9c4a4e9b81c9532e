import { afterEach, describe, expect, it, vi } from 'vitest'

import { databaseKind } from '@/lib/database'
import { databaseURL, payloadSecret, serverURL } from '@/lib/env'

afterEach(() => vi.unstubAllEnvs())

describe('DATABASE_URL chooses the adapter', () => {
  it('maps each scheme to its database', () => {
    expect(databaseKind('file:./data/yangguang.db')).toBe('sqlite')
    expect(databaseKind('postgres://u@h:5432/db')).toBe('postgres')
    expect(databaseKind('postgresql://u@h/db')).toBe('postgres')
    expect(databaseKind('mongodb://h:27017/db')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://cluster.example/db')).toBe('mongodb')
  })

  it('refuses an unknown scheme without echoing credentials', () => {
    expect(() => databaseKind('mysql://root:hunter2@h/db')).toThrow(
      /file:, postgres:\/\/ or mongodb:\/\/ \(got "mysql:…"\)/,
    )
    expect(() => databaseKind('mysql://root:hunter2@h/db')).not.toThrow(/hunter2/)
  })

  it('defaults to the embedded SQLite file', () => {
    vi.stubEnv('DATABASE_URL', '')
    expect(databaseURL()).toBe('file:./data/yangguang.db')
  })
})

describe('PAYLOAD_SECRET', () => {
  it('is required, and must be long, in production', () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('PAYLOAD_SECRET', '')
    expect(() => payloadSecret()).toThrow(/PAYLOAD_SECRET must be set/)
    vi.stubEnv('PAYLOAD_SECRET', 'short')
    expect(() => payloadSecret()).toThrow(/at least 32 characters/)
    vi.stubEnv('PAYLOAD_SECRET', 'a'.repeat(40))
    expect(payloadSecret()).toBe('a'.repeat(40))
  })

  it('falls back to a development secret outside production', () => {
    vi.stubEnv('NODE_ENV', 'development')
    vi.stubEnv('PAYLOAD_SECRET', '')
    expect(payloadSecret()).toMatch(/development/)
  })
})

it('SERVER_URL loses its trailing slash', () => {
  vi.stubEnv('SERVER_URL', 'https://gk.example.gov.cn/')
  expect(serverURL()).toBe('https://gk.example.gov.cn')
})
