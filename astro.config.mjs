// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';

export default defineConfig({
  site: 'https://libya-archive.example.org',
  integrations: [contentCheck(), mdx()],
  // Articles render as the literal text they quote: no typographic rewriting of quotes or dashes.
  markdown: { smartypants: false },
  // Pages are plain HTML: nothing is prefetched or hydrated unless a page asks for it.
  prefetch: false,
  build: { format: 'directory' },
  // A separate cache per content copy (benchmarks, fixture sites) keeps their data stores apart.
  cacheDir: process.env.ARCHIVE_CACHE_DIR || undefined,
});
