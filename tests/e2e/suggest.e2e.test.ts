/**
 * Suggest end to end, as an editor works: two raw texts through the real ingest into a content folder of
 * their own, `npm run suggest`, one suggestion accepted as a new claim of an existing event (its date
 * disputed) and one as a new event, `npm run check`, then a production build of that folder into a
 * temporary folder: the event pages and the timeline show what was accepted.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserForFile } from './support/browser.ts';
import { buildSite } from './support/fixture-site.ts';
import { serveStatic } from './support/static-server.ts';

const FIXTURES = 'tests/fixtures/suggest';
const REVIEW = '2016-12-sirte-fixture-review';
const OFFENSIVE = '2016-05-sirte-offensive-fixture';
const root = mkdtempSync(join(tmpdir(), 'archive-suggest-'));
const content = join(root, 'content');
const browser = await browserForFile();
let server: { url: string; close: () => Promise<void> };
let newEvent = '';
let checkOutput = { status: -1 as number | null, text: '' };

function node(script: string, ...args: string[]) {
  const out = spawnSync(process.execPath, [resolve(script), ...args], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`${script} ${args.join(' ')} failed: ${out.stderr}`);
  return out;
}

beforeAll(async () => {
  mkdirSync(join(content, 'articles'), { recursive: true });
  mkdirSync(join(content, 'sources'), { recursive: true });
  copyFileSync('content/places.yaml', join(content, 'places.yaml'));
  copyFileSync(join(FIXTURES, 'events.yaml'), join(content, 'events.yaml'));
  node('src/ingest/cli.ts', '--content', content, join(FIXTURES, 'raw/2016-08-sirte-advance.txt'), join(FIXTURES, 'raw/2016-12-sirte-review.txt'));
  node('src/suggest/cli.ts', '--content', content, '--all');

  // The editor reads the file and picks: the disputed launch date, and the liberation as a new event.
  const file = join(content, 'suggestions', `${REVIEW}.yaml`);
  const entries = (parse(readFileSync(file, 'utf8')) as { events: { id: string; match: { event: string; relation: string } | null; claims: { quote: string }[] }[] }).events;
  const conflict = entries.findIndex((e) => e.match?.event === OFFENSIVE && e.match.relation === 'conflict') + 1;
  const liberation = entries.findIndex((e) => e.match === null && e.claims[0]!.quote.includes('سيطرتها الكاملة')) + 1;
  expect([conflict, liberation].every((n) => n > 0), `suggestions: ${JSON.stringify(entries.map((e) => [e.claims[0]!.quote, e.match]))}`).toBe(true);
  newEvent = entries[liberation - 1]!.id;
  node('src/suggest/cli.ts', '--content', content, '--accept', `${file}#${conflict}`);
  node('src/suggest/cli.ts', '--content', content, '--accept', `${file}#${liberation}`);

  const check = spawnSync(process.execPath, [resolve('src/check/cli.ts'), '--content', content], { encoding: 'utf8' });
  checkOutput = { status: check.status, text: check.stdout + check.stderr };
  const dist = join(root, 'dist');
  buildSite(dist, { ARCHIVE_CONTENT_DIR: content, ARCHIVE_CACHE_DIR: join(root, 'cache') });
  server = await serveStatic(dist);
}, 600_000);

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('suggestions accepted and built', () => {
  it('leaves content that npm run check accepts, suggestion files included', () => {
    expect(checkOutput.status, checkOutput.text).toBe(0);
    expect(checkOutput.text).toContain('تم فحص مقالين و');
  });

  it('shows the accepted claim on its event page, beside the first source, with the dates they disagree on', async () => {
    const page = await browser.newPage();
    await page.goto(new URL(`events/${OFFENSIVE}/`, server.url).href);
    const claims = page.locator('ol.claims > li');
    await expect.poll(() => claims.count()).toBe(2);
    expect(await claims.nth(1).locator('blockquote').innerText()).toBe('وبدأت القوات الحكومية في 30 أبريل 2016 هجومها لاستعادة مدينة سرت من التنظيم، بحسب ما نقلته مصادر عسكرية في مصراتة.');
    expect(await page.locator('.dispute').innerText()).toContain('تختلف المصادر في تاريخ هذا الحدث');
    expect(await page.locator('.facts').innerText()).toMatch(/30 أبريل 2016 \/ 12 مايو 2016/);
    await page.close();
  });

  it('shows the new event on its own page with its claim', async () => {
    const page = await browser.newPage();
    await page.goto(new URL(`events/${newEvent}/`, server.url).href);
    expect(await page.locator('ol.claims blockquote').innerText()).toBe('أعلنت القوات الموالية لحكومة الوفاق الوطني في 6 ديسمبر 2016 سيطرتها الكاملة على مدينة سرت بعد معارك استمرت نحو ستة أشهر.');
    expect(await page.locator('.facts').innerText()).toContain('6 ديسمبر 2016');
    await page.close();
  });

  it('shows both on the timeline: the disputed dates of the first, and the new event', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('timeline/', server.url).href);
    const offensive = page.locator(`[data-event-item="${OFFENSIVE}"]`);
    expect(await offensive.innerText()).toMatch(/تواريخ متعارضة[\s\S]*30 أبريل 2016 \/ 12 مايو 2016/);
    expect(await page.locator(`[data-event-item="${newEvent}"] a`).first().getAttribute('href')).toMatch(new RegExp(`/events/${newEvent}/$`));
    expect(await page.locator(`.timeline-event[data-id="${newEvent}"]`).count()).toBe(1);
    await page.close();
  });
});
