import { defineConfig } from 'vitest/config';

// "source" runs before the build (rules, lib, content over the real content/); "dist" checks the built site;
// "report" is the diagnosis report, run only by `npm run diagnosis:report`.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'source',
          include: ['test/unit/**/*.test.ts', 'test/content/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
      { test: { name: 'dist', include: ['test/dist/**/*.test.ts'] } },
      // Not a test: `npm run diagnosis:report` prints the diagnosis figures for rule editors.
      { test: { name: 'report', include: ['test/report/**/*.report.ts'], testTimeout: 300_000 } },
    ],
  },
});
