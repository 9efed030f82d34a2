/**
 * The pages with a timeline or a map on a 360 px touch screen, once the script has drawn them (the crawl
 * judges every page as it loads): every interactive element is a target of at least 24 × 24 px (WCAG 2.2,
 * 2.5.8), no text is smaller than 12 px, and axe finds nothing in the light scheme or the dark one.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { browserForFile } from './support/browser.ts';
import { smallTargets, smallText } from './support/targets.ts';

const siteUrl = inject('siteUrl');
/** The pages whose timeline or map the script draws. */
const TYPES: Record<string, string> = { home: '/', timeline: '/timeline/', map: '/map/' };
const browser = await browserForFile();


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

describe('the timeline and the map, drawn, on a 360 px phone', () => {
  for (const [type, path] of Object.entries(TYPES)) {
    it(`${type} (${path}): targets of at least 24 × 24 px, text of at least 12 px; no axe violation, light or dark`, async () => {
      const light = await open(path, 'light');
      expect(await smallTargets(light)).toEqual([]);
      expect(await smallText(light)).toEqual([]);
      expect(await axeViolations(light)).toEqual([]);
      await light.context().close();
      const dark = await open(path, 'dark');
      expect(await axeViolations(dark)).toEqual([]);
      await dark.context().close();
    });
  }
});
