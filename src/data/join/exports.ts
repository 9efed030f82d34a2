/**
 * The open-data exports of /data/: the rows of every table, built from the same view-models the pages
 * show, and every file's text (CSV, JSON, GeoJSON, datapackage.json). Pure, so that what the files hold
 * is tested without a build; src/data/exports.ts gives it the content once per build.
 */
import { toCsv } from '../../lib/export/csv.ts';
import { toDataPackage, type ExportFile } from '../../lib/export/datapackage.ts';
import { ARTICLES, CLAIMS, EVENTS, PLACES, type ArticleRow, type ClaimRow, type EventRow, type PlaceRow, type Table, type Tables } from '../../lib/export/fields.ts';
import { toGeoJson, type LonLat } from '../../lib/export/geojson.ts';
import { toJson } from '../../lib/export/json.ts';
import { absoluteUrl, articleHref, pageHref } from '../../lib/paths.ts';
import type { DateView } from '../../lib/dates/format.ts';
import { daysOf } from '../../lib/dates/span.ts';
import type { Place } from '../../schemas/place.ts';
import { SITE_NAME } from '../site.ts';
import type { ArticleWithText } from './articles.ts';
import type { EventView } from './events.ts';
import type { PlaceView } from './places.ts';

/** «2016-05», or «2016-05/2016-12» for an interval (ISO 8601 interval notation). */
const isoOf = (date: DateView) => date.times.map((t) => t.datetime).join('/');

/** One row per article, by id: its metadata, not its text (which belongs to its publisher), and how many words it has. */
function articleRows(articles: readonly ArticleWithText[]): ArticleRow[] {
  const texts = new Map(articles.map(({ article, text }) => [article.slug, text]));
  return articles
    .map(({ article }) => article)
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .map((a) => ({
      id: a.slug,
      title: a.title,
      titleFrom: a.entry.data.titleFrom,
      publisher: a.publisher,
      via: a.via,
      author: a.author,
      url: a.url,
      published: a.published.iso,
      publishedPrecision: a.published.precision,
      publishedApproximate: a.published.approximate,
      publishedBasis: a.published.basis,
      words: (texts.get(a.slug) ?? '').split(/\s+/).filter(Boolean).length,
      places: a.entry.data.places.map((p) => p.id),
      sourceSha256: a.source.sha256,
      sourceUrl: absoluteUrl(a.source.href),
      archiveUrl: absoluteUrl(a.href),
    }));
}

/** One row per gazetteer place, in its order, with what the archive holds about it (from its view, when it has a page). */
function placeRows(places: readonly Place[], placeViews: readonly PlaceView[]): PlaceRow[] {
  const views = new Map(placeViews.map((v) => [v.place.id, v]));
  return places.map((p) => {
    const view = views.get(p.id);
    return {
      id: p.id,
      name: p.name,
      latin: p.latin,
      kind: p.kind,
      country: p.country,
      region: p.region,
      lat: p.lat ?? null,
      lon: p.lon ?? null,
      partOf: p.partOf ?? null,
      wikidata: p.wikidata ?? null,
      mentions: view?.mentions ?? 0,
      articles: view?.articles.length ?? 0,
      events: view?.events.length ?? 0,
      archiveUrl: view ? absoluteUrl(view.href) : null,
    };
  });
}

/** One row per event, chronological, and one per claim, in the order of their events. */
function eventAndClaimRows(views: readonly EventView[]): { events: EventRow[]; claims: ClaimRow[] } {
  const events = views.map((e) => ({
    id: e.id,
    title: e.title,
    description: e.description,
    type: e.type,
    date: isoOf(e.date),
    start: daysOf(e).from,
    end: daysOf(e).to,
    disputed: e.disputed,
    places: e.places.map((p) => p.id),
    claims: e.claims.length,
    archiveUrl: absoluteUrl(e.href),
  }));
  const claims = views.flatMap((e) =>
    e.claims.map((c) => ({
      id: c.id,
      event: e.id,
      article: c.article.slug,
      quote: c.quote,
      date: c.date ? isoOf(c.date) : null,
      figures: c.figures.map((f) => `${f.label}: ${f.text}`),
      note: c.note,
      archiveUrl: absoluteUrl(articleHref(c.article.slug, c.anchor)),
    })),
  );
  return { events, claims };
}

/** The rows of every table: articles by id, places in gazetteer order, events chronological. */
export function exportTables(articles: readonly ArticleWithText[], places: readonly Place[], placeViews: readonly PlaceView[], events: readonly EventView[]): Tables {
  return { articles: articleRows(articles), places: placeRows(places, placeViews), ...eventAndClaimRows(events) };
}

/** The CSV and JSON files of one table. */
function tabular<Row>(table: Table<Row>, rows: readonly Row[]): ExportFile[] {
  return [
    { path: `${table.name}.csv`, format: 'csv', table, rows: rows.length, body: toCsv(table.fields, rows) },
    { path: `${table.name}.json`, format: 'json', table, rows: rows.length, body: toJson(table.fields, rows) },
  ];
}

/** Every file of the tables: CSV and JSON of each, GeoJSON of the places and of the events (placed at the gazetteer's `places`). */
export function exportFiles(tables: Tables, places: readonly Place[]): ExportFile[] {
  const at = new Map(places.flatMap((p) => (p.lat === undefined || p.lon === undefined ? [] : [[p.id, [p.lon, p.lat] as LonLat] as const])));
  const files = [
    ...tabular(ARTICLES, tables.articles),
    ...tabular(PLACES, tables.places),
    ...tabular(EVENTS, tables.events),
    ...tabular(CLAIMS, tables.claims),
  ];
  // Places are points; an event is one MultiPoint Feature at all its places, so each event stays one row.
  files.push({ path: 'places.geojson', format: 'geojson', table: PLACES, rows: tables.places.length, body: toGeoJson(PLACES.fields, tables.places, 'Point', (p) => (p.lat === null || p.lon === null ? [] : [[p.lon, p.lat]])) });
  files.push({
    path: 'events.geojson',
    format: 'geojson',
    table: EVENTS,
    rows: tables.events.length,
    body: toGeoJson(EVENTS.fields, tables.events, 'MultiPoint', (e) => e.places.flatMap((id) => {
      const lonLat = at.get(id);
      return lonLat ? [lonLat] : [];
    })),
  });
  return files;
}

/** The name of the metadata licence and the publishers' rights, as datapackage.json states them. */
export const LICENCE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 (metadata compiled by the archive; quoted sentences remain their publishers’)',
};

/** datapackage.json: the archive's description of the files, with their fields and licence. */
export function dataPackage(files: readonly ExportFile[]): string {
  return toDataPackage(
    {
      name: 'libya-archive',
      title: `${SITE_NAME}: تنظيم الدولة الإسلامية في ليبيا 2014–2017`,
      description:
        'بيانات وصفية للمقالات، ومعجم الأماكن، والأحداث المؤرّخة، ورواية كل مصدر مع الجملة المقتبسة منه. لا تتضمن نصوص المقالات: النصوص ملك ناشريها.',
      homepage: absoluteUrl(pageHref('data')),
      licenses: [LICENCE],
    },
    files,
  );
}
