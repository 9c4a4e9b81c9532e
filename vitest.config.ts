import { createRequire } from 'node:module'

import { defineConfig } from 'vitest/config'

const require = createRequire(import.meta.url)

/**
 * unit: pure libraries. int-*: the same integration files booted on each database through getPayload,
 * each file in its own database. int-mongodb runs only where TEST_MONGODB_URL points at a server.
 */
const shared = {
  environment: 'node' as const,
  env: {
    DELIVER_ON_APPROVAL: 'false',
    JOBS_AUTORUN: 'false',
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: 'yangguang-test-secret-0123456789abcdef',
  },
}

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // One copy of graphql, or GraphQLSchema objects cross "realms" between test and Payload.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // Two files at a time: each integration file has a database of its own, and much of their time is
    // spent waiting on workers, the sandbox and the database rather than on the CPU.
    maxWorkers: 2,
    projects: [
      { extends: true as const, test: { ...shared, include: ['tests/unit/**/*.test.ts'], name: 'unit' } },
      ...(['sqlite', 'postgres', 'mongodb'] as const).map((db) => ({
        extends: true as const,
        test: {
          ...shared,
          env: { ...shared.env, TEST_DB: db },
          globalSetup: ['tests/int/helpers/announce.ts'],
          hookTimeout: 120_000,
          include: ['tests/int/**/*.test.ts'],
          name: `int-${db}`,
          testTimeout: 60_000,
        },
      })),
    ],
  },
})
