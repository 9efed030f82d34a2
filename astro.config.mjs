// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import searchIndex from './src/integrations/search-index.ts';

export default defineConfig({
  site: 'https://libya-archive.example.org',
  // The search index is built last, from the finished pages' records.
  integrations: [mdx(), sitemap(), searchIndex()],
  // Articles render as the literal text they quote: no typographic rewriting of quotes or dashes.
  markdown: { smartypants: false },
  // Pages are plain HTML: nothing is prefetched or hydrated unless a page asks for it.
  prefetch: false,
  build: { format: 'directory' },
  // A separate cache per content copy (benchmarks, fixture sites) keeps their data stores apart.
  cacheDir: process.env.ARCHIVE_CACHE_DIR || undefined,
});
