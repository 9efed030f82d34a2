import { BUDGETS, gzSize } from '../budgets/check.ts';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { openPopupByKeyboard } from './support/map.ts';
import { browserForFile, foreignRequests, recordRequests } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
const mapUrl = new URL('map/', siteUrl).href;
const browser = await browserForFile();


interface Listed {
  id: string;
  href: string;
  mentions: number;
  articles: number;
}

async function openMap(options: { javaScript?: boolean; width?: number } = {}): Promise<{ page: Page; context: BrowserContext; requests: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true, viewport: { width: options.width ?? 1280, height: 900 } });
  const page = await context.newPage();
  const requests = recordRequests(page);
  await page.goto(mapUrl);
  if (options.javaScript ?? true) {
    await page.locator('archive-map').scrollIntoViewIfNeeded();
    await page.waitForSelector('archive-map[data-state="ready"]');
  }
  return { page, context, requests };
}

/** The places listed beside the map (those inside its frame), as the page states them. */
function listed(page: Page): Promise<Listed[]> {
  return page.locator('section[aria-labelledby="places-on-map"] ol > li').evaluateAll((lis) =>
    lis.map((li) => ({
      id: li.getAttribute('data-place')!,
      href: li.querySelector('a')!.getAttribute('href')!,
      mentions: Number(li.querySelector('[data-mentions]')!.getAttribute('data-mentions')),
      articles: Number(li.querySelector('[data-articles]')!.getAttribute('data-articles')),
    })),
  );
}

/** Place ids behind each Leaflet marker: one id for a place, several for a cluster. */
function markerPlaces(page: Page): Promise<string[][]> {
  return page.locator('.leaflet-marker-icon[data-places]').evaluateAll((els) => els.map((e) => e.getAttribute('data-places')!.split(' ')));
}

