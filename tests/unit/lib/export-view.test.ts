import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CLAIMS, type ClaimRow, type EventRow } from '../../../src/lib/export/fields.ts';
import { eventsInView, VIEW_FIELDS, viewFiles, viewRows, type EventsCollection } from '../../../src/lib/export/view.ts';
import { EMPTY_STATE } from '../../../src/lib/timeline/state.ts';
import { daysOf, spanOf } from '../../../src/lib/dates/span.ts';

function row(id: string, title: string, date: string, places: string[], disputed = false): EventRow {
  const days = daysOf(spanOf({ value: date }));
  return { id, title, description: `${title}.`, type: 'control-change', date, start: days.from, end: days.to, disputed, places, claims: 1, archiveUrl: `https://example.org/events/${id}/` };
}
const rows = [
  row('2015-02-sirte-taken', 'سيطرة التنظيم على سرت', '2015-02', ['sirte']),
  row('2016-05-offensive', 'بدء عملية البنيان المرصوص', '2016-05-12', ['misrata', 'sirte']),
  row('2016-12-sirte-liberated', 'إعلان تحرير سرت', '2016-12-05', ['sirte'], true),
];
const claim = (event: string, n: number, quote: string, date: string | null, figures: string[] = []): ClaimRow => ({
  id: `${event}-${n}`,
  event,
  article: `article-${n}`,
  quote,
  date,
  figures,
  note: null,
  archiveUrl: `https://example.org/articles/article-${n}/#quote-${event}-${n}`,
});
const claims = [
  claim('2016-05-offensive', 1, 'أعلنت قوات حكومة الوفاق، الخميس، بدء عملية «البنيان المرصوص» لاستعادة سرت.', '2016-05-12'),
  claim('2016-12-sirte-liberated', 1, 'أعلنت القوات الموالية لحكومة الوفاق، الاثنين، تحرير سرت بالكامل، وقالت: «انتهى كل شيء».', '2016-12-05', ['killed: 700']),
  claim('2016-12-sirte-liberated', 2, 'قال متحدث إن المدينة «تحررت» بعد معارك دامت سبعة أشهر، وقُتل فيها أكثر من 457 مقاتلًا.', '2016-12', ['killed: more than 457']),
  claim('2015-02-sirte-taken', 1, 'وسيطر التنظيم على سرت في شباط/فبراير 2015 بعد انسحاب القوات الحكومية منها.', '2015-02'),
];
const collection: EventsCollection = {
  type: 'FeatureCollection',
  features: rows.map((properties) => ({ type: 'Feature', id: properties.id, geometry: { type: 'Point', coordinates: [16.588, 31.205] }, properties })),
};
// What the timeline's payload knows of each event: its span, places, type and whether its sources disagree.
const payload = rows.map((r) => ({ id: r.id, ...spanOf({ value: r.date }), places: r.places, type: r.type, disputed: r.disputed }));

describe('eventsInView', () => {
  it('keeps the events the timeline shows for a period, with its own overlap rule', () => {
    const view = eventsInView(collection, claims, payload, { ...EMPTY_STATE, from: '2016-05', to: '2016-11' });
    expect(view.features.map((f) => f.id)).toEqual(['2016-05-offensive']);
  });

  it('includes an event whose month overlaps the edge of the period', () => {
    const view = eventsInView(collection, claims, payload, { ...EMPTY_STATE, from: '2015-02', to: '2015-02' });
    expect(view.features.map((f) => f.id)).toEqual(['2015-02-sirte-taken']);
  });

  it('applies the place and dispute filters too: Misrata keeps only the offensive, disputes only the liberation', () => {
    expect(eventsInView(collection, claims, payload, { ...EMPTY_STATE, from: '2016-01', place: 'misrata' }).features.map((f) => f.id)).toEqual(['2016-05-offensive']);
    expect(eventsInView(collection, claims, payload, { ...EMPTY_STATE, disputed: true }).features.map((f) => f.id)).toEqual(['2016-12-sirte-liberated']);
  });

  it('gives each event shown its sources’ accounts, with their exact quotes', () => {
    const view = eventsInView(collection, claims, payload, { ...EMPTY_STATE, from: '2016-12' });
    expect(view.features[0]!.properties.accounts.map((c) => c.quote)).toEqual([claims[1]!.quote, claims[2]!.quote]);
  });
});

describe('viewFiles', () => {
  const state = { ...EMPTY_STATE, from: '2016-05', to: '2016-12' };
  const [csv, geojson] = viewFiles(eventsInView(collection, claims, payload, state), state);

  it('names the files after the view: events-2016-05_2016-12.csv and .geojson, «events» when nothing is chosen', () => {
    expect(csv!.name).toBe('events-2016-05_2016-12.csv');
    expect(geojson!.name).toBe('events-2016-05_2016-12.geojson');
    expect(viewFiles(eventsInView(collection, claims, payload, EMPTY_STATE), EMPTY_STATE)[0]!.name).toBe('events.csv');
    expect(viewFiles(eventsInView(collection, claims, payload, { ...EMPTY_STATE, disputed: true }), { ...EMPTY_STATE, disputed: true })[0]!.name).toBe('events-disputed.csv');
  });

  it('writes one CSV row per account, with the quote as the article has it and its event’s title beside it', () => {
    const records = parse(csv!.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(records.map((r) => [r.event, r.quote, r.eventTitle])).toEqual([
      ['2016-05-offensive', claims[0]!.quote, 'بدء عملية البنيان المرصوص'],
      ['2016-12-sirte-liberated', claims[1]!.quote, 'إعلان تحرير سرت'],
      ['2016-12-sirte-liberated', claims[2]!.quote, 'إعلان تحرير سرت'],
    ]);
    expect(Object.keys(records[0]!)).toEqual(VIEW_FIELDS.map((f) => f.name));
  });

  it('starts with the columns of claims.csv, so the two files read alike', () => {
    expect(VIEW_FIELDS.slice(0, CLAIMS.fields.length).map((f) => f.name)).toEqual(CLAIMS.fields.map((f) => f.name));
    expect(viewRows(eventsInView(collection, claims, payload, state))[1]!.eventDisputed).toBe(true);
  });

  it('writes a FeatureCollection of just those events, each carrying its accounts', () => {
    const fc = JSON.parse(geojson!.text);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(2);
    expect(fc.features[1].properties.accounts).toHaveLength(2);
  });
});
