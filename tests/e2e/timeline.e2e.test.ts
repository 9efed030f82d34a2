import { readFileSync } from 'node:fs';
import { BUDGETS, gzSize } from '../budgets/check.ts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import type { TimelinePayload } from '../../src/lib/timeline/payload.ts';
import { axeViolations } from './support/axe.ts';
import { foreignRequests, launchBrowser, recordRequests } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
let browser: Browser;

/** Events straight from the committed YAML, so the test follows the content. */
type YamlDate = { value: string } | { from: string; to: string };
interface YamlEvent {
  id: string;
  type: string;
  places?: string[];
  date: YamlDate;
  claims: { article: string; quote: string; date?: YamlDate }[];
}
const events = (parse(readFileSync('content/events.yaml', 'utf8')) as { events: YamlEvent[] }).events;
const ids = events.map((e) => e.id).sort();
const key = (d: YamlDate) => ('value' in d ? d.value : `${d.from}/${d.to}`);
/** Events whose every claim agrees with the event's own single date, at the given ISO length (7: month, 10: day). */
const singleDated = (length: number) =>
  events.filter((e) => 'value' in e.date && e.date.value.length === length && e.claims.every((c) => !c.date || key(c.date) === key(e.date)));

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, options: { javaScript?: boolean; width?: number } = {}) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  const requests = recordRequests(page);
  const response = await page.goto(new URL(path.replace(/^\//, ''), siteUrl).href, { waitUntil: 'load' });
  return { page, context, requests, status: response?.status() };
}

async function enhanced(page: Page): Promise<void> {
  await page.waitForSelector('archive-timeline[data-enhanced="true"]', { timeout: 15_000 });
}

async function payload(page: Page): Promise<TimelinePayload> {
  return JSON.parse((await page.textContent('archive-timeline > script[data-timeline]')) ?? '{}') as TimelinePayload;
}

/** Ids of the events the drawing and the list currently show. */
async function shown(page: Page): Promise<{ svg: string[]; list: string[] }> {
  const svg = await page.locator('a.timeline-event').evaluateAll((as) =>
    as.filter((a) => getComputedStyle(a).display !== 'none').map((a) => a.getAttribute('data-id') ?? ''),
  );
  const list = await page.locator('[data-event-item]').evaluateAll((lis) =>
    lis.filter((li) => !(li as HTMLElement).hidden).map((li) => li.getAttribute('data-event-item') ?? ''),
  );
  return { svg: svg.sort(), list: list.sort() };
}

describe('the timeline page', () => {
  it('shows every event, in the drawing and in the list, each linking to its event page', async () => {
    const { page, context, status } = await open('/timeline/');
    expect(status).toBe(200);
    await enhanced(page);
    expect(await shown(page)).toEqual({ svg: ids, list: ids });
    const hrefs = await page.locator('a.timeline-event').evaluateAll((as) => as.map((a) => [a.getAttribute('data-id'), a.getAttribute('href')]));
    for (const [id, href] of hrefs) expect(href).toBe(`/events/${id}/`);
    await context.close();
  });

  it('draws month-precision dates as bands wider than a day, day-precision dates as points', async () => {
    const { page, context } = await open('/timeline/', { javaScript: false });
    const data = await payload(page);
    const dayWidth = (Math.abs(data.range[1] - data.range[0]) * 86_400_000) / (data.domain[1] - data.domain[0]);
    const monthly = singleDated(7);
    expect(monthly.length).toBeGreaterThan(0);
    for (const e of monthly) {
      const marks = page.locator(`a.timeline-event[data-id="${e.id}"] [data-mark]`);
      expect(await marks.count()).toBe(1);
      expect(await marks.first().getAttribute('data-kind')).toBe('band');
      expect(Number(await marks.first().getAttribute('width'))).toBeGreaterThan(20 * dayWidth);
    }
    const daily = singleDated(10);
    for (const e of daily) {
      expect(await page.locator(`a.timeline-event[data-id="${e.id}"] circle[data-mark]`).count()).toBe(1);
    }
    await context.close();
  });

  it('shows each claimed date of a disputed event, with a line across the span between them', async () => {
    const { page, context } = await open('/timeline/', { javaScript: false });
    const disputed = await page.locator('a.timeline-event[data-disputed]').evaluateAll((as) =>
      as.map((a) => ({ marks: a.querySelectorAll('[data-mark]').length, span: a.querySelectorAll('.timeline-span').length })),
    );
    expect(disputed.length).toBeGreaterThan(0);
    for (const d of disputed) {
      expect(d.marks).toBeGreaterThan(1);
      expect(d.span).toBe(1);
    }
    await context.close();
  });

  it('is complete without JavaScript: every event in the SVG and the list, no filter form pretending to work', async () => {
    const { page, context } = await open('/timeline/', { javaScript: false });
    expect(await shown(page)).toEqual({ svg: ids, list: ids });
    expect(await page.locator('form.timeline-controls').isVisible()).toBe(false);
    expect(await page.locator('.timeline-axis text').count()).toBeGreaterThan(1);
    const labels = await page.locator('.timeline-axis text').allTextContents();
    for (const label of labels) expect(label).toMatch(/^((يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر) )?\d{4}$/);
    await context.close();
  });

  it('filters by place and type from the form, keeps the view in the URL, and the URL restores it', async () => {
    const { page, context } = await open('/timeline/');
    await enhanced(page);
    // An event of a type that not every event has; the period starts with its first month.
    const chosen = events.find((e) => events.some((f) => f.type !== e.type))!;
    const type = chosen.type;
    const first = 'value' in chosen.date ? chosen.date.value : chosen.date.from;
    const from = first.length === 4 ? `${first}-01` : first.slice(0, 7);
    await page.selectOption('select[name="type"]', type);
    await page.fill('input[name="from"]', from);
    await page.locator('input[name="from"]').dispatchEvent('change');
    await page.waitForURL(/type=.*from=|from=.*type=/);
    const url = page.url();
    expect(url).toContain(`type=${type}`);
    expect(url).toContain(`from=${from}`);
    const view = await shown(page);
    expect(view.svg).toEqual(view.list);
    expect(view.svg).toContain(chosen.id);
    expect(view.svg.length).toBeLessThan(ids.length);
    for (const id of view.svg) expect(events.find((e) => e.id === id)!.type).toBe(type);

    const again = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const restored = await again.newPage();
    await restored.goto(url);
    await enhanced(restored);
    expect(await shown(restored)).toEqual(view);
    expect(await restored.inputValue('select[name="type"]')).toBe(type);
    expect(await restored.inputValue('input[name="from"]')).toBe(from);
    expect(await restored.locator('.timeline-brush .selection').getAttribute('width')).not.toBeNull();
    await again.close();
    await context.close();
  });

  it('restores a place filter and a period given in the address: ?from=2016-05&to=2016-12&place=sirte', async () => {
    const { page, context } = await open('/timeline/?from=2016-05&to=2016-12&place=sirte');
    await enhanced(page);
    const { svg } = await shown(page);
    const expected = events.filter((e) => e.places?.includes('sirte')).map((e) => e.id);
    expect(svg.length).toBeGreaterThan(0);
    for (const id of svg) expect(expected).toContain(id);
    expect(await page.inputValue('select[name="place"]')).toBe('sirte');
    await context.close();
  });

  it('brushing a period on the axis writes it to the URL and announces it to the page', async () => {
    const { page, context } = await open('/timeline/');
    await enhanced(page);
    await page.evaluate(() => {
      (window as unknown as { periods: unknown[] }).periods = [];
      document.addEventListener('timeline-period', (e) => (window as unknown as { periods: unknown[] }).periods.push((e as CustomEvent).detail));
    });
    const overlay = page.locator('.timeline-brush .overlay');
    await overlay.scrollIntoViewIfNeeded();
    const box = (await overlay.boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.7, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, y, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.3, y, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL(/from=\d{4}-\d{2}&to=\d{4}-\d{2}/);
    const periods = await page.evaluate(() => (window as unknown as { periods: { from: string; to: string }[] }).periods);
    expect(periods.length).toBe(1);
    expect(periods[0]!.from < periods[0]!.to).toBe(true);
    expect(page.url()).toContain(`from=${periods[0]!.from}`);
    const { svg } = await shown(page);
    expect(svg.length).toBeLessThan(ids.length);
    await context.close();
  });

  it('moves between events with the arrow keys, Home and End, with one tab stop in the drawing', async () => {
    const { page, context } = await open('/timeline/');
    await enhanced(page);
    const order = (await payload(page)).events.map((e) => e.id);
    expect(await page.locator('a.timeline-event[tabindex="0"]').count()).toBe(1);
    await page.locator('a.timeline-event[tabindex="0"]').focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(await focused()).toBe(order[0]);
    // Time runs right to left: the left arrow goes to the next, later event.
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe(order[1]);
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe(order[0]);
    await page.keyboard.press('End');
    expect(await focused()).toBe(order.at(-1));
    await page.keyboard.press('Home');
    expect(await focused()).toBe(order[0]);
    expect(await page.locator('a.timeline-event[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/events/${order[0]}/$`));
    await context.close();
  });

  it('zooms in with the button: a band doubles its width', async () => {
    const { page, context } = await open('/timeline/');
    await enhanced(page);
    const band = page.locator('[data-kind="band"]').first();
    const before = Number(await band.getAttribute('width'));
    await page.getByRole('button', { name: 'تكبير', exact: true }).click();
    await expect.poll(async () => Number(await band.getAttribute('width'))).toBeGreaterThan(before * 1.9);
    await context.close();
  });

  it('has no axe violation, before and after enhancement', async () => {
    const { page, context } = await open('/timeline/');
    await enhanced(page);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
    // axe itself needs JavaScript: the script-less page is checked with the site's scripts blocked instead.
    const plain = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const bare = await plain.newPage();
    await bare.route(/\.m?js(\?|$)/, (route) => route.abort());
    await bare.goto(new URL('timeline/', siteUrl).href);
    expect(await bare.getAttribute('archive-timeline', 'data-enhanced')).toBeNull();
    expect(await axeViolations(bare)).toEqual([]);
    await plain.close();
  });

  it('loads at most 35 KB of gzipped JavaScript, d3 included, all from its own origin', async () => {
    const { page, context, requests } = await open('/timeline/');
    await enhanced(page);
    const scripts = requests.filter((u) => /\.m?js(\?|$)/.test(u));
    expect(foreignRequests(requests, origin)).toEqual([]);
    expect(scripts.length).toBeGreaterThan(1); // the element, then d3 loaded lazily
    const bytes = scripts.reduce((sum, u) => sum + gzSize(readFileSync(`dist${new URL(u).pathname}`)), 0);
    expect(bytes).toBeLessThanOrEqual(BUDGETS.timelineJsGz);
    await context.close();
  });
});

describe('event pages', () => {
  it('show each claim with its quote and a source link to the article that highlights the quote', async () => {
    const event = events.find((e) => e.claims.length > 1) ?? events[0]!;
    const { page, context } = await open(`/events/${event.id}/`);
    const claims = page.locator('.claim');
    expect(await claims.count()).toBe(event.claims.length);
    for (let i = 0; i < event.claims.length; i++) {
      const claim = event.claims[i]!;
      const text = (await claims.nth(i).locator('blockquote').innerText()).replace(/\s+/g, ' ').trim();
      expect(text).toBe(claim.quote.replace(/\s+/g, ' ').trim());
      const href = (await claims.nth(i).locator('a.claim-source').getAttribute('href')) ?? '';
      expect(href.startsWith(`/articles/${claim.article}/#`)).toBe(true);
      expect(href).toContain(':~:text=');
    }
    await context.close();
  });

  it('show a disputed event’s dates side by side, each at its own precision', async () => {
    const event = events.find((e) => new Set(e.claims.map((c) => key(c.date ?? e.date))).size > 1);
    expect(event).toBeDefined();
    const { page, context } = await open(`/events/${event!.id}/`);
    const datetimes = await page.locator('.claim time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(new Set(datetimes).size).toBeGreaterThan(1);
    await context.close();
  });
});
