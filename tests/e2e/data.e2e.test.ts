import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { browserForFile } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const DATA = 'dist/data';
const read = (name: string) => readFileSync(`${DATA}/${name}`, 'utf8');
const files = readdirSync(DATA).filter((f) => f !== 'index.html' && statSync(`${DATA}/${f}`).isFile()).sort();
const tables = ['articles', 'places', 'events', 'claims'];
type Value = string | number | boolean | null | string[];
type Record = { [field: string]: Value };
/** A row of a CSV file, or a record whose fields are all text. */
type TextRow = { [field: string]: string };
const json = (table: string) => JSON.parse(read(`${table}.json`)) as Record[];
/** A JSON value as a CSV cell, written here independently of the serializer: empty for null, lists by «;». */
const asCell = (v: Value) => (v === null ? '' : Array.isArray(v) ? v.join(';') : String(v));
/** Libya's own extent (not the map's frame): west of Ghat to the Egyptian border, Tibesti to the coast. */
const LIBYA = { west: 9.3, east: 25.2, south: 19.5, north: 33.2 };
const gazetteer = (parseYaml(readFileSync('content/places.yaml', 'utf8')) as { places?: { id: string; country: string }[] } | { id: string; country: string }[]);
const placesList = Array.isArray(gazetteer) ? gazetteer : (gazetteer.places ?? []);
const libyan = new Set(placesList.filter((p) => p.country === 'LY').map((p) => p.id));

const browser = await browserForFile();

describe('the open-data files', () => {
  it('are all there: CSV and JSON of each table, GeoJSON of places and events, and datapackage.json', () => {
    const expected = [...tables.flatMap((t) => [`${t}.csv`, `${t}.json`]), 'places.geojson', 'events.geojson', 'datapackage.json'].sort();
    expect(files).toEqual(expected);
  });

  it.each(files.filter((f) => /\.(geo)?json$/.test(f)))('%s parses as JSON', (name) => {
    expect(() => JSON.parse(read(name))).not.toThrow();
  });

  it.each(tables)('%s.csv starts with a BOM, ends records with CRLF and round-trips to the same rows and fields as %s.json', (table) => {
    const text = read(`${table}.csv`);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    const records = parse(text, { bom: true, columns: true, relax_column_count: false }) as { [k: string]: string }[];
    const rows = json(table);
    expect(rows.length).toBeGreaterThan(0);
    expect(records).toHaveLength(rows.length);
    expect(Object.keys(records[0]!)).toEqual(Object.keys(rows[0]!));
    records.forEach((record, i) => {
      expect(record).toEqual(Object.fromEntries(Object.entries(rows[i]!).map(([k, v]) => [k, asCell(v)])));
    });
  });

  it('gives stable, unique ids in every table, and claims point to events and articles that exist', () => {
    for (const table of tables) {
      const ids = json(table).map((r) => r.id);
      expect(new Set(ids).size, table).toBe(ids.length);
    }
    const events = new Set(json('events').map((e) => e.id));
    const articles = new Set(json('articles').map((a) => a.id));
    for (const c of json('claims')) {
      expect(events.has(c.event as string), `${c.id}: event ${c.event}`).toBe(true);
      expect(articles.has(c.article as string), `${c.id}: article ${c.article}`).toBe(true);
      expect((c.quote as string).length).toBeGreaterThan(0);
    }
  });

  it('exports article metadata, never the article text', () => {
    const articles = json('articles');
    for (const a of articles) {
      expect(Object.keys(a)).not.toContain('body');
      expect(JSON.stringify(a).length).toBeLessThan(4000);
    }
  });

  it.each(['places', 'events'])('%s.geojson is an RFC 7946 FeatureCollection in [lon, lat], Libyan places inside Libya', (table) => {
    const fc = JSON.parse(read(`${table}.geojson`));
    expect(fc.type).toBe('FeatureCollection');
    expect(Object.keys(fc).sort()).toEqual(['features', 'type']); // no «crs»: RFC 7946 is always WGS 84
    const rows = json(table);
    expect(fc.features.map((f: { id: string }) => f.id)).toEqual(rows.map((r) => r.id));
    let located = 0;
    let inLibya = 0;
    for (const f of fc.features) {
      expect(f.type).toBe('Feature');
      expect(f.properties).toEqual(rows.find((r) => r.id === f.id));
      const placeIds: string[] = table === 'places' ? [f.id] : f.properties.places;
      const withCoords = placeIds.filter((id) => json('places').some((p) => p.id === id && p.lat !== null));
      // A null geometry exactly when none of its places has coordinates.
      expect(f.geometry === null, f.id).toBe(withCoords.length === 0);
      if (f.geometry === null) continue;
      expect(['Point', 'MultiPoint']).toContain(f.geometry.type);
      const positions: number[][] = f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.coordinates;
      expect(positions.length).toBeGreaterThan(0);
      expect(positions).toHaveLength(withCoords.length);
      positions.forEach(([lon, lat], i) => {
        expect(Math.abs(lon!)).toBeLessThanOrEqual(180);
        expect(Math.abs(lat!)).toBeLessThanOrEqual(90);
        if (libyan.has(withCoords[i]!)) {
          expect(lon!, `${f.id} ${withCoords[i]} longitude`).toBeGreaterThanOrEqual(LIBYA.west);
          expect(lon!).toBeLessThanOrEqual(LIBYA.east);
          expect(lat!, `${f.id} ${withCoords[i]} latitude`).toBeGreaterThanOrEqual(LIBYA.south);
          expect(lat!).toBeLessThanOrEqual(LIBYA.north);
          inLibya += 1;
        }
        located += 1;
      });
    }
    expect(located).toBeGreaterThan(0);
    expect(inLibya).toBeGreaterThan(0);
  });

  it('datapackage.json lists every other file of /data/ with its size and a schema whose field names are the CSV header', () => {
    const pkg = JSON.parse(read('datapackage.json'));
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    expect(pkg.title).toBeTruthy();
    expect(pkg.licenses.length).toBeGreaterThan(0);
    expect(pkg.resources.map((r: { path: string }) => r.path).sort()).toEqual(files.filter((f) => f !== 'datapackage.json'));
    for (const r of pkg.resources) {
      expect(r, r.path).toMatchObject({ format: r.path.split('.').pop(), encoding: 'utf-8' });
      expect(r.mediatype).toMatch(/^(text\/csv|application\/json|application\/geo\+json)$/);
      expect(r.bytes, r.path).toBe(statSync(`${DATA}/${r.path}`).size);
      expect(r.hash, r.path).toBe(`sha256:${createHash('sha256').update(readFileSync(`${DATA}/${r.path}`)).digest('hex')}`);
      const table = r.path.split('.')[0];
      const header = read(`${table}.csv`).slice(1).split('\r\n')[0]!.split(',');
      expect(r.schema.fields.map((f: { name: string }) => f.name), r.path).toEqual(header);
      for (const f of r.schema.fields) {
        expect(['string', 'integer', 'number', 'boolean', 'list']).toContain(f.type);
        expect(f.description).toBeTruthy();
      }
    }
  });
});

