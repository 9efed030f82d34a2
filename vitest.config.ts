import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Dates are formatted in UTC everywhere; pin the zone so local clocks cannot change results.
    env: { TZ: 'UTC' },
  },
});