describe('/map/ with JavaScript', () => {
  it('shows one marker or cluster for every place on the list, and no place twice', async () => {
    const { page, context } = await openMap();
    const places = await listed(page);
    expect(places.length).toBeGreaterThan(0);
    const ids = (await markerPlaces(page)).flat();
    expect(ids.slice().sort()).toEqual(places.map((p) => p.id).sort());
    expect(new Set(ids).size).toBe(ids.length);
    // The static map steps aside once Leaflet draws.
    expect(await page.locator('archive-map .static-map').isHidden()).toBe(true);
    expect(await page.locator('.leaflet-container').getAttribute('dir')).toBe('ltr');
    await context.close();
  });

  it('sizes markers by mentions: the most mentioned place has the largest dot', async () => {
    const { page, context } = await openMap();
    const places = await listed(page);
    const top = places[0]!;
    const sizes = await page.locator('.leaflet-marker-icon[data-places]:not(:has(.map-dot--cluster)) .map-dot').evaluateAll((dots) =>
      dots.map((d) => ({ id: d.parentElement!.getAttribute('data-places')!, width: d.getBoundingClientRect().width })),
    );
    const topSize = sizes.find((s) => s.id === top.id);
    if (topSize) for (const s of sizes) expect(s.width).toBeLessThanOrEqual(topSize.width);
    expect(sizes.length).toBeGreaterThan(0);
    await context.close();
  });

  it('opens a place’s popup from the keyboard, in Arabic and right to left, listing the titles of its articles', async () => {
    const { page, context } = await openMap();
    const single = page.locator('.leaflet-marker-icon[data-places]:not([data-places*=" "])').first();
    const id = (await single.getAttribute('data-places'))!;
    await single.focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup .map-popup');
    await popup.waitFor();
    expect(await popup.getAttribute('dir')).toBe('rtl');
    expect(await popup.getAttribute('lang')).toBe('ar');
    // Focus moved into the popup, onto the place's link.
    expect(await page.evaluate(() => document.activeElement?.closest('.map-popup') !== null)).toBe(true);
    expect(await popup.locator('.map-popup__title a').getAttribute('href')).toBe(`/places/${id}/`);
    const popupTitles = await popup.locator('.map-popup__articles a').allTextContents();

    const placePage = await context.newPage();
    await placePage.goto(new URL(`places/${id}/`, siteUrl).href);
    const pageTitles = await placePage.locator('.place-articles h3 a').allTextContents();
    expect(popupTitles).toEqual(pageTitles);
    await placePage.close();

    // Escape closes it and gives focus back to the marker.
    await page.keyboard.press('Escape');
    await popup.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-places'))).toBe(id);
    await context.close();
  });

  it('opens a cluster from the keyboard: the map zooms in and focus lands on one of its places', async (ctx) => {
    const { page, context } = await openMap();
    const cluster = page.locator('.leaflet-marker-icon[data-places*=" "]').first();
    if ((await cluster.count()) === 0) ctx.skip(); // every place stands apart at this zoom in this content
    const ids = (await cluster.getAttribute('data-places'))!.split(' ');
    const before = (await markerPlaces(page)).length;
    await cluster.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('.leaflet-marker-icon[data-places]').length !== n, before);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-places') ?? '');
    expect(focused.split(' ').some((p) => ids.includes(p))).toBe(true);
    await context.close();
  });

  it('keeps working offline once loaded: zooming and opening a popup need nothing from the network', async () => {
    const { page, context, requests } = await openMap();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await context.setOffline(true);
    await page.locator('.leaflet-control-zoom-in').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.leaflet-zoom-anim').length === 0);
    const marker = page.locator('.leaflet-marker-icon[data-places]:not([data-places*=" "])').first();
    await marker.focus();
    await page.keyboard.press('Enter');
    await page.locator('.leaflet-popup .map-popup').waitFor();
    expect(await page.locator('.leaflet-overlay-pane path.map-country').count()).toBeGreaterThan(0);
    expect(failed).toEqual([]);
    expect(foreignRequests(requests, origin)).toEqual([]);
    await context.close();
  });

  it('asks nothing of any other origin and loads no image: no tiles, no marker icons', async () => {
    const { page, context, requests } = await openMap();
    await page.locator('.leaflet-marker-icon[data-places]').first().click();
    await page.locator('.leaflet-popup').waitFor();
    expect(foreignRequests(requests, origin)).toEqual([]);
    expect(requests.filter((u) => /\.(png|jpe?g|gif|webp|avif)(\?|$)/i.test(u))).toEqual([]);
    expect(await page.locator('.leaflet-tile').count()).toBe(0);
    await context.close();
  });

  it('has no axe violation, with the map drawn and with a popup open', async () => {
    const { page, context } = await openMap();
    expect(await axeViolations(page)).toEqual([]);
    await openPopupByKeyboard(page);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('fits a 360 px phone screen without horizontal scrolling', async () => {
    const { page, context } = await openMap({ width: 360 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('loads at most 60 KB of gzipped JavaScript, Leaflet included, and a basemap under 60 KB gzipped', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bodies: Promise<{ url: string; size: number }>[] = [];
    page.on('response', (r) => {
      if (/\.m?js(\?|$)/.test(r.url()) || r.url().endsWith('basemap.json')) {
        bodies.push(r.body().then((b) => ({ url: r.url(), size: gzSize(b) })));
      }
    });
    await page.goto(mapUrl);
    await page.waitForSelector('archive-map[data-state="ready"]');
    const sizes = await Promise.all(bodies);
    const js = sizes.filter((s) => !s.url.endsWith('basemap.json')).reduce((sum, s) => sum + s.size, 0);
    const basemap = sizes.find((s) => s.url.endsWith('basemap.json'))!.size;
    expect(js).toBeGreaterThan(20_000); // Leaflet itself is in there
    // The budget of tests/budgets/check.ts, measured here on what the browser really fetched.
    expect(js).toBeLessThanOrEqual(BUDGETS.mapJsGz);
    expect(basemap).toBeLessThanOrEqual(60 * 1024);
    await context.close();
  });
});

describe('/map/ without JavaScript', () => {
  it('shows the SVG map with one linked dot per listed place, and the list', async () => {
    const { page, context } = await openMap({ javaScript: false });
    const places = await listed(page);
    expect(places.length).toBeGreaterThan(0);
    const dots = await page.locator('archive-map svg a.dot').evaluateAll((as) =>
      as.map((a) => ({ id: a.getAttribute('data-place')!, href: a.getAttribute('href')!, name: a.getAttribute('aria-label')! })),
    );
    expect(dots.map((d) => d.id).sort()).toEqual(places.map((p) => p.id).sort());
    for (const d of dots) expect(d.href).toBe(places.find((p) => p.id === d.id)!.href);
    // The land is drawn, inline or from the shared basemap file: it has a size.
    expect(await page.locator('archive-map svg .land').first().evaluate((e) => (e as SVGGraphicsElement).getBBox().width)).toBeGreaterThan(100);
    expect(await page.locator('archive-map svg').isVisible()).toBe(true);
    expect(await page.locator('.leaflet-container').count()).toBe(0);
    await context.close();
  });
});

describe('numbers on the map', () => {
  // That the list, the map's data and its static dots agree with each place page is a rule of the crawl (crawl.e2e.test.ts).
  it('are the same on each Leaflet marker as on the list beside the map', async () => {
    const { page, context } = await openMap();
    const listed = new Map(
      await page
        .locator('section[aria-labelledby="places-on-map"] ol > li')
        .evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-place')!, li.querySelector('.counts')!.textContent!.trim()] as const)),
    );
    const markers = await page
      .locator('.leaflet-marker-icon[data-places]:not([data-places*=" "])')
      .evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-places')!, label: e.getAttribute('aria-label')! })));
    expect(markers.length).toBeGreaterThan(0);
    for (const { id, label } of markers) expect(label, id).toContain(listed.get(id));
    await context.close();
  });
});
