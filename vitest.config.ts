import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: the pure core runs in Node; everything that touches a DOM
// (adapters on fixture pages, React components, background with fakeBrowser)
// runs in happy-dom with fake-indexeddb.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        // Property tests run hundreds of cases: room on a busy 2-core machine.
        test: {
          name: 'core',
          include: ['core/**/*.test.ts', 'locales/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: [
            'adapters/**/*.test.{ts,tsx}',
            'components/**/*.test.{ts,tsx}',
            'entrypoints/**/*.test.{ts,tsx}',
            'lib/**/*.test.{ts,tsx}',
          ],
          environment: 'happy-dom',
          setupFiles: ['tests/setup.ts'],
          // Component tests render whole views: room on a busy 2-core machine.
          testTimeout: 20_000,
        },
      },
      {
        // Real Chromium with the built extension (`npm run test:e2e` builds first).
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
      {
        // `npm run bench`: performance figures in real Chromium and Node (bench/).
        extends: true,
        test: {
          name: 'bench',
          include: ['bench/**/*.bench-run.ts'],
          environment: 'node',
          testTimeout: 3_600_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        // `npm run screenshots`: pictures of what it does, into docs/screenshots/.
        extends: true,
        test: {
          name: 'screenshots',
          include: ['tests/screenshots/**/*.shots.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
