/**
 * One crawl of the built site: every page is read once and loaded once in Chromium (a phone, then a
 * desktop, then dark mode) and judged by every per-page rule at once (tests/e2e/support/crawl/). A page
 * that fails names the rules it breaks, one line each.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { siteAddress } from '../../src/lib/site-address.ts';
import { browserForFile } from './support/browser.ts';
import { BROWSER_RULES } from './support/crawl/browser-rules.ts';
import { crawlPage } from './support/crawl/crawl.ts';
import { siteFacts, type SiteFacts } from './support/crawl/facts.ts';
import { FILE_RULES } from './support/crawl/file-rules.ts';
import { idOf, sitePages, type SitePage } from './support/crawl/pages.ts';
import { serveStatic } from './support/static-server.ts';

const siteUrl = inject('siteUrl');
const pages = sitePages();
/** Each page is one test, so that no timeout covers more than one page. */
const PAGE_TIMEOUT = 30_000;
const browser = await browserForFile();
let facts: SiteFacts;

beforeAll(async () => {
  facts = siteFacts(siteAddress());
});

describe('the crawl', () => {
  it('visits every HTML file of the build, pages of every kind, and a page for each article, its raw text and each event', () => {
    const paths = pages.map((p) => p.path);
    expect(paths).toContain('/');
    expect(paths).toContain('/about/');
    expect(pages.filter((p) => p.kind === 'not-found').map((p) => p.file)).toEqual(['404.html']);
    const slugs = [...facts.articles.keys()];
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      expect(paths).toContain(`/articles/${slug}/`);
      expect(paths).toContain(`/articles/${slug}/source/`);
    }
    const events = (parse(readFileSync('content/events.yaml', 'utf8')) as { events: { id: string }[] }).events.map((e) => `/events/${e.id}/`);
    expect(pages.filter((p) => p.kind === 'event').map((p) => p.path).sort()).toEqual(events.sort());
    expect(pages.filter((p) => p.kind === 'other')).toEqual([]);
    const kinds = ['home', 'about', 'article', 'source', 'places', 'place', 'event', 'map', 'timeline', 'search', 'data', 'not-found'];
    expect(new Set(pages.map((p) => p.kind))).toEqual(new Set(kinds));
  });

  it('turns dark one page of each kind, the largest', () => {
    const kinds = [...new Set(pages.map((p) => p.kind))];
    expect(pages.filter((p) => p.largestOfKind).map((p) => p.kind).sort()).toEqual(kinds.sort());
  });

  it('has what its rules compare pages with: claims to find in articles, places on the map', () => {
    expect(facts.quotes.size).toBeGreaterThan(0);
    expect(facts.mapPlaces.size).toBeGreaterThan(0);
    expect(pages.filter((p) => p.kind === 'place' && facts.mapPlaces.get(idOf(p))?.drawn).length).toBeGreaterThan(0);
  });

  it('reports each rule a page breaks, by name: a page made to break them all', async () => {
    const dir = resolve('tests/e2e/fixtures/rule-breaker');
    const server = await serveStatic(dir);
    try {
      const page: SitePage = { path: '/', file: 'index.html', budgetPath: '/', kind: 'other', status: 200, largestOfKind: true };
      const problems = await crawlPage(browser, server.url, page, siteFacts({ dist: dir, content: dir, ...siteAddress() }));
      const silent = [...FILE_RULES, ...BROWSER_RULES]
        .filter((rule) => rule.on?.(page) ?? true)
        .map((rule) => rule.name)
        .filter((name) => !problems.some((p) => p.startsWith(`${name}: `)));
      // The page is served with the status it should have; every other rule that holds for it must object.
      expect(silent).toEqual(['answers with its HTTP status']);
      expect(problems.some((p) => p.includes('no-implicit-close'))).toBe(true);
      expect(problems.some((p) => p.includes('"alt"'))).toBe(true);
      expect(problems.some((p) => p.includes('http://example.invalid/style.css'))).toBe(true);
    } finally {
      await server.close();
    }
  }, PAGE_TIMEOUT);
});

describe('the rules that compare a page with the content', () => {
  it('object when a page disagrees with it: an article, a place on the map, and a page served as the 404 page', async () => {
    const plain = (page: SitePage): SitePage => ({ ...page, largestOfKind: false });
    const article = plain(pages.find((p) => p.kind === 'article')!);
    const place = plain(pages.find((p) => p.kind === 'place' && facts.mapPlaces.get(idOf(p))?.drawn)!);
    const about = plain(pages.find((p) => p.kind === 'about')!);
    const [slug, id] = [idOf(article), idOf(place)];
    const wrong: SiteFacts = {
      ...facts,
      articles: new Map([...facts.articles, [slug, { ...facts.articles.get(slug)!, title: 'عنوان لم ينشره أحد', date: '1999' }]]),
      quotes: new Map([...facts.quotes, [slug, [{ claim: 'invented', quote: 'جملة لم يكتبها أحد' }]]]),
      mapPlaces: new Map([...facts.mapPlaces, [id, { ...facts.mapPlaces.get(id)!, listed: { mentions: 999, articles: 99 } }]]),
    };
    const problems = [
      ...(await crawlPage(browser, siteUrl, article, wrong)),
      ...(await crawlPage(browser, siteUrl, place, wrong)),
      ...(await crawlPage(browser, siteUrl, { ...about, kind: 'not-found', status: 404 }, facts)),
    ];
    // The rules that hold for these kinds of page only.
    const specific = BROWSER_RULES.filter(
      (r) => r.on && !r.on({ ...about, kind: 'other' }) && [article, place, { ...about, kind: 'not-found' as const }].some((p) => r.on!(p)),
    );
    expect(specific.length).toBeGreaterThanOrEqual(6);
    const silent = [...specific.map((r) => r.name), 'answers with its HTTP status'].filter((name) => !problems.some((p) => p.startsWith(`${name}: `)));
    expect(silent).toEqual([]);
  }, 3 * PAGE_TIMEOUT);
});

describe('every page of the built site meets every per-page rule', () => {
  for (const page of pages) {
    it(`${page.path}${page.kind === 'not-found' ? ' (404.html)' : ''}`, async () => {
      expect(await crawlPage(browser, siteUrl, page, facts)).toEqual([]);
    }, PAGE_TIMEOUT);
  }
});
