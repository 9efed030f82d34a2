import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { EventRow } from '../../../src/lib/export/fields.ts';
import { eventsInView, viewFiles, type EventsCollection } from '../../../src/lib/export/view.ts';
import { EMPTY_STATE } from '../../../src/lib/timeline/state.ts';
import { daysOf, spanOf } from '../../../src/lib/dates/span.ts';

function row(id: string, title: string, date: string, places: string[]): EventRow {
  const days = daysOf(spanOf({ value: date }));
  return { id, title, description: `${title}.`, type: 'control-change', date, start: days.from, end: days.to, disputed: false, places, claims: 1, archiveUrl: `https://example.org/events/${id}/` };
}
const rows = [
  row('2015-02-sirte-taken', 'سيطرة التنظيم على سرت', '2015-02', ['sirte']),
  row('2016-05-offensive', 'بدء عملية البنيان المرصوص', '2016-05-12', ['misrata', 'sirte']),
  row('2016-12-sirte-liberated', 'إعلان تحرير سرت', '2016-12-05', ['sirte']),
];
const collection: EventsCollection = {
  type: 'FeatureCollection',
  features: rows.map((properties) => ({ type: 'Feature', id: properties.id, geometry: { type: 'Point', coordinates: [16.588, 31.205] }, properties })),
};
// What the timeline's payload knows of each event: its span, places and type.
const payload = rows.map((r) => ({ id: r.id, ...spanOf({ value: r.date }), places: r.places, type: r.type }));

describe('eventsInView', () => {
  it('keeps the events the timeline shows for a period, with its own overlap rule', () => {
    const view = eventsInView(collection, payload, { ...EMPTY_STATE, from: '2016-05', to: '2016-11' });
    expect(view.features.map((f) => f.id)).toEqual(['2016-05-offensive']);
  });

  it('includes an event whose month overlaps the edge of the period', () => {
    const view = eventsInView(collection, payload, { ...EMPTY_STATE, from: '2015-02', to: '2015-02' });
    expect(view.features.map((f) => f.id)).toEqual(['2015-02-sirte-taken']);
  });

  it('applies the place filter too: Misrata in 2016 keeps only the offensive', () => {
    const view = eventsInView(collection, payload, { ...EMPTY_STATE, from: '2016-01', place: 'misrata' });
    expect(view.features.map((f) => f.id)).toEqual(['2016-05-offensive']);
  });
});

describe('viewFiles', () => {
  const state = { ...EMPTY_STATE, from: '2016-05', to: '2016-12' };
  const [csv, geojson] = viewFiles(eventsInView(collection, payload, state), state);

  it('names the files after the period: events-2016-05_2016-12.csv and .geojson', () => {
    expect(csv!.name).toBe('events-2016-05_2016-12.csv');
    expect(geojson!.name).toBe('events-2016-05_2016-12.geojson');
  });

  it('writes the same CSV columns as the full events file, with the Arabic titles of the events shown', () => {
    const records = parse(csv!.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(records.map((r) => r.title)).toEqual(['بدء عملية البنيان المرصوص', 'إعلان تحرير سرت']);
    expect(Object.keys(records[0]!)).toEqual(Object.keys(rows[0]!));
  });

  it('writes a FeatureCollection of just those events', () => {
    const fc = JSON.parse(geojson!.text);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(2);
  });
});
