/**
 * One page of each type (each list and each item) on a 360 px touch screen, the timeline and the map
 * enhanced: every interactive element is a target of at least 24 × 24 px (WCAG 2.2, 2.5.8), and axe finds
 * nothing in the light scheme or the dark one.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { builtPages, pageTypes } from './support/site.ts';

const siteUrl = inject('siteUrl');
const pages = builtPages();
// A section's index («/places/») is a type of its own beside one of its items («/places/sirte/»).
const isList = (p: string) => /^\/[^/]+\/$/.test(p) && pages.some((q) => q !== p && q.startsWith(p));
// And the richest of the pages this work changed: the event with the most accounts (its sources disagree,
// side by side) and the place with the most events (its event lines).
const events = (parse(readFileSync('content/events.yaml', 'utf8')) as { events: { id: string; places?: string[]; claims: unknown[] }[] }).events;
const richest = [...events].sort((a, b) => b.claims.length - a.claims.length)[0]!;
const counts = new Map<string, number>();
for (const e of events) for (const p of e.places ?? []) counts.set(p, (counts.get(p) ?? 0) + 1);
const busiest = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
const TYPES: Record<string, string> = {
  ...pageTypes(pages.filter((p) => !isList(p))),
  ...Object.fromEntries(pages.filter(isList).map((p) => [`${p.slice(1, -1)}-list`, p])),
  'events-most-accounts': `/events/${richest.id}/`,
  'places-most-events': `/places/${busiest}/`,
};
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Loads a page at 360 px and lets its timeline and map finish enhancing. */
async function open(path: string, colorScheme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, colorScheme });
  const page = await context.newPage();
  await page.goto(new URL(path.replace(/^\//, ''), siteUrl).href);
  for (const [element, ready] of [['archive-timeline', '[data-enhanced="true"]'], ['archive-map', '[data-state="ready"]']] as const) {
    if ((await page.locator(element).count()) === 0) continue;
    await page.locator(element).first().scrollIntoViewIfNeeded();
    await page.waitForSelector(`${element}${ready}`, { timeout: 15_000 });
  }
  return page;
}

/** Visible interactive elements smaller than 24 × 24 px, named by tag, class and text. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll(selector)].flatMap((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') return [];
      if (r.width >= 24 && r.height >= 24) return [];
      return [`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} «${(el.textContent ?? '').trim().slice(0, 30)}» ${r.width.toFixed(0)}×${r.height.toFixed(0)}`];
    });
  });
}

describe('every page type on a 360 px phone', () => {
  it('has the types to check: home, timeline, map, events, places and their lists', () => {
    for (const type of ['home', 'timeline', 'map', 'events', 'places', 'places-list', 'articles']) expect(Object.keys(TYPES)).toContain(type);
  });

  for (const [type, path] of Object.entries(TYPES)) {
    it(`${type} (${path}): targets of at least 24 × 24 px; no axe violation, light or dark`, async () => {
      const light = await open(path, 'light');
      expect(await smallTargets(light)).toEqual([]);
      expect(await axeViolations(light)).toEqual([]);
      await light.context().close();
      const dark = await open(path, 'dark');
      expect(await axeViolations(dark)).toEqual([]);
      await dark.context().close();
    });
  }
});
