// Components rendered on their own through Astro's container API, where a browser would add nothing: the
// project's Vite configuration compiles the .astro files.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/components/**/*.test.ts'],
    env: { TZ: 'UTC' },
    isolate: false,
  },
});
