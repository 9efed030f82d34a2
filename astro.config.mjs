// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import hostHeaders from './src/integrations/host-headers.ts';
import { textOnlyBodies } from './src/lib/body-html.ts';
import { siteAddress } from './src/lib/site-address.ts';

const { site, base } = siteAddress();

export default defineConfig({
  // Canonical origin and sub-path of the published site: set by the deploy (e.g. GitHub Pages under /<repo>/).
  site,
  base,
  // Content is checked beside its load, before any page (the checks of `npm run check`, src/check/pending.ts);
  // the search index is the build's second step (src/search-index); `_headers` is written with the base.
  integrations: [contentCheck(), mdx(), sitemap(), hostHeaders()],
  // Article bodies render as the literal text they quote: no typographic rewriting of quotes or dashes, no
  // GFM (bare addresses and e-mails stay text, not links), and nothing but text, paragraphs, subheadings,
  // quotations, emphasis and links to the site itself, whatever markup a hand edit brings (src/lib/body-html.ts).
  markdown: { processor: satteri({ features: { smartPunctuation: false, gfm: false }, hastPlugins: [textOnlyBodies] }) },
  // Pages are plain HTML: nothing is prefetched or hydrated unless a page asks for it.
  prefetch: false,
  // Stylesheets always as files: the Content-Security-Policy allows no inline <style>. Eight pages at a
  // time, so one renders while another is written: 10,000 articles' pages took 53 s instead of 70–79 s.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // No asset or script inlined as data: or inline code: the policy allows only same-origin files.
  // Workers as ES modules: the search worker imports Pagefind's module at run time.
  vite: { build: { assetsInlineLimit: 0 }, worker: { format: 'es' } },
  // A separate cache per content copy (benchmarks, fixture sites) keeps their data stores apart.
  cacheDir: process.env.ARCHIVE_CACHE_DIR || undefined,
});
