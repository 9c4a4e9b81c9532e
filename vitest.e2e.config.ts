import { defineConfig } from 'vitest/config'

/** Browser tests: a production build served by `next start`, driven by Debian's Chromium. */
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    fileParallelism: false,
    globalSetup: ['tests/e2e/helpers/server.ts'],
    hookTimeout: 120_000,
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 90_000,
  },
})
