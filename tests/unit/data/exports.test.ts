import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dataPackage, exportFiles, exportTables } from '../../../src/data/join/exports.ts';
import { placeViews } from '../../../src/data/join/places.ts';
import { articles, eventView, places } from './fixtures.ts';

beforeAll(() => vi.stubEnv('SITE', 'https://archive.example.org'));
afterAll(() => vi.unstubAllEnvs());

const tables = () => exportTables(articles, places, placeViews(places, articles, eventView.events), eventView.events);

describe('the open-data tables', () => {
  it('list the articles by id with their metadata and word counts, not their texts', () => {
    const rows = tables().articles;
    expect(rows.map((r) => r.id)).toEqual(['2016-05-misrata', '2016-12-sirte-reuters', '2016-is-leaving']);
    expect(rows[0]).toMatchObject({ words: 12, places: ['misrata', 'sirte'], published: '2016-05', publishedPrecision: 'month', archiveUrl: 'https://archive.example.org/articles/2016-05-misrata/' });
    expect(JSON.stringify(rows)).not.toContain('هاجم التنظيم');
  });

  it('list every gazetteer place in its order, a place the archive does not name with no counts and no page', () => {
    const rows = tables().places;
    expect(rows.map((r) => r.id)).toEqual(places.map((p) => p.id));
    expect(rows.find((r) => r.id === 'sirte')).toMatchObject({ mentions: 5, articles: 3, events: 1, archiveUrl: 'https://archive.example.org/places/sirte/' });
    expect(rows.find((r) => r.id === 'tobruk')).toMatchObject({ mentions: 0, articles: 0, events: 0, archiveUrl: null });
  });

  it('give each event the days it covers, and each claim the address of its quote in the article', () => {
    const { events, claims } = tables();
    expect(events.map((e) => [e.id, e.date, e.start, e.end])).toEqual([
      ['2014-derna-pledge', '2014-10', '2014-10-01', '2014-10-31'],
      ['2016-12-sirte-liberated', '2016-12', '2016-12-01', '2016-12-31'],
    ]);
    expect(claims.map((c) => [c.id, c.article, c.archiveUrl])).toEqual([
      ['2014-derna-pledge-1', '2016-is-leaving', 'https://archive.example.org/articles/2016-is-leaving/#quote-2014-derna-pledge-1'],
      ['2016-12-sirte-liberated-1', '2016-12-sirte-reuters', 'https://archive.example.org/articles/2016-12-sirte-reuters/#quote-2016-12-sirte-liberated-1'],
      ['2016-12-sirte-liberated-2', '2016-05-misrata', 'https://archive.example.org/articles/2016-05-misrata/#quote-2016-12-sirte-liberated-2'],
    ]);
  });
});

describe('the open-data files', () => {
  it('are CSV and JSON of each table, and GeoJSON of places and of events at their places’ positions', () => {
    const files = exportFiles(tables(), places);
    expect(files.map((f) => f.path)).toEqual([
      'articles.csv', 'articles.json', 'places.csv', 'places.json', 'events.csv', 'events.json', 'claims.csv', 'claims.json', 'places.geojson', 'events.geojson',
    ]);
    const events = JSON.parse(files.find((f) => f.path === 'events.geojson')!.body) as { features: { geometry: { coordinates: number[][] } | null }[] };
    // Sirte has a position, Giza Bahriya has none: the event is a MultiPoint at Sirte alone.
    expect(events.features[1]?.geometry?.coordinates).toEqual([[16.588, 31.205]]);
  });

  it('are described by a datapackage.json that names the archive, its page and every file', () => {
    const files = exportFiles(tables(), places);
    const pkg = JSON.parse(dataPackage(files)) as { name: string; homepage: string; resources: { path: string }[] };
    expect(pkg).toMatchObject({ name: 'libya-archive', homepage: 'https://archive.example.org/data/' });
    expect(pkg.resources.map((r) => r.path)).toEqual(files.map((f) => f.path));
  });
});
