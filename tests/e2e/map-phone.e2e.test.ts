/**
 * The map on a 360 px touch screen: one finger over the map scrolls the page (and the map says to use
 * two), two fingers move the map, and every place's popup lies inside the map's box.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserForFile } from './support/browser.ts';
import { SINGLE_MARKER } from './support/map.ts';
import { swipe, twoFingerDrag } from './support/touch.ts';

const siteUrl = inject('siteUrl');
const browser = await browserForFile();


async function openMap(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(new URL('map/', siteUrl).href);
  await page.locator('archive-map').scrollIntoViewIfNeeded();
  await page.waitForSelector('archive-map[data-state="ready"]', { timeout: 15_000 });
  return page;
}

/** Where the places are drawn inside the map: it changes when the map moves, not when the page scrolls. */
const mapOffset = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector('.archive-map__canvas')!.getBoundingClientRect();
    return [...document.querySelectorAll('.leaflet-marker-icon[data-places]')].map((m) => {
      const r = m.getBoundingClientRect();
      return `${Math.round(r.x - canvas.x)},${Math.round(r.y - canvas.y)}`;
    }).join(' ');
  });

describe('the map on a phone', () => {
  it('scrolls the page under one finger and says to use two; two fingers move the map', async () => {
    const page = await openMap();
    const canvas = page.locator('.archive-map__canvas');
    await page.evaluate(() => window.scrollTo(0, document.querySelector('.archive-map__canvas')!.getBoundingClientRect().top + window.scrollY - 40));
    const box = (await canvas.boundingBox())!;
    const before = { scroll: await page.evaluate(() => window.scrollY), map: await mapOffset(page) };
    await swipe(page, box.x + box.width / 2, box.y + box.height * 0.7, -200);
    expect((await page.evaluate(() => window.scrollY)) - before.scroll).toBeGreaterThan(100);
    expect(await mapOffset(page)).toBe(before.map);
    expect(await page.locator('.archive-map__hint').textContent()).toContain('إصبعين');

    await page.evaluate(() => window.scrollTo(0, document.querySelector('.archive-map__canvas')!.getBoundingClientRect().top + window.scrollY - 40));
    const moved = (await canvas.boundingBox())!;
    const scroll = await page.evaluate(() => window.scrollY);
    const map = await mapOffset(page);
    await twoFingerDrag(page, moved.x + moved.width / 2, moved.y + moved.height / 2, 40, 60);
    // Leaflet redraws the markers once the gesture's animation ends: wait until they stay where they are.
    await page.waitForFunction(
      () => {
        const w = window as unknown as { lastMarkers?: string; stillMarkers?: number };
        const now = [...document.querySelectorAll('.leaflet-marker-icon[data-places]')].map((m) => JSON.stringify(m.getBoundingClientRect())).join();
        w.stillMarkers = now === w.lastMarkers && !document.querySelector('.leaflet-zoom-anim') ? (w.stillMarkers ?? 0) + 1 : 0;
        w.lastMarkers = now;
        return w.stillMarkers >= 5;
      },
      undefined,
      { polling: 50 },
    );
    expect(await mapOffset(page)).not.toBe(map);
    expect(await page.evaluate(() => window.scrollY)).toBe(scroll);
    await page.context().close();
  });

  it('keeps every place’s popup inside the map’s box', async () => {
    const page = await openMap();
    const canvas = page.locator('.archive-map__canvas');
    const ids = await page.locator(SINGLE_MARKER).evaluateAll((els) => els.map((e) => e.getAttribute('data-places')!));
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) {
      await page.locator(`.leaflet-marker-icon[data-places="${id}"]`).focus();
      await page.keyboard.press('Enter');
      const popup = page.locator('.leaflet-popup');
      await popup.waitFor();
      // Leaflet pans the map to fit the popup: measure once it has stopped moving.
      await page.waitForFunction(() => {
        const el = document.querySelector('.leaflet-popup');
        const w = window as unknown as { last?: string; still?: number };
        const now = el ? JSON.stringify(el.getBoundingClientRect()) + getComputedStyle(document.querySelector('.leaflet-map-pane')!).transform : '';
        w.still = now === w.last ? (w.still ?? 0) + 1 : 0;
        w.last = now;
        return w.still >= 5;
      }, undefined, { polling: 50 });
      const [p, m] = [(await popup.boundingBox())!, (await canvas.boundingBox())!];
      expect(p.x, id).toBeGreaterThanOrEqual(m.x - 1);
      expect(p.y, id).toBeGreaterThanOrEqual(m.y - 1);
      expect(p.x + p.width, id).toBeLessThanOrEqual(m.x + m.width + 1);
      expect(p.y + p.height, id).toBeLessThanOrEqual(m.y + m.height + 1);
      await page.keyboard.press('Escape');
      await popup.waitFor({ state: 'detached' });
    }
    await page.context().close();
  });
});
