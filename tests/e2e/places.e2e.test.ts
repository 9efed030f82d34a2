/**
 * Place pages in a browser, for what needs one: that a page shows the view-model it was given (checked
 * against /data/places.json, the table built from the same view-models), and how its small map behaves.
 * Which places, articles, sentences and events a page lists, in which order, is the view-model join's
 * and tested without a browser (tests/unit/data/places.test.ts); the map's geometry is tested in
 * tests/unit/lib/geo-static-dots.test.ts; status, scripts and requests of every page are the crawl's.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { inBbox, LIBYA_FRAME } from '../../src/lib/geo/bbox.ts';
import { browserForFile } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const browser = await browserForFile();


/** A row of the published places table. */
interface PlaceRow {
  id: string;
  name: string;
  latin: string;
  lat: number | null;
  lon: number | null;
  partOf: string | null;
  mentions: number;
  articles: number;
  events: number;
  archiveUrl: string | null;
}
const rows = JSON.parse(readFileSync('dist/data/places.json', 'utf8')) as PlaceRow[];
const withPage = rows.filter((r) => r.archiveUrl !== null);
/** The path of a place's page under the base the site was built for. */
const pathOf = (row: PlaceRow) => new URL(row.archiveUrl!).pathname;
const row = (id: string) => rows.find((r) => r.id === id)!;

/** A few pages that between them show every kind of place page: the most mentioned, one only events name, one that lies in another place. */
const sample = [
  ...[...withPage].sort((a, b) => b.mentions - a.mentions).slice(0, 2),
  withPage.find((r) => r.articles === 0 && r.events > 0),
  withPage.find((r) => r.partOf !== null),
].filter((r, i, all): r is PlaceRow => r !== undefined && all.findIndex((o) => o?.id === r.id) === i);
const onMap = (r: PlaceRow) => r.lat !== null && r.lon !== null && inBbox([r.lon, r.lat], LIBYA_FRAME);
const mostMentioned = sample[0]!;
/** The places index: the folder of the place pages. */
const indexPath = new URL('../', new URL(pathOf(mostMentioned), siteUrl)).pathname;

async function open(path: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(new URL(path.replace(/^\//, ''), siteUrl).href);
  expect(response?.status()).toBe(200);
  return { page, close: () => context.close() };
}

describe('the places index', () => {
  it('lists each place that has a page once, linking it, with the counts the places table gives', async () => {
    const { page, close } = await open(indexPath);
    const items = await page.locator('.place-index li').evaluateAll((lis) =>
      lis.map((li) => ({
        id: li.getAttribute('data-place')!,
        href: li.querySelector('a')!.getAttribute('href'),
        mentions: Number(li.querySelector('[data-mentions]')!.getAttribute('data-mentions')),
        articles: Number(li.querySelector('[data-articles]')!.getAttribute('data-articles')),
        events: Number(li.querySelector('[data-events]')!.getAttribute('data-events')),
      })),
    );
    expect(items.map((i) => i.id).sort()).toEqual(withPage.map((r) => r.id).sort());
    for (const item of items) {
      const want = row(item.id);
      expect(item, item.id).toEqual({ id: want.id, href: pathOf(want), mentions: want.mentions, articles: want.articles, events: want.events });
    }
    await close();
  });

  it('groups the places under region headings, the most mentioned first within each', async () => {
    const { page, close } = await open(indexPath);
    const sections = await page.locator('main section').evaluateAll((ss) =>
      ss.map((s) => ({
        heading: s.querySelector('h2')?.textContent?.trim() ?? '',
        mentions: [...s.querySelectorAll('[data-mentions]')].map((e) => Number(e.getAttribute('data-mentions'))),
      })),
    );
    expect(sections.length).toBeGreaterThan(0);
    for (const s of sections) {
      expect(s.heading).not.toBe('');
      expect(s.mentions).toEqual([...s.mentions].sort((a, b) => b - a));
    }
    await close();
  });
});

describe('a place page', () => {
  for (const want of sample) {
    it(`${want.id}: shows its name, the counts the places table gives, as many articles and events, and the place it lies in`, async () => {
      const { page, close } = await open(pathOf(want));
      expect(await page.locator('h1').textContent()).toBe(want.name);
      const counts = page.locator('.place-counts');
      expect(await counts.evaluate((p) => [p.dataset.mentions, p.dataset.articles, p.dataset.events].map(Number))).toEqual([want.mentions, want.articles, want.events]);
      expect(await page.locator('.place-articles > li').count()).toBe(want.articles);
      expect(await page.locator('.place-events > li').count()).toBe(want.events);
      for (const href of await page.locator('.place-articles h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        expect(href.startsWith(new URL('../articles/', new URL(indexPath, siteUrl)).pathname), href).toBe(true);
      }
      if (want.partOf !== null) {
        const parent = row(want.partOf);
        const link = page.locator('.facts a', { hasText: parent.name });
        expect(await link.count()).toBe(parent.archiveUrl === null ? 0 : 1);
        if (parent.archiveUrl !== null) expect(await link.getAttribute('href')).toBe(pathOf(parent));
      }
      await close();
    });
  }

  it('draws its own place on top of its small map, named by the map and not a link to the page it is on', async () => {
    const place = sample.find(onMap)!;
    const { page, close } = await open(pathOf(place));
    const dot = page.locator('.static-map .dot.focus');
    expect(await page.locator('.static-map svg').getAttribute('aria-label')).toContain(place.name);
    expect(await page.locator(`.static-map a[href="${pathOf(place)}"]`).count()).toBe(0);
    const box = (await dot.locator('circle').boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    // What a pointer at the dot's centre meets is the focus dot itself, not another place's link.
    expect(await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.closest('.dot')?.classList.contains('focus'), [x, y])).toBe(true);
    await close();
  });

  it('says so instead of drawing a map when the place lies beyond the map’s frame or has no known coordinates', async () => {
    const beyond = withPage.find((r) => r.lat !== null && !onMap(r));
    const unplaced = withPage.find((r) => r.lat === null);
    const cases = [
      [beyond, /يقع هذا المكان خارج حدود خريطة ليبيا/],
      [unplaced, /لا يظهر هذا المكان على الخريطة لأن إحداثياته غير معروفة/],
    ] as const;
    for (const [place, message] of cases) {
      if (!place) continue;
      const { page, close } = await open(pathOf(place));
      expect(await page.locator('.static-map').count()).toBe(0);
      expect(await page.locator('main').textContent()).toMatch(message);
      await close();
    }
    expect(beyond ?? unplaced).toBeDefined();
  });

  it('reads its Latin names left to right inside the right-to-left page', async () => {
    const { page, close } = await open(pathOf(mostMentioned));
    const directions = await page.evaluate(() => ({
      page: getComputedStyle(document.querySelector('h1')!).direction,
      latin: getComputedStyle(document.querySelector('.facts bdi[dir="ltr"]')!).direction,
      text: document.querySelector('.facts bdi[dir="ltr"]')!.textContent,
    }));
    expect(directions).toEqual({ page: 'rtl', latin: 'ltr', text: mostMentioned.latin });
    await close();
  });
});
