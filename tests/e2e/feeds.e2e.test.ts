/**
 * The feeds and files that machines read: RSS, sitemap and robots.txt, at the site's public address. Each
 * page's canonical URL, og:url and feed link are rules of the crawl (crawl.e2e.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import config from '../../astro.config.mjs';
import { withBase } from '../../src/lib/paths.ts';
import { browserForFile } from './support/browser.ts';
import { builtPages } from './support/site.ts';

const siteUrl = inject('siteUrl');
/** The site's public root (site + base) from the configuration the build read, not from the pages under test. */
const base = config.base ?? '/';
const root = new URL(withBase(base, '/'), config.site).href;
/** The public address of a page path («/about/»). */
const publicUrl = (path: string) => new URL(withBase(base, path), root).href;
/** The same page on the test server. */
const localUrl = (href: string) => new URL(new URL(href).pathname.slice(base.length), siteUrl).href;

/** Article slugs straight from content/, so expectations follow the content. */
const articles = readdirSync('content/articles')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => parseYaml(readFileSync(`content/articles/${f}`, 'utf8').split(/^---$/m)[1]!) as { slug: string });
const pages = builtPages();

const browser = await browserForFile();
let page: Page;
beforeAll(async () => {
  page = await (await browser.newContext()).newPage();
});

/** Parses XML in Chromium; throws with the parser's message when it is not well-formed. */
async function parseXml(xml: string): Promise<{ error: string | null }> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return { error: doc.querySelector('parsererror')?.textContent ?? null };
  }, xml);
}

describe('the public root', () => {
  it('is the configured site, with the base path as the home page declares it', () => {
    expect(new URL(root).origin).toBe(new URL(String(config.site)).origin);
    expect(root.endsWith('/')).toBe(true);
  });
});

describe('the RSS feed', () => {
  const xml = readFileSync('dist/rss.xml', 'utf8');
  const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item]) => ({
    link: item!.match(/<link>([^<]+)<\/link>/)?.[1] ?? '',
    pubDate: Date.parse(item!.match(/<pubDate>([^<]+)<\/pubDate>/)?.[1] ?? ''),
  }));

  it('parses as XML', async () => {
    expect(await parseXml(xml)).toEqual({ error: null });
  });

  it('has one item per article, newest first', () => {
    expect(items.map((i) => i.link).sort()).toEqual(articles.map((a) => publicUrl(`/articles/${a.slug}/`)).sort());
    const dates = items.map((i) => i.pubDate);
    expect(dates.every(Number.isFinite)).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('links to article pages that exist on the built site', async () => {
    for (const { link } of items) {
      const response = await page.request.get(localUrl(link));
      expect(response.status(), link).toBe(200);
    }
  });
});

describe('the sitemap and robots.txt', () => {
  it('lists every HTML page built, and nothing else', async () => {
    const index = readFileSync('dist/sitemap-index.xml', 'utf8');
    expect(await parseXml(index)).toEqual({ error: null });
    const locs = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap(([, loc]) => {
      const file = readFileSync(`dist/${new URL(loc!).pathname.slice(base.length)}`, 'utf8');
      return [...file.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => url!);
    });
    expect(locs.sort()).toEqual(pages.map(publicUrl).sort());
  });

  it('robots.txt names the sitemap at the site and base URL', () => {
    const robots = readFileSync('dist/robots.txt', 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${publicUrl('/sitemap-index.xml')}`);
  });
});
