import { describe, expect, it } from 'vitest';
import { eventInView, mapStatus, placesInView, showsEveryPlace, viewFromQuery, viewWords } from '../../../src/lib/geo/period-filter.ts';
import type { MapEvent } from '../../../src/lib/geo/places-geojson.ts';
import { EMPTY_STATE, matchesState, type TimelineState } from '../../../src/lib/timeline/state.ts';
import { spanOf } from '../../../src/lib/dates/span.ts';

const event = (id: string, from: string, to: string, type = 'control-change', disputed = false): MapEvent => ({
  id,
  title: id,
  href: `/events/${id}/`,
  date: from,
  from,
  to,
  type,
  disputed,
});
// سرت: the IS takes it in June 2015; «البنيان المرصوص» from 12 May to 6 December 2016, its toll disputed;
// درنة: IS appears in late 2014 and is driven out in 2015; طرابلس: one attack on a single day;
// الخمس: named by articles, no dated event.
const sirte = { id: 'sirte', events: [event('sirte-2015', '2015-06-01', '2015-06-30'), event('bunyan', '2016-05-12', '2016-12-06', 'offensive', true)] };
const derna = { id: 'derna', events: [event('derna', '2014-10-01', '2015-06-30')] };
const tripoli = { id: 'tripoli', events: [event('corinthia', '2015-01-27', '2015-01-27', 'attack')] };
const khums = { id: 'al-khums', events: [] };
const places = [sirte, derna, tripoli, khums];
const view = (v: Partial<TimelineState>): TimelineState => ({ ...EMPTY_STATE, ...v });
const names = { place: () => undefined, type: (t: string) => ({ attack: 'هجوم' })[t] };

describe('placesInView', () => {
  it('keeps سرت, whose liberation campaign runs through May–December 2016, and drops درنة, whose events end in 2015', () => {
    expect(placesInView(places, view({ from: '2016-05', to: '2016-12' }))).toEqual(['sirte']);
  });

  it('returns every place, those without events included, when nothing is chosen', () => {
    expect(placesInView(places, EMPTY_STATE)).toEqual(['sirte', 'derna', 'tripoli', 'al-khums']);
  });

  it('does not hide other places for a chosen place: that filter is the timeline’s', () => {
    expect(showsEveryPlace(view({ place: 'sirte' }))).toBe(true);
    expect(placesInView(places, view({ place: 'sirte' }))).toHaveLength(4);
  });

  it('hides الخمس, which has no dated event, as soon as any filter is chosen', () => {
    expect(placesInView(places, view({ from: '2010-01' }))).toEqual(['sirte', 'derna', 'tripoli']);
    expect(placesInView(places, view({ type: 'attack' }))).toEqual(['tripoli']);
  });

  it('keeps only the places of disputed events when asked: سرت, for the toll of «البنيان المرصوص»', () => {
    expect(placesInView(places, view({ disputed: true }))).toEqual(['sirte']);
  });

  it('counts a single-day attack in طرابلس on 27 January 2015 inside January 2015 and outside February', () => {
    expect(placesInView([tripoli], view({ from: '2015-01', to: '2015-01' }))).toEqual(['tripoli']);
    expect(placesInView([tripoli], view({ from: '2015-02', to: '2015-12' }))).toEqual([]);
  });

  it('agrees with the timeline’s own filter for every month of 2014–2017, at both ends of each span', () => {
    for (let y = 2014; y <= 2017; y += 1) {
      for (let m = 1; m <= 12; m += 1) {
        const month = `${y}-${String(m).padStart(2, '0')}`;
        for (const period of [view({ from: month, to: month }), view({ from: month }), view({ to: month })]) {
          const timeline = places
            .filter((p) => p.events.some((e) => matchesState({ ...spanOf({ from: e.from, to: e.to }), places: [p.id], type: e.type }, period)))
            .map((p) => p.id);
          expect(placesInView(places, period), `${period.from}…${period.to}`).toEqual(timeline);
          for (const p of places) for (const e of p.events) expect(eventInView(e, period)).toBe(matchesState({ ...spanOf({ from: e.from, to: e.to }), places: [], type: e.type }, period));
        }
      }
    }
  });
});

describe('viewFromQuery', () => {
  it('reads «?from=2016-05&to=2016-12&type=attack&disputed=1» as the timeline writes it', () => {
    expect(viewFromQuery('?from=2016-05&to=2016-12&type=attack&disputed=1&place=sirte')).toEqual({ from: '2016-05', to: '2016-12', place: 'sirte', type: 'attack', disputed: true });
  });

  it('puts a reversed period right and drops what is not an id or a month', () => {
    expect(viewFromQuery('?from=2016-12&to=2016-05')).toMatchObject({ from: '2016-05', to: '2016-12' });
    expect(viewFromQuery('?from=2016-13&to=٢٠١٦-٠٥&place=' + encodeURIComponent('سرت'))).toEqual(EMPTY_STATE);
  });
});

describe('what the map says it shows', () => {
  it('names the period, the type and the disputes: «أماكن الأحداث بين مايو 2016 وديسمبر 2016، من نوع «هجوم»، التي تختلف فيها المصادر»', () => {
    expect(viewWords(view({ from: '2016-05', to: '2016-12', type: 'attack', disputed: true }), names)).toBe(
      'أماكن الأحداث بين مايو 2016 وديسمبر 2016، من نوع «هجوم»، التي تختلف فيها المصادر',
    );
  });

  it('counts the places shown with the noun agreeing: «4 أماكن من 20», «مكان واحد من 20», «لا أماكن»', () => {
    const period = view({ from: '2016-05', to: '2016-12' });
    expect(mapStatus(4, 20, period, names)).toBe('تعرض الخريطة أماكن الأحداث بين مايو 2016 وديسمبر 2016: 4 أماكن من 20.');
    expect(mapStatus(1, 20, period, names)).toMatch(/: مكان واحد من 20\.$/);
    expect(mapStatus(0, 20, period, names)).toMatch(/: لا أماكن\.$/);
  });
});
