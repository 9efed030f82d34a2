/**
 * The timeline on a 360 px touch screen: the narrow chart fits the width and scrolls with the page, a
 * vertical swipe over it scrolls the page down to 2016–17, a tap shows an event's card without leaving
 * the page, and nothing is smaller than a 24 px target or a 12 px letter; and the titles the layout
 * placed apart with its estimated widths stay apart in the browser's real text, narrow and wide.
 */
import { describe, expect, inject, it } from 'vitest';
import { browserForFile } from './support/browser.ts';
import { swipe } from './support/touch.ts';

const siteUrl = inject('siteUrl');
const browser = await browserForFile();


describe('the timeline on a phone', () => {
  it('scrolls with the page under a vertical swipe, reaches December 2016, shows a card on a tap, and moves it with the arrow keys', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(new URL('timeline/', siteUrl).href);
    await page.locator('archive-timeline').scrollIntoViewIfNeeded();
    await page.waitForSelector('archive-timeline[data-enhanced="true"]', { timeout: 15_000 });
    expect(await page.getAttribute('archive-timeline', 'data-orientation')).toBe('vertical');

    // The whole range in the page's width: no box to scroll sideways, every year on the axis.
    const chart = page.locator('svg.timeline-svg');
    const fit = await chart.evaluate((svg) => ({ width: svg.getBoundingClientRect().width, right: svg.getBoundingClientRect().right, box: svg.parentElement!.scrollWidth - svg.parentElement!.clientWidth }));
    expect(fit.right).toBeLessThanOrEqual(360);
    expect(fit.box).toBeLessThanOrEqual(0);
    const years = await chart.locator('.timeline-axis text').allTextContents();
    expect(years).toContain('2014');
    expect(years).toContain('2016');
    expect(years).toContain('2017');

    // A finger on the chart moves the page, not the chart, until the fall of Sirte is on screen.
    await page.evaluate(() => window.scrollTo(0, document.querySelector('svg.timeline-svg')!.getBoundingClientRect().top + window.scrollY - 20));
    const target = chart.locator('a.timeline-event[data-id="2016-12-sirte-liberated"]');
    const before = await page.evaluate(() => window.scrollY);
    await swipe(page, 180, 500, -350);
    const after = await page.evaluate(() => window.scrollY);
    expect(after - before).toBeGreaterThan(150);
    for (let i = 0; i < 30; i += 1) {
      const box = (await target.boundingBox())!;
      if (box.y >= 0 && box.y + box.height <= 740) break;
      // Swipe up while it is below the screen, down if it went past; always starting on the chart.
      const dy = box.y < 0 ? Math.min(300, -box.y + 100) : -Math.min(300, box.y + box.height - 640);
      const chartBox = (await chart.boundingBox())!;
      const y = Math.max(Math.max(60, chartBox.y + 40) + Math.max(0, -dy), Math.min(640, chartBox.y + chartBox.height - 40));
      await swipe(page, 180, dy < 0 ? y : Math.max(60, chartBox.y + 40), dy);
    }
    const label = (await target.locator('text').boundingBox())!;
    expect(label.y).toBeGreaterThanOrEqual(0);
    expect(label.y + label.height).toBeLessThanOrEqual(740);
    expect(label.x).toBeGreaterThanOrEqual(0);
    expect(label.x + label.width).toBeLessThanOrEqual(360);

    // A tap shows the card, inside the screen; it does not leave the page.
    const url = page.url();
    await page.touchscreen.tap(label.x + label.width / 2, label.y + label.height / 2);
    const card = page.locator('[data-card]');
    await card.waitFor({ state: 'visible' });
    expect(page.url()).toBe(url);
    expect(await card.locator('[data-card-link]').getAttribute('href')).toBe('/events/2016-12-sirte-liberated/');
    const cardBox = (await card.boundingBox())!;
    expect(cardBox.x).toBeGreaterThanOrEqual(0);
    expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(360);
    expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(740);
    await card.locator('[data-card-close]').click();
    expect(await card.isVisible()).toBe(false);

    // From the keyboard, the down arrow moves the focus and the card to the next event in time.
    const order = await chart.locator('a.timeline-event').evaluateAll((as) => as.map((a) => a.getAttribute('data-id')));
    const at = order.indexOf('2016-12-sirte-liberated');
    await target.focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(order[at + 1]);
    await card.waitFor({ state: 'visible' });
    expect(await card.locator('[data-card-link]').getAttribute('href')).toBe(`/events/${order[at + 1]}/`);
    await page.keyboard.press('ArrowUp');
    expect(await card.locator('[data-card-link]').getAttribute('href')).toBe('/events/2016-12-sirte-liberated/');

    // Every mark a target of at least 24 × 24 px; every letter at least 12 px.
    const sizes = await page.evaluate(() => ({
      targets: [...document.querySelectorAll('svg.timeline-svg a.timeline-event')].map((a) => {
        const r = a.getBoundingClientRect();
        return { id: a.getAttribute('data-id'), w: r.width, h: r.height };
      }),
      fonts: [...document.querySelectorAll('svg.timeline-svg text')].map((t) => parseFloat(getComputedStyle(t).fontSize)),
    }));
    for (const t of sizes.targets) {
      expect(t.w, t.id!).toBeGreaterThanOrEqual(24);
      expect(t.h, t.id!).toBeGreaterThanOrEqual(24);
    }
    expect(Math.min(...sizes.fonts)).toBeGreaterThanOrEqual(12);
    await context.close();
  });

  it('lets no title cover another in the browser’s own text boxes, narrow at 360 px and wide at 1280 px', async () => {
    for (const width of [360, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 740 }, hasTouch: width < 600, isMobile: width < 600 });
      const page = await context.newPage();
      await page.goto(new URL('timeline/', siteUrl).href);
      await page.locator('archive-timeline').scrollIntoViewIfNeeded();
      await page.waitForSelector('archive-timeline[data-enhanced="true"]', { timeout: 15_000 });
      await page.evaluate(() => document.fonts.ready);
      const boxes = await page.locator('svg.timeline-svg text.timeline-label, svg.timeline-svg text.timeline-context-label').evaluateAll((ts) =>
        ts.map((t) => {
          const r = t.getBoundingClientRect();
          return { text: t.textContent, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
        }),
      );
      expect(boxes.length, `${width}`).toBeGreaterThan(10);
      const overlaps = boxes.flatMap((a, i) =>
        boxes.slice(i + 1).filter((b) => a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5).map((b) => `${a.text} × ${b.text}`),
      );
      expect(overlaps, `${width}`).toEqual([]);
      await context.close();
    }
  });
});
