import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { timelineDates } from '../../src/lib/events/index.ts';
import { periodOf } from '../../src/lib/timeline/state.ts';
import { spanOf } from '../../src/lib/dates/span.ts';
import type { ArchiveEvent } from '../../src/schemas/event.ts';
import { axeViolations } from './support/axe.ts';
import { openPopupByKeyboard } from './support/map.ts';
import { browserForFile } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const browser = await browserForFile();

/** Events straight from the committed YAML, each with [start, end) from the timeline's own span helpers. */
const events = (parse(readFileSync('content/events.yaml', 'utf8')) as { events: ArchiveEvent[] }).events.map((e) => {
  const spans = timelineDates(e).map(spanOf);
  return { id: e.id, places: e.places, start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
});
type Period = { from: string | null; to: string | null };
/** Events overlapping a period (months, inclusive), optionally at one place. */
const eventsIn = (period: Period, place?: string) => {
  const { start, end } = periodOf(period);
  return events.filter((e) => e.end > start && e.start < end && (!place || e.places.includes(place)));
};


async function open(path: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(new URL(path.replace(/^\//, ''), siteUrl).href, { waitUntil: 'load' });
  await ready(page);
  return { page, context };
}

/** Scrolls the timeline and the map into view and waits until both are enhanced. */
async function ready(page: Page): Promise<void> {
  await page.locator('archive-timeline').scrollIntoViewIfNeeded();
  await page.waitForSelector('archive-timeline[data-enhanced="true"]', { timeout: 15_000 });
  await page.locator('archive-map').scrollIntoViewIfNeeded();
  await page.waitForSelector('archive-map[data-state="ready"]', { timeout: 15_000 });
}

/** Ids of the places the map can draw (its data), whatever the period. */
async function mapIds(page: Page): Promise<string[]> {
  const { places: url } = JSON.parse((await page.locator('archive-map > script[data-map]').textContent())!) as { places: string };
  const places = (await page.evaluate(async (u) => (await fetch(u)).json(), url)) as { features: { properties: { id: string } }[] };
  return places.features.map((f) => f.properties.id).sort();
}

/** Place ids behind the Leaflet markers now drawn: one per place, several per cluster. */
function markerIds(page: Page): Promise<string[]> {
  return page
    .locator('.leaflet-marker-icon[data-places]')
    .evaluateAll((els) => els.flatMap((e) => e.getAttribute('data-places')!.split(' ')).sort());
}

/** Ids of the events the home timeline shows. */
function timelineIds(page: Page): Promise<string[]> {
  return page
    .locator('a.timeline-event')
    .evaluateAll((as) => as.filter((a) => getComputedStyle(a).display !== 'none').map((a) => a.getAttribute('data-id')!).sort());
}

/** The places the map should show for a period: those drawn on it with an event overlapping the period. */
function expectedPlaces(all: string[], period: Period): string[] {
  const at = new Set(eventsIn(period).flatMap((e) => e.places));
  return all.filter((id) => at.has(id));
}

const ids = (list: { id: string }[]) => list.map((e) => e.id).sort();

describe('the home page: timeline and map together', () => {
  it('shows on the map exactly the places of the period in the URL, says so, and puts every place back when cleared', async () => {
    const period = { from: '2016-05', to: '2016-12' };
    const { page, context } = await open(`/?from=${period.from}&to=${period.to}`);
    const all = await mapIds(page);
    const expected = expectedPlaces(all, period);
    // The period must leave some places out, or the test could not tell a filtered map from a full one.
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    await page.waitForFunction(() => document.querySelector('archive-map')?.getAttribute('data-period') === '2016-05/2016-12');
    expect(await markerIds(page)).toEqual(expected);
    expect(await timelineIds(page)).toEqual(ids(eventsIn(period)));

    const status = page.locator('archive-map .archive-map__period');
    expect(await status.textContent()).toContain('بين مايو 2016 وديسمبر 2016');
    expect(await status.textContent()).toContain(String(expected.length));
    // The static map, behind Leaflet, is filtered the same way.
    const dots = await page
      .locator('archive-map .static-map a.dot')
      .evaluateAll((as) => as.filter((a) => (a as SVGElement).style.display !== 'none').map((a) => a.getAttribute('data-place')!).sort());
    expect(dots).toEqual(expected);

    await status.locator('a').click();
    await page.waitForURL((url) => !url.search.includes('from='));
    await ready(page);
    expect(await markerIds(page)).toEqual(all);
    expect(await timelineIds(page)).toEqual(ids(events));
    expect(await status.textContent()).toBe('');
    await context.close();
  });

  it('filters the map to the period brushed on the timeline', async () => {
    const { page, context } = await open('/');
    const all = await mapIds(page);
    expect(await markerIds(page)).toEqual(all);
    const overlay = page.locator('archive-timeline .timeline-brush .overlay');
    await overlay.scrollIntoViewIfNeeded();
    const box = (await overlay.boundingBox())!;
    const y = box.y + box.height / 2;
    // Time runs right to left: from 75 % to 45 % of the width is a stretch of the middle years.
    await page.mouse.move(box.x + box.width * 0.45, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, y, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.75, y, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL(/from=\d{4}-\d{2}&to=\d{4}-\d{2}/);
    const query = new URL(page.url()).searchParams;
    const period = { from: query.get('from'), to: query.get('to') };
    await page.waitForFunction((p) => document.querySelector('archive-map')?.getAttribute('data-period') === p, `${period.from}/${period.to}`);
    const expected = expectedPlaces(all, period);
    expect(expected.length).toBeLessThan(all.length);
    expect(await markerIds(page)).toEqual(expected);
    await context.close();
  });

  it('filters the timeline to the place whose popup is opened from the keyboard, and lets go when it closes', async () => {
    const period = { from: '2016-05', to: '2016-12' };
    const { page, context } = await open(`/?from=${period.from}&to=${period.to}`);
    const singles = await page
      .locator('.leaflet-marker-icon[data-places]:not([data-places*=" "])')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-places')!));
    // A place with fewer events in the period than the period has: choosing it must visibly narrow the timeline.
    const inPeriod = ids(eventsIn(period));
    const place = singles.find((id) => eventsIn(period, id).length < inPeriod.length);
    expect(place).toBeDefined();
    await page.locator(`.leaflet-marker-icon[data-places="${place}"]`).focus();
    await page.keyboard.press('Enter');
    await page.locator('.leaflet-popup .map-popup').waitFor();
    await page.waitForURL((url) => url.searchParams.get('place') === place);
    expect(await timelineIds(page)).toEqual(ids(eventsIn(period, place)));

    await page.keyboard.press('Escape');
    await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
    await page.waitForURL((url) => !url.searchParams.has('place'));
    expect(await timelineIds(page)).toEqual(inPeriod);
    await context.close();
  });

  it('has no axe violation with a period chosen, its status line shown and a popup open', async () => {
    const { page, context } = await open('/?from=2016-05&to=2016-12');
    expect(await axeViolations(page)).toEqual([]);
    await openPopupByKeyboard(page);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
