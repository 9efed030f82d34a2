/**
 * Control characters, noncharacters and a direction override left open, written by hand into a title, a
 * publisher, an author and a body: the feed and the sitemaps stay well-formed XML, no page or data file
 * carries a character HTML or XML forbids, and the override cannot reverse the date in the citation box.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserForFile } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';
import { ACCEPTED, buildHandSite } from './support/safety-sites.ts';

const site = buildHandSite('accepted', ACCEPTED);
/** Characters that make HTML invalid (control and noncharacter parse errors) or XML not well-formed. */
const FORBIDDEN = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff\u{1fffe}\u{1ffff}\u{10fffe}\u{10ffff}]|[\ud800-\udfff]/u;
/** A direction override or embedding: the clean title has none left. */
const OVERRIDES = /[\u202a-\u202e]/;

/** Every file under `dir`, by path relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`]));
}

const browser = await browserForFile();
let page: Page;
let server: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
  expect(site.status, site.output).toBe(0);
  server = await serveStatic(site.dist);
  page = await browser.newPage();
});
afterAll(async () => {
  await server?.close();
});

/** Chromium's XML parser on a file of the site: the error it reports, or '' when the file is well-formed. */
async function xmlError(path: string): Promise<string> {
  const xml = readFileSync(join(site.dist, path), 'utf8');
  return page.evaluate((text) => new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror')?.textContent ?? '', xml);
}

describe('a title full of control characters', () => {
  it('leaves the RSS feed well-formed, with the title as readers see it', async () => {
    expect(await xmlError('rss.xml')).toBe('');
    // U+0085 NEXT LINE is a line break: it stays one, as a line feed.
    const titles = [...readFileSync(join(site.dist, 'rss.xml'), 'utf8').matchAll(/<item><title>([^<]*)<\/title>/g)].map((m) => m[1]!.replace(/\s+/g, ' '));
    expect(titles).toContain('سقوط سرت Sirte 2016');
    expect(titles).toHaveLength(ACCEPTED.length);
  });

  it('leaves the sitemaps well-formed', async () => {
    expect(await xmlError('sitemap-index.xml')).toBe('');
    expect(await xmlError('sitemap-0.xml')).toBe('');
  });

  it('leaves no character HTML or XML forbids in any page, feed or data file', () => {
    const served = filesUnder(site.dist).filter((f) => /\.(html|xml|csv|json|geojson)$/.test(f));
    expect(served.length).toBeGreaterThan(20);
    const bad = served.filter((f) => FORBIDDEN.test(readFileSync(join(site.dist, f), 'utf8')));
    expect(bad).toEqual([]);
  });

  it('shows the title, publisher and author without the override, and the body without the controls', async () => {
    await page.goto(new URL('articles/2016-12-controls/', server.url).href);
    expect(await page.locator('h1').innerText()).toBe('سقوط سرت Sirte 2016');
    const facts = await page.locator('dl.facts').innerText();
    expect(facts).toContain('رويترز');
    expect(facts).toContain('John Smith');
    expect(OVERRIDES.test(await page.locator('main').innerText())).toBe(false);
    expect((await page.locator('.article-body').innerText()).replace(/\s+/g, ' ')).toBe('سيطرت القوات على سرت في 5 ديسمبر بعد معارك دامت أشهرًا عدة. وقال المتحدث إن المعارك انتهت.');
  });

  it('does not reverse the date beside it in the citation box', async () => {
    await page.goto(new URL('articles/2016-12-controls/', server.url).href);
    // In «5 ديسمبر 2016» the year reads left to right: its «2» lies to the left of its «6».
    const [two, six] = await page.locator('.citation-text time').evaluate((time) => {
      const text = time.firstChild!;
      const at = (i: number) => {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        return range.getBoundingClientRect().left;
      };
      const year = text.textContent!.indexOf('2016');
      return [at(year), at(year + 3)];
    });
    expect(two).toBeLessThan(six);
    expect(await page.locator('.citation-text bdi').first().innerText()).toBe('John Smith');
  });

  it('sets the title and the publisher as isolates where other words surround them: the place page and the raw text page', async () => {
    await page.goto(new URL('places/sirte/', server.url).href);
    const entry = page.locator('li[data-article="2016-12-controls"]');
    expect(await entry.locator('h3 a bdi').innerText()).toBe('سقوط سرت Sirte 2016');
    expect(await entry.locator('.meta bdi').innerText()).toBe('رويترز');
    await page.goto(new URL('articles/2016-12-controls/source/', server.url).href);
    expect(await page.locator('main p a[href$="/articles/2016-12-controls/"] bdi').innerText()).toBe('سقوط سرت Sirte 2016');
  });
});
