import { defineConfig } from 'vitest/config';

// The tests that guard the training records and exports: what StrykerJS runs against each mutant.
export default defineConfig({
  test: {
    include: [
      'test/unit/rules/records.test.ts',
      'test/unit/rules/records-merge.test.ts',
      'test/unit/islands/records-import.test.ts',
      'test/unit/rules/csv-export.test.ts',
      'test/unit/rules/team-report.test.ts',
      'test/unit/islands/records-codec.test.ts',
      'test/unit/islands/record-store.test.ts',
    ],
  },
});
