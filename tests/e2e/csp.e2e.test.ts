/**
 * The Content-Security-Policy and the site's own origin while its scripts run: injected code is blocked and
 * reported; the map and the timeline, zoomed, brushed and opened, and a search with its filters, break no rule
 * of the policy, fail no request and ask nothing of another origin. That every page declares the policy and
 * loads clean is a rule of the crawl (crawl.e2e.test.ts).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { browserForFile } from './support/browser.ts';
import { exerciseMap, exerciseTimeline } from './support/interact.ts';
import { waitForResults } from './support/search-page.ts';
import { watchPage, type PageWatch } from './support/watch.ts';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
const browser = await browserForFile();
let context: BrowserContext;

beforeAll(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});

async function visit(path: string): Promise<{ page: Page; watch: PageWatch }> {
  const page = await context.newPage();
  const watch = await watchPage(page, origin);
  await page.goto(new URL(path.replace(/^\//, ''), siteUrl).href, { waitUntil: 'load' });
  return { page, watch };
}

async function expectClean({ page, watch }: { page: Page; watch: PageWatch }): Promise<void> {
  expect(await watch.violations()).toEqual([]);
  expect(watch.foreign()).toEqual([]);
  expect(watch.failures).toEqual([]);
  await page.close();
}

describe('the Content-Security-Policy in Chromium', () => {
  it('is declared before anything it governs, as Chromium reads the page', async () => {
    const { page, watch } = await visit('/about/');
    const first = await page.evaluate(() => document.head.firstElementChild?.nextElementSibling?.outerHTML ?? '');
    expect(first).toMatch(/^<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';/);
    await expectClean({ page, watch });
  });

  it('blocks a script and a style injected inline, and the watch reports both', async () => {
    const { page, watch } = await visit('/about/');
    await page.addScriptTag({ content: 'window.injected = "نص مدسوس";' }).catch(() => undefined);
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red; }';
      document.head.append(style);
    });
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => (window as unknown as { injected?: string }).injected)).toBeUndefined();
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).not.toBe('rgb(255, 0, 0)');
    const violations = await page.evaluate(() => window.__cspViolations ?? []);
    expect(violations.some((v) => v.startsWith('script-src-elem blocked inline'))).toBe(true);
    expect(violations.some((v) => v.startsWith('style-src-elem blocked inline'))).toBe(true);
    await page.close();
  });

  it('holds while the map is zoomed and a marker opened', async () => {
    const visited = await visit('/map/');
    await exerciseMap(visited.page);
    await expectClean(visited);
  });

  it('holds while the timeline is zoomed and brushed', async () => {
    const visited = await visit('/timeline/');
    await exerciseTimeline(visited.page);
    await expectClean(visited);
  });

  it('holds while a search shows its results and its filters, with the index loaded in the search worker', async () => {
    const visited = await visit('/search/?q=سرت&place=sirte&from=2016-05&to=2016-12');
    await waitForResults(visited.page);
    expect(await visited.page.locator('.search-result').count()).toBeGreaterThan(0);
    await expectClean(visited);
  });

  it('holds on the home page with its map and timeline both running', async () => {
    const visited = await visit('/');
    await exerciseMap(visited.page);
    await exerciseTimeline(visited.page);
    await expectClean(visited);
  });
});
