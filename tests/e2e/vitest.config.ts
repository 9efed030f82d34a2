import { defineConfig } from 'vitest/config';
import { CrawlFirst } from './support/sequencer.ts';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    env: { TZ: 'UTC' },
    // Two files at a time, each with one browser: the crawl starts first and runs beside the others, whose
    // time goes largely to Node (builds of a sub-path site, a fixture site, broken content); one per core.
    fileParallelism: true,
    maxWorkers: 2,
    sequence: { sequencer: CrawlFirst },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
