import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure logic and content checks, no build needed) and `e2e`
 * (Chromium against the built site; `npm test` builds first).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'src/**/__tests__/**/*.test.ts',
            'scripts/**/__tests__/**/*.test.ts',
            'tests/content/**/*.test.ts',
            'tests/build/**/*.test.ts',
            'tests/contracts/**/*.test.ts',
          ],
          testTimeout: 120_000,
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
