import { defineConfig } from 'vitest/config';

// "source" runs before the build (rules, lib, content over the real content/); "dist" checks the built site.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'source', include: ['test/unit/**/*.test.ts', 'test/content/**/*.test.ts'], testTimeout: 120_000 } },
      { test: { name: 'dist', include: ['test/dist/**/*.test.ts'] } },
    ],
  },
});
