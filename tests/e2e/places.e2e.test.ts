import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { normalizeArabic } from '../../src/lib/arabic.ts';
import { contentDir } from '../../src/loaders/content-dir.ts';
import { foreignRequests, launchBrowser, recordRequests } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What the committed content says, read straight from the files: the expectation the pages must meet. */
interface Expected {
  name: string;
  variants: string[];
  latin: string;
  mentions: number;
  articles: Map<string, number>;
  events: number;
}
const dir = contentDir();
const gazetteer = parse(readFileSync(join(dir, 'places.yaml'), 'utf8')) as { id: string; name: string; variants?: string[]; latin: string }[];
const expected = new Map<string, Expected>();
const entryFor = (id: string): Expected => {
  const place = gazetteer.find((p) => p.id === id)!;
  const entry = expected.get(id) ?? { name: place.name, variants: place.variants ?? [], latin: place.latin, mentions: 0, articles: new Map(), events: 0 };
  expected.set(id, entry);
  return entry;
};
/** Article bodies by slug, to tell a sentence the tagger found from a place an editor added by hand. */
const bodies = new Map<string, string>();
for (const file of readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.mdx'))) {
  const [, frontText, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(dir, 'articles', file), 'utf8'))!;
  const front = parse(frontText!) as { slug: string; places?: { id: string; count: number }[] };
  bodies.set(front.slug, body!);
  for (const { id, count } of front.places ?? []) {
    const entry = entryFor(id);
    entry.mentions += count;
    entry.articles.set(front.slug, count);
  }
}
const eventsFile = (() => {
  try {
    return parse(readFileSync(join(dir, 'events.yaml'), 'utf8')) as { events?: { places?: string[] }[] };
  } catch {
    return { events: [] };
  }
})();
for (const event of eventsFile.events ?? []) for (const id of event.places ?? []) entryFor(id).events += 1;

async function open(path: string, javaScript = true): Promise<{ page: Page; requests: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  const page = await context.newPage();
  const requests = recordRequests(page);
  const response = await page.goto(new URL(path.replace(/^\//, ''), siteUrl).href);
  expect(response?.status()).toBe(200);
  return { page, requests, close: () => context.close() };
}

/** The letters of a name with the article «ال» taken off, so «بالنوفلية» and «للنوفلية» both contain it. */
const stem = (name: string) => normalizeArabic(name).replace(/^ال/, '');

describe('the places index', () => {
  it('lists every place an article or an event names, once, with the mentions its articles add up to', async () => {
    const { page, close } = await open('/places/');
    const items = await page.locator('.place-index li').evaluateAll((lis) =>
      lis.map((li) => ({
        id: li.getAttribute('data-place')!,
        href: li.querySelector('a')!.getAttribute('href'),
        mentions: Number(li.querySelector('[data-mentions]')!.getAttribute('data-mentions')),
        articles: Number(li.querySelector('[data-articles]')!.getAttribute('data-articles')),
        events: Number(li.querySelector('[data-events]')!.getAttribute('data-events')),
      })),
    );
    expect(items.map((i) => i.id).sort()).toEqual([...expected.keys()].sort());
    for (const item of items) {
      const want = expected.get(item.id)!;
      expect(item, item.id).toMatchObject({ href: `/places/${item.id}/`, mentions: want.mentions, articles: want.articles.size, events: want.events });
    }
    await close();
  });

  it('groups the places under region headings, the most mentioned first within each', async () => {
    const { page, close } = await open('/places/');
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

describe('each place page', () => {
  for (const [id, want] of expected) {
    it(`${id}: shows its names, its counts, its events and the articles that mention it, most mentions first, each with a sentence naming it`, async () => {
      const { page, requests, close } = await open(`/places/${id}/`);
      expect(await page.locator('h1').textContent()).toBe(want.name);
      // Latin names stay left to right inside the Arabic page.
      expect(await page.locator('.facts bdi[dir="ltr"]').first().textContent()).toBe(want.latin);
      const counts = page.locator('.place-counts');
      expect(Number(await counts.getAttribute('data-mentions'))).toBe(want.mentions);
      expect(Number(await counts.getAttribute('data-articles'))).toBe(want.articles.size);
      expect(Number(await counts.getAttribute('data-events'))).toBe(want.events);
      expect(await page.locator('.place-events > li').count()).toBe(want.events);

      const listed = await page.locator('.place-articles > li').evaluateAll((lis) =>
        lis.map((li) => ({
          slug: li.getAttribute('data-article')!,
          count: Number(li.getAttribute('data-count')),
          href: li.querySelector('h3 a')!.getAttribute('href'),
          sentence: li.querySelector('blockquote.mention')?.textContent?.trim() ?? null,
        })),
      );
      expect(new Map(listed.map((a) => [a.slug, a.count]))).toEqual(want.articles);
      expect(listed.map((a) => a.count)).toEqual([...listed.map((a) => a.count)].sort((a, b) => b - a));
      const names = [want.name, ...want.variants].map(stem);
      for (const a of listed) {
        expect(a.href).toBe(`/articles/${a.slug}/`);
        if (a.sentence === null) {
          // No sentence only for a place an editor added by hand: none of its names is in the text.
          const body = normalizeArabic(bodies.get(a.slug)!);
          expect(names.some((n) => body.includes(n)), `${a.slug} names ${id} but no sentence is shown`).toBe(false);
        } else {
          expect(names.some((n) => normalizeArabic(a.sentence!).includes(n)), `«${a.sentence}» names ${id}`).toBe(true);
        }
      }

      expect(await page.locator('script').count()).toBe(0);
      expect(foreignRequests(requests, origin)).toEqual([]);
      await close();
    });
  }

  it('draws its place on a small static map, standing out and linking to its own page', async () => {
    for (const id of expected.keys()) {
      const { page, close } = await open(`/places/${id}/`, false);
      const focus = page.locator('.static-map a.dot.focus');
      if ((await focus.count()) === 0) {
        // A place beyond the frame (Mosul, Raqqa …) or without coordinates says so instead.
        expect(await page.locator('main').textContent()).toMatch(/خارج حدود خريطة ليبيا|إحداثياته غير معروفة/);
      } else {
        expect(await focus.getAttribute('href')).toBe(`/places/${id}/`);
        expect(await focus.getAttribute('aria-label')).toContain(expected.get(id)!.name);
      }
      await close();
    }
  });
});
