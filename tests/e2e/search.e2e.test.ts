/**
 * The search page in Chromium: filters and the date range narrow results as the articles' frontmatter
 * says they should, the URL restores the same view, excerpts show the original spelling, the page works
 * from the keyboard, passes axe, and explains itself without JavaScript.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { readArticleFile } from '../../src/lib/frontmatter.ts';
import { axeViolations } from './support/axe.ts';
import { browserForFile, recordRequests } from './support/browser.ts';
import { openSearch, resultPaths, waitForResults } from './support/search-page.ts';

const siteUrl = inject('siteUrl');
const browser = await browserForFile();
let page: Page;
beforeEach(async () => {
  page = await browser.newPage();
  return () => page.close();
});

/** The frontmatter of every article: what filters must agree with. */
interface Front {
  slug: string;
  publisher: string | null;
  published: { date: string };
  places: { id: string }[];
}
const fronts: Front[] = readdirSync('content/articles')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => readArticleFile(f, readFileSync(join('content/articles', f), 'utf8')).data as unknown as Front);
const path = (f: Front) => `/articles/${f.slug}/`;

/** First and last month a publication date covers: «2016» → 2016-01…2016-12. */
function span(date: string): [string, string] {
  return date.length === 4 ? [`${date}-01`, `${date}-12`] : [date.slice(0, 7), date.slice(0, 7)];
}
/** Overlap of a publication date with a range of months, the timeline's rule. */
const overlaps = (date: string, from: string, to: string) => span(date)[1] >= from && span(date)[0] <= to;

describe('filters', () => {
  it('place + date range from the URL show exactly the articles tagged with the place and published in the range', async () => {
    const [from, to] = ['2016-05', '2016-12'];
    await openSearch(page, siteUrl, `place=sirte&from=${from}&to=${to}&type=article`);
    const expected = fronts.filter((f) => f.places.some((p) => p.id === 'sirte') && overlaps(f.published.date, from, to)).map(path);
    expect(expected.length).toBeGreaterThan(0);
    expect((await resultPaths(page)).sort()).toEqual(expected.sort());
  });

  it('lets a date known only to the year (2016) into a range inside that year, and keeps a later article out', async () => {
    const yearOnly = fronts.find((f) => f.published.date.length === 4)!;
    const later = fronts.find((f) => f.published.date >= '2017')!;
    await openSearch(page, siteUrl, 'type=article&from=2016-05&to=2016-06');
    const paths = await resultPaths(page);
    expect(paths).toContain(path(yearOnly));
    expect(paths).not.toContain(path(later));
  });

  it('narrows to one publisher and counts each place among the results', async () => {
    const publisher = fronts.find((f) => f.publisher)!.publisher!;
    const expected = fronts.filter((f) => f.publisher === publisher);
    await openSearch(page, siteUrl, new URLSearchParams({ publisher, type: 'article' }).toString());
    expect((await resultPaths(page)).sort()).toEqual(expected.map(path).sort());
    const sirteCount = expected.filter((f) => f.places.some((p) => p.id === 'sirte')).length;
    const label = await page.textContent('label[for^="facet-place"]:has-text("سرت")');
    expect(label).toContain(`(${sirteCount})`);
  });

  it('orders by date, newest first and oldest first', async () => {
    const dateOf = new Map(fronts.map((f) => [path(f), f.published.date]));
    await openSearch(page, siteUrl, 'q=سرت&type=article&sort=newest');
    const newest = (await resultPaths(page)).map((p) => dateOf.get(p)!);
    expect(newest.length).toBeGreaterThan(2);
    expect(newest).toEqual([...newest].sort().reverse());
    await openSearch(page, siteUrl, 'q=سرت&type=article&sort=oldest');
    const oldest = (await resultPaths(page)).map((p) => dateOf.get(p)!);
    expect(oldest).toEqual([...newest].sort());
  });

  it('ticking a place adds it to the URL, and reloading that URL shows the same results, query and ticks', async () => {
    await openSearch(page, siteUrl, 'q=داعش');
    await page.click('[data-filters] summary');
    const box = page.locator('input[name="place"][value="derna"]');
    await box.check();
    await page.waitForURL(/place=derna/);
    await waitForResults(page);
    const shown = await resultPaths(page);
    const url = page.url();
    const again = await browser.newPage();
    await again.goto(url);
    await waitForResults(again);
    expect(await resultPaths(again)).toEqual(shown);
    expect(await again.inputValue('#search-q')).toBe('داعش');
    expect(await again.isChecked('input[name="place"][value="derna"]')).toBe(true);
    expect(await again.getAttribute('[data-filters]', 'open')).not.toBeNull();
    await again.close();
  });

  it('says how many results there are with the Arabic plural forms', async () => {
    await openSearch(page, siteUrl, 'q=Sabratha&type=article');
    expect(await page.textContent('[data-status]')).toContain('نتيجة واحدة');
    await openSearch(page, siteUrl, 'q=سرت&type=article');
    expect(await page.textContent('[data-status]')).toMatch(/[3-9] نتائج|10 نتائج/);
  });
});

