import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    env: { TZ: 'UTC' },
    // One file at a time, each with one browser. Two at a time were faster (221–290 s against ~300 s) but not
    // stable: beside the crawl's Chromium, the sub-path build's search index came out torn (a truncated
    // wasm.unknown.pagefind, a search that never answered), as Pagefind's service can be closed before its
    // writes reach the disk when the CPU is contended (Pagefind PR #1272).
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
