import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Dates are formatted in UTC everywhere; pin the zone so local clocks cannot change results.
    env: { TZ: 'UTC' },
    // Some tests start the real CLIs as Node processes: seconds each on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
