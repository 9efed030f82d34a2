import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { foreignRequests, launchBrowser, recordRequests } from './support/browser.ts';
import { builtPages } from './support/site.ts';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
const pages = builtPages();
/** Pages whose purpose needs JavaScript (map, timeline); every other page ships none. */
const SCRIPTED = new Set(['/', '/map/', '/timeline/', '/search/']);
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, options: { width?: number; colorScheme?: 'light' | 'dark'; javaScript?: boolean } = {}) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  const requests = recordRequests(page);
  const response = await page.goto(new URL(path.replace(/^\//, ''), siteUrl).href, { waitUntil: 'load' });
  return { page, context, requests, status: response?.status() };
}

describe('every page of the built site', () => {
  it('has pages to test: home, about, and each article with its raw source', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/about/');
    expect(pages.filter((p) => /^\/articles\/[a-z0-9-]+\/$/.test(p)).length).toBeGreaterThanOrEqual(1);
    expect(pages.filter((p) => p.endsWith('/source/')).length).toBe(pages.filter((p) => /^\/articles\/[a-z0-9-]+\/$/.test(p)).length);
  });

  for (const path of pages) {
    describe(path, () => {
      it('is Arabic and right to left, loads only from its own origin, and has no axe violation', async () => {
        const { page, context, requests, status } = await open(path);
        expect(status).toBe(200);
        expect(await page.getAttribute('html', 'lang')).toBe('ar');
        expect(await page.getAttribute('html', 'dir')).toBe('rtl');
        expect(foreignRequests(requests, origin)).toEqual([]);
        if (!SCRIPTED.has(path)) {
          // A JSON-LD block is data, not JavaScript: article pages carry one and still ship no script.
          expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
          expect(requests.filter((u) => /\.m?js(\?|$)/.test(u))).toEqual([]);
        }
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });

      it('fits a 360 px phone screen without horizontal scrolling, its header leaving the screen to the content', async () => {
        const { page, context } = await open(path, { width: 360 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        // Site name and navigation links wrap into a few lines, not one link per line.
        expect(await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height)).toBeLessThan(200);
        await context.close();
      });
    });
  }

  it('keeps axe clean in dark mode too (home and first article)', async () => {
    const article = pages.find((p) => /^\/articles\/[a-z0-9-]+\/$/.test(p))!;
    for (const path of ['/', article]) {
      const { page, context } = await open(path, { colorScheme: 'dark' });
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it('answers an unknown address with the Arabic 404 page', async () => {
    const { page, context, status } = await open('/no-such-page/');
    expect(status).toBe(404);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator('h1').textContent()).toContain('غير موجودة');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
