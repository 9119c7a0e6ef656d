// Mutation testing of the training records and exports (`npm run test:mutation`, not part of `npm test`).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'test/vitest.mutation.config.ts' },
  mutate: [
    'src/rules/records.ts',
    'src/rules/csv-export.ts',
    'src/rules/team-report.ts',
    'src/islands/training/records-codec.ts',
  ],
  plugins: ['@stryker-mutator/vitest-runner'],
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'test/results/mutation/index.html' },
  tempDirName: 'test/results/stryker-tmp',
  concurrency: 2,
  thresholds: { high: 90, low: 85, break: 85 },
  ignoreStatic: true,
};