describe('the /data/ page', () => {
  it('names every file with its size in bytes and links it, with the licence and the feed', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(new URL('data/', siteUrl).href);
    expect(response?.status()).toBe(200);
    const text = await page.locator('main').innerText();
    for (const name of files) {
      const size = statSync(`${DATA}/${name}`).size.toLocaleString('ar-LY', { numberingSystem: 'latn' });
      const link = page.locator(`main a[href$="/data/${name}"]`);
      expect(await link.count(), name).toBe(1);
      const item = await link.locator('xpath=..').innerText();
      expect(item, name).toContain(`${size} بايت`);
      const fetched = await context.request.get(await link.evaluate((a) => (a as HTMLAnchorElement).href));
      expect(fetched.status(), name).toBe(200);
    }
    expect(text).toContain('الترخيص');
    expect(await page.locator('main a[href$="/rss.xml"]').count()).toBe(1);
    await context.close();
  });

});

describe('«تنزيل ما يظهر» on the timeline', () => {
  /** Clicks the download link `i` (0: CSV, 1: GeoJSON) and reads the file saved. */
  async function download(page: Page, i: number): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('.timeline-export a').nth(i).click()]);
    return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
  }

  it('saves, with nothing filtered, every account of every event with its exact quote', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(new URL('timeline/', siteUrl).href);
    await page.locator('.timeline-export a').first().waitFor();
    const csv = await download(page, 0);
    expect(csv.name).toBe('events.csv');
    const records = parse(csv.text, { bom: true, columns: true }) as TextRow[];
    const claims = json('claims') as TextRow[];
    expect(records.map((r) => [r.id, r.quote])).toEqual(claims.map((c) => [c.id, c.quote]));
    await context.close();
  });

  it('downloads, for a period, the CSV and GeoJSON of exactly the events the timeline shows, each with its sources’ quotes', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(new URL('timeline/?from=2016-05&to=2016-12', siteUrl).href);
    await page.waitForSelector('archive-timeline[data-enhanced="true"]');
    const shown = await page.locator('[data-event-item]:not([hidden])').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.eventItem));
    const all = json('events');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all.length);
    const claims = (json('claims') as TextRow[]).filter((c) => shown.includes(c.event));

    const csv = await download(page, 0);
    expect(csv.name).toBe('events-2016-05_2016-12.csv');
    const records = parse(csv.text, { bom: true, columns: true }) as TextRow[];
    expect([...new Set(records.map((r) => r.event))].sort()).toEqual([...shown].sort());
    expect(records.map((r) => r.quote).sort()).toEqual(claims.map((c) => c.quote).sort());
    expect(records.every((r) => r.eventTitle)).toBe(true);

    const geo = await download(page, 1);
    const fc = JSON.parse(geo.text);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f: { id: string }) => f.id).sort()).toEqual([...shown].sort());
    for (const f of fc.features as { id: string; properties: { accounts: { quote: string }[] } }[]) {
      expect(f.properties.accounts.map((a) => a.quote), f.id).toEqual(claims.filter((c) => c.event === f.id).map((c) => c.quote));
    }
    await context.close();
  });
});
