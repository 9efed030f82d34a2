import { readFileSync } from 'node:fs';
import { BUDGETS, gzSize } from '../budgets/check.ts';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { eventDateWords, type TimelinePayload } from '../../src/lib/timeline/payload.ts';
import { axeViolations } from './support/axe.ts';
import { browserForFile, foreignRequests, recordRequests } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
const browser = await browserForFile();

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

/** The events' data the element fetched (the shared file its data-payload names). */
async function payload(page: Page): Promise<TimelinePayload> {
  const url = (await page.getAttribute('archive-timeline', 'data-payload'))!;
  return page.evaluate(async (u) => (await fetch(u)).json(), url) as Promise<TimelinePayload>;
}

/** Ids of the events the drawing on screen (wide or narrow, whichever fits) and the list currently show. */
async function shown(page: Page): Promise<{ svg: string[]; list: string[] }> {
  const svg = await page.locator('svg.timeline-svg a.timeline-event').evaluateAll((as) =>
    as.filter((a) => a.closest('svg')!.getBoundingClientRect().width > 0).map((a) => a.getAttribute('data-id') ?? ''),
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

  it('titles each event known to a day or a month beside its mark, and draws an event known only to its year as a bracket', async () => {
    // On a wide screen, laid out at its width by the script, every such title has room.
    const { page, context } = await open('/timeline/');
    await enhanced(page);
    const chart = page.locator('svg.timeline-svg');
    for (const e of [...singleDated(7), ...singleDated(10)]) {
      const link = chart.locator(`a.timeline-event[data-id="${e.id}"]`);
      expect(await link.locator('use.timeline-symbol').count(), e.id).toBe(1);
      expect(((await link.locator('text.timeline-label').textContent()) ?? '').length, e.id).toBeGreaterThan(0);
    }
    const yearly = singleDated(4);
    expect(yearly.length).toBeGreaterThan(0);
    for (const e of yearly) {
      const link = chart.locator(`a.timeline-event[data-id="${e.id}"]`);
      expect(await link.getAttribute('class'), e.id).toContain('is-context');
      expect(await link.locator('use.timeline-symbol').count(), e.id).toBe(0);
      expect(await link.locator('line.timeline-bracket').count(), e.id).toBeGreaterThan(0);
    }
    // Without the script, the page's one drawing is the narrow chart, every event titled on a row of its own.
    const bare = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const plain = await bare.newPage();
    await plain.goto(new URL('timeline/', siteUrl).href);
    const narrow = plain.locator('svg.timeline-svg--vertical');
    expect(await narrow.isVisible()).toBe(true);
    for (const e of events) expect(((await narrow.locator(`a.timeline-event[data-id="${e.id}"] text`).textContent()) ?? '').length, e.id).toBeGreaterThan(0);
    await bare.close();
    await context.close();
  });

  it('shows a disputed event as disputed: each claimed date when they differ, joined by a line, and a dashed ring', async () => {
    const { page, context } = await open('/timeline/');
    await enhanced(page);
    const wide = page.locator('svg.timeline-svg--horizontal');
    const disputed = await wide.locator('a.timeline-event.is-disputed').evaluateAll((as) =>
      as.map((a) => ({ id: a.getAttribute('data-id'), rings: a.querySelectorAll('.timeline-ring').length, name: a.getAttribute('aria-label') ?? '' })),
    );
    expect(disputed.length).toBeGreaterThan(0);
    for (const d of disputed) {
      expect(d.rings, d.id!).toBeGreaterThan(0);
      expect(d.name, d.id!).toContain('تختلف المصادر');
    }
    const dated = events.find((e) => 'value' in e.date === false && new Set(e.claims.map((c) => (c.date ? key(c.date) : ''))).size > 1 && e.claims.every((c) => !c.date || ('value' in c.date && c.date.value.length > 4)));
    if (dated) {
      const link = wide.locator(`a.timeline-event[data-id="${dated.id}"]`);
      expect(await link.locator('use.timeline-symbol').count()).toBeGreaterThan(1);
      expect(await link.locator('.timeline-between-dates').count()).toBe(1);
    }
    await context.close();
  });

  it('is complete without JavaScript: every event in each drawing and in the list, no filter form or card pretending to work', async () => {
    const { page, context } = await open('/timeline/', { javaScript: false });
    const drawn = await page.locator('svg.timeline-svg--vertical a.timeline-event').evaluateAll((as) => as.map((a) => a.getAttribute('data-id')));
    expect(drawn.sort()).toEqual(ids);
    expect(await shown(page)).toEqual({ svg: ids, list: ids });
    for (const selector of ['form[data-filters-form]', '[data-card]', '.timeline-hint']) expect(await page.locator(selector).isVisible(), selector).toBe(false);
    // The bar the script would fill leaves no gap: it takes no room at all.
    expect(await page.locator('.timeline-filters').evaluate((el) => el.getBoundingClientRect().height)).toBe(0);
    const labels = await page.locator('svg.timeline-svg--vertical .timeline-axis text').allTextContents();
    expect(labels.length).toBeGreaterThan(1);
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
    await page.locator('form[data-filters-form] summary').click();
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
    // The chips say the view, and the chart zooms to its period: it starts at the chosen month.
    const chips = await restored.locator('archive-timeline .filter-chip').allTextContents();
    expect(chips.join(' ')).toContain('منذ');
    expect(await restored.locator('svg.timeline-svg').getAttribute('data-domain')).toMatch(new RegExp(`^${Date.parse(`${from}-01T00:00:00Z`)}/`));
    // Removing the type's chip lets go of the type, and only of it.
    await restored.locator('.filter-chip[data-chip="type"]').click();
    await restored.waitForURL((u) => !u.searchParams.has('type'));
    expect(new URL(restored.url()).searchParams.get('from')).toBe(from);
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

  it('brushing a period under the axis writes it to the URL, announces it to the page, and zooms to it', async () => {
    const { page, context } = await open('/timeline/');
    await enhanced(page);
    await page.evaluate(() => {
      (window as unknown as { views: unknown[] }).views = [];
      document.addEventListener('archive-view', (e) => (window as unknown as { views: unknown[] }).views.push((e as CustomEvent).detail));
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
    const views = await page.evaluate(() => (window as unknown as { views: { from: string; to: string }[] }).views);
    expect(views.length).toBe(1);
    expect(views[0]!.from < views[0]!.to).toBe(true);
    expect(page.url()).toContain(`from=${views[0]!.from}`);
    const { svg } = await shown(page);
    expect(svg.length).toBeLessThan(ids.length);
    expect(await page.locator('[data-status]').textContent()).toContain(`من ${ids.length}`);
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
    // The card follows the focus: title, date, sources.
    const card = page.locator('[data-card]');
    await page.keyboard.press('ArrowLeft');
    expect(await card.isVisible()).toBe(true);
    const second = (await payload(page)).events.find((e) => e.id === order[1])!;
    expect(await card.locator('[data-card-link]').textContent()).toBe(second.title);
    expect(await card.locator('[data-card-date]').textContent()).toBe(eventDateWords(second));
    expect(await card.locator('[data-card-link]').getAttribute('href')).toBe(`/events/${second.id}/`);
    await page.keyboard.press('ArrowRight');
    expect(await card.locator('[data-card-link]').textContent()).toBe((await payload(page)).events[0]!.title);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/events/${order[0]}/$`));
    await context.close();
  });

  it('zooms in with the button: the period shown halves, and the URL holds it', async () => {
    const { page, context } = await open('/timeline/');
    await enhanced(page);
    const span = async () => {
      const [start, end] = ((await page.locator('svg.timeline-svg').getAttribute('data-domain')) ?? '').split('/').map(Number);
      return end! - start!;
    };
    const before = await span();
    await page.getByRole('button', { name: 'تكبير', exact: true }).click();
    await page.waitForURL(/from=\d{4}-\d{2}&to=\d{4}-\d{2}/);
    expect(await span()).toBeLessThan(before * 0.6);
    await page.getByRole('button', { name: 'كل الفترة', exact: true }).click();
    await page.waitForURL((u) => !u.searchParams.has('from'));
    expect(await span()).toBe(before);
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