describe('results', () => {
  it('show the excerpt in the original spelling: «مسئول» finds and marks «مسؤول…»', async () => {
    await openSearch(page, siteUrl, 'q=مسئول&type=article');
    const marks = await page.$$eval('.search-excerpt mark', (m) => m.map((x) => x.textContent));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m!.startsWith('مسؤول'))).toBe(true);
  });

  it('mark the whole alias an article uses when asked for another: «داعش» marks «تنظيم الدولة…»', async () => {
    await openSearch(page, siteUrl, 'q=داعش&type=article');
    const marks = await page.$$eval('.search-excerpt mark', (m) => m.map((x) => x.textContent ?? ''));
    expect(marks.some((m) => m.includes('تنظيم الدولة'))).toBe(true);
  });

  it('list articles above place and event pages for a name they share', async () => {
    await openSearch(page, siteUrl, 'q=البنيان المرصوص');
    const paths = await resultPaths(page);
    expect(paths[0]).toMatch(/^\/articles\//);
  });

  it('work from the keyboard: type a query, press Enter, Tab reaches the first result link', async () => {
    await page.goto(`${siteUrl}search/`);
    await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('اكتب'));
    await page.focus('#search-q');
    await page.keyboard.type('مصراتة');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=/);
    await waitForResults(page);
    expect(decodeURIComponent(page.url())).toContain('q=مصراتة');
    expect((await resultPaths(page)).length).toBeGreaterThan(0);
  });

  it('have no axe violation, with results and filters shown', async () => {
    await openSearch(page, siteUrl, 'q=سرت&place=sirte&from=2016-05&to=2016-12');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('what a search downloads', () => {
  it('a first search loads its first five results and no filter counts; opening the filters loads the counts', async () => {
    const requests = recordRequests(page);
    await openSearch(page, siteUrl, 'q=سرت');
    const loaded = (kind: string) => requests.filter((u) => u.endsWith(`.pf_${kind}`)).length;
    expect(await page.locator('.search-result').count()).toBe(5);
    expect(loaded('fragment')).toBe(5);
    // Only the «type» filter, which puts articles first; the five others wait for the filters section.
    expect(loaded('filter')).toBe(1);
    expect(await page.locator('[data-facets] fieldset').count()).toBe(0);
    await page.click('[data-filters] summary');
    await page.locator('[data-facets] input[name="place"][value="sirte"]').waitFor();
    expect(loaded('filter')).toBe(readdirSync('dist/pagefind/filter').length);
    expect(await page.textContent('[data-facets] label[for] .count')).toMatch(/^\(\d+\)$/);
  });

  it('Pagefind’s code loads once, in the page’s own worker, and nothing of the index loads on the page’s thread', async () => {
    const requests = recordRequests(page);
    await openSearch(page, siteUrl, 'q=سرت');
    expect(requests.filter((u) => /\/pagefind\/[^/]*\.js(\?|$)/.test(u)).map((u) => new URL(u).pathname)).toEqual(['/pagefind/pagefind.js']);
    const pagefindFiles = () => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/pagefind/'));
    expect(await page.evaluate(pagefindFiles)).toEqual([]);
    const worker = page.workers().find((w) => /\/_astro\/search-worker[^/]*\.js$/.test(w.url()));
    const inWorker = await worker!.evaluate(pagefindFiles);
    expect(inWorker.filter((n) => n.endsWith('.pf_index')).length).toBeGreaterThan(0);
    expect(inWorker.filter((n) => n.endsWith('.pf_fragment')).length).toBe(5);
  });
});

describe('when search cannot run', () => {
  const UNAVAILABLE = 'تعذّر تحميل فهرس البحث';

  it('says so, and points to browsing by place, when the search worker cannot be loaded', async () => {
    const context = await browser.newContext();
    const blocked = await context.newPage();
    await blocked.route(/\/_astro\/search-worker[^/]*\.js$/, (route) => route.abort());
    await blocked.goto(`${siteUrl}search/?q=سرت`);
    await blocked.waitForFunction(() => document.querySelector('archive-search')?.getAttribute('data-state') === 'unavailable');
    expect(await blocked.textContent('[data-status]')).toContain(UNAVAILABLE);
    expect(await blocked.textContent('[data-status]')).toContain('ويمكن التصفح بالأماكن');
    await context.close();
  });

  it('says so when Pagefind’s index cannot be loaded in the worker', async () => {
    const context = await browser.newContext();
    const broken = await context.newPage();
    await broken.route(/\/pagefind\/.*\.pf_meta$/, (route) => route.abort());
    await broken.goto(`${siteUrl}search/?q=سرت`);
    await broken.waitForFunction(() => document.querySelector('archive-search')?.getAttribute('data-state') === 'unavailable');
    expect(await broken.textContent('[data-status]')).toContain(UNAVAILABLE);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('explains search needs JavaScript and links to browsing by place and by year', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${siteUrl}search/?q=سرت`);
    const fallback = plain.locator('[data-fallback]');
    expect(await fallback.isVisible()).toBe(true);
    expect(await fallback.locator('a[href$="/places/"]').count()).toBe(1);
    expect(await fallback.locator('a[href*="/timeline/#timeline-"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('the header search box of any page leads to the search page with the query', async () => {
    await page.goto(`${siteUrl}about/`);
    await page.fill('#site-search-q', 'درنة');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await waitForResults(page);
    expect((await resultPaths(page)).length).toBeGreaterThan(0);
  });
});
