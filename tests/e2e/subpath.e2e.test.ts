import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkLinks, formatBroken } from '../../src/lib/linkcheck/index.ts';
import { browserForFile } from './support/browser.ts';
import { buildFolder, buildSite } from './support/fixture-site.ts';
import { exerciseMap, exerciseTimeline } from './support/interact.ts';
import { allResultPaths, openSearch } from './support/search-page.ts';
import { builtPages } from './support/site.ts';
import { serveStatic } from './support/static-server.ts';
import { watchPage, type PageWatch } from './support/watch.ts';

/** The sub-path the site is built for here, as GitHub Pages serves a project site under /<repo>/. */
const BASE = '/archive/';
/** Pages per search shard in this build: the 120 pages make three indexes, as 10,000 articles make five. */
const SHARD_PAGES = 40;
let root: string;
let dist: string;
let server: { url: string; close: () => Promise<void> };
const browser = await browserForFile();

beforeAll(async () => {
  root = buildFolder('subpath-');
  dist = join(root, 'dist');
  buildSite(dist, { ARCHIVE_BASE: BASE, ARCHIVE_CACHE_DIR: join(root, 'cache'), ARCHIVE_SEARCH_SHARD_PAGES: String(SHARD_PAGES) });
  server = await serveStatic(dist, BASE);
}, 180_000);
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

async function visit(path: string): Promise<{ page: Page; watch: PageWatch; status: number | undefined }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const watch = await watchPage(page, new URL(server.url).origin);
  const response = await page.goto(new URL(path.replace(/^\//, ''), server.url).href, { waitUntil: 'load' });
  return { page, watch, status: response?.status() };
}

/** The kind of page a result path is: article, place or event. */
const kind = (path: string) => path.split('/')[1];

async function expectClean(page: Page, watch: PageWatch): Promise<void> {
  expect(watch.failures).toEqual([]);
  expect(await watch.violations()).toEqual([]);
  expect(watch.foreign()).toEqual([]);
}

describe(`the site built for the sub-path ${BASE}`, () => {
  it('builds the same pages as at the root, every asset and link written under the sub-path', () => {
    expect(builtPages(dist)).toEqual(builtPages('dist'));
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain(`href="${BASE}_astro/`);
    expect(home).not.toMatch(/(?:href|src)="\/(?!archive\/)/);
  });

  it('writes the hosts\' _headers file with its paths under the sub-path', () => {
    const rules = readFileSync(join(dist, '_headers'), 'utf8').split('\n').filter((line) => /^\S/.test(line) && !line.startsWith('#'));
    expect(rules).toEqual([`${BASE}*`, `${BASE}_astro/*`]);
  });

  it('has no broken internal link or anchor, none escaping the sub-path', () => {
    expect(formatBroken(checkLinks({ dist, base: BASE, site: 'https://libya-archive.example.org' }))).toBe('');
  });

  it('serves an article and the places page with their stylesheets and font, nothing failing', async () => {
    const article = builtPages(dist).find((p) => /^\/articles\/[a-z0-9-]+\/$/.test(p))!;
    for (const path of [article, '/places/']) {
      const { page, watch, status } = await visit(path);
      expect(status).toBe(200);
      expect(await page.evaluate(() => [...document.styleSheets].filter((s) => s.href).length)).toBeGreaterThan(0);
      // The site's stylesheet applies: the header is laid out as a flex row, not as unstyled blocks.
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).display)).not.toBe('block');
      const fontsLoaded = await page.evaluate(async () => [...(await document.fonts.ready)].filter((f) => f.status === 'loaded').length);
      expect(fontsLoaded).toBeGreaterThan(0);
      await expectClean(page, watch);
      await page.close();
    }
  });

  it('runs the map: Leaflet loads its basemap under the sub-path, zooms, and a popup links inside it', async () => {
    const { page, watch } = await visit('/map/');
    await exerciseMap(page);
    // Leaflet's own close button links to «#close»; the popup's content links are the site's.
    const hrefs = await page.locator('.leaflet-popup-content a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/archive\//);
    await expectClean(page, watch);
    await page.close();
  });

  it('runs the timeline and the home page: zoom and brush keep the address under the sub-path', async () => {
    for (const path of ['/timeline/', '/']) {
      const { page, watch } = await visit(path);
      if (path === '/') await exerciseMap(page);
      await exerciseTimeline(page);
      expect(new URL(page.url()).pathname).toBe(`${BASE}${path.slice(1)}`);
      await expectClean(page, watch);
      await page.close();
    }
  });

  it('writes its search index as three shards, each page in exactly one, and the date order over all of them', () => {
    const pagefind = join(dist, 'pagefind');
    const fragments = ['', 'shard-1/', 'shard-2/'].map((shard) => readdirSync(join(pagefind, shard, 'fragment')));
    expect(fragments.map((f) => f.length)).toEqual([40, 40, 40]);
    expect(new Set(fragments.flat()).size).toBe(120);
    expect(existsSync(join(pagefind, 'shard-3'))).toBe(false);
    expect(readdirSync(join(pagefind, 'shard-1')).some((f) => f.endsWith('.js') || f.startsWith('wasm.'))).toBe(false);
    const dated = JSON.parse(readFileSync(join(pagefind, 'date-order.json'), 'utf8')) as string[];
    expect(dated.length).toBe(JSON.parse(readFileSync(join('dist', 'pagefind', 'date-order.json'), 'utf8')).length);
  });

  it('searches all three shards: the same results, in the same order of kinds, as the single index at the root', async () => {
    const root = await browser.newPage();
    const sharded = await browser.newPage();
    const strip = (paths: string[]) => paths.map((p) => p.replace(/^\/archive\//, '/'));
    // Results of every kind, in the order of relevance; in date order; and found by a filter alone.
    for (const query of ['q=سرت', 'q=الدولة+الإسلامية&sort=oldest', 'place=sirte&type=event']) {
      await openSearch(root, inject('siteUrl'), query);
      await openSearch(sharded, server.url, query);
      const [one, three] = [await allResultPaths(root), strip(await allResultPaths(sharded))];
      expect(one.length, query).toBeGreaterThan(0);
      expect(new Set(three), query).toEqual(new Set(one));
      expect(three.map(kind), query).toEqual(one.map(kind));
      if (query.includes('sort=')) expect(three, query).toEqual(one);
      expect(await sharded.textContent('[data-status]'), query).toBe(await root.textContent('[data-status]'));
    }
    await root.close();
    await sharded.close();
  });

  it('answers an unknown address with the styled Arabic 404 page, its assets found under the sub-path', async () => {
    const { page, watch, status } = await visit('/no-such-page/');
    expect(status).toBe(404);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).display)).not.toBe('block');
    expect(watch.failures.filter((f) => !f.endsWith('/no-such-page/'))).toEqual([]);
    expect(await watch.violations()).toEqual([]);
    await page.close();
  });
});
