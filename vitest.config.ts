import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    // Two cores: keep the pool small so CLI child processes do not starve each other.
    maxWorkers: 2,
    testTimeout: 30_000,
    // A file's cleanup removes the temporary folders its CLI tests wrote; on a loaded machine that outlasted the 10 s default.
    hookTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-output/vitest.json' },
  },
});
