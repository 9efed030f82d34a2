import { describe, expect, it } from 'vitest';
import { OPEN_PERIOD, periodFromQuery, periodStatus, periodWords, placesInPeriod } from '../../../src/lib/geo/period-filter.ts';
import { matchesState } from '../../../src/lib/timeline/state.ts';
import { spanOf } from '../../../src/lib/dates/span.ts';

// سرت: «البنيان المرصوص» from 12 May to 6 December 2016; درنة: IS appears in late 2014 and is driven out in 2015;
// طرابلس: one attack on a single day; الخمس: named by articles, no dated event.
const sirte = { id: 'sirte', name: 'سرت', spans: [{ from: '2015-06-01', to: '2015-06-30' }, { from: '2016-05-12', to: '2016-12-06' }] };
const derna = { id: 'derna', name: 'درنة', spans: [{ from: '2014-10-01', to: '2015-06-30' }] };
const tripoli = { id: 'tripoli', name: 'طرابلس', spans: [{ from: '2015-01-27', to: '2015-01-27' }] };
const khums = { id: 'al-khums', name: 'الخمس', spans: [] };
const places = [sirte, derna, tripoli, khums];

describe('placesInPeriod', () => {
  it('keeps سرت, whose liberation campaign runs through May–December 2016, and drops درنة, whose events end in 2015', () => {
    expect(placesInPeriod(places, { from: '2016-05', to: '2016-12' })).toEqual(['sirte']);
  });

  it('returns every place, those without events included, when no period is chosen', () => {
    expect(placesInPeriod(places, OPEN_PERIOD)).toEqual(['sirte', 'derna', 'tripoli', 'al-khums']);
  });

  it('hides الخمس, which has no dated event, as soon as any period is chosen', () => {
    expect(placesInPeriod(places, { from: '2010-01', to: null })).toEqual(['sirte', 'derna', 'tripoli']);
    expect(placesInPeriod(places, { from: null, to: '2030-12' })).not.toContain('al-khums');
  });

  it('counts a single-day attack in طرابلس on 27 January 2015 inside January 2015 and outside February', () => {
    expect(placesInPeriod([tripoli], { from: '2015-01', to: '2015-01' })).toEqual(['tripoli']);
    expect(placesInPeriod([tripoli], { from: '2015-02', to: '2015-12' })).toEqual([]);
  });

  it('treats the months as inclusive: درنة (to 30 June 2015) is in a period starting June 2015, not one starting July', () => {
    expect(placesInPeriod([derna], { from: '2015-06', to: null })).toEqual(['derna']);
    expect(placesInPeriod([derna], { from: '2015-07', to: null })).toEqual([]);
  });

  it('reads an open start as «up to»: درنة alone by the end of 2014; سرت, درنة and طرابلس by the end of 2015', () => {
    expect(placesInPeriod(places, { from: null, to: '2014-12' })).toEqual(['derna']);
    expect(placesInPeriod(places, { from: null, to: '2015-12' })).toEqual(['sirte', 'derna', 'tripoli']);
  });

  it('agrees with the timeline’s own filter for every month of 2014–2017, at both ends of each span', () => {
    for (let y = 2014; y <= 2017; y += 1) {
      for (let m = 1; m <= 12; m += 1) {
        const month = `${y}-${String(m).padStart(2, '0')}`;
        for (const period of [{ from: month, to: month }, { from: month, to: null }, { from: null, to: month }]) {
          const timeline = places
            .filter((p) => p.spans.some((s) => matchesState({ ...spanOf(s), places: [p.id], type: 'x' }, { ...period, place: null, type: null })))
            .map((p) => p.id);
          expect(placesInPeriod(places, period), `${period.from}…${period.to}`).toEqual(timeline);
        }
      }
    }
  });
});

describe('periodFromQuery', () => {
  it('reads «?from=2016-05&to=2016-12» as the timeline writes it, ignoring its place filter', () => {
    expect(periodFromQuery('?from=2016-05&to=2016-12&place=sirte')).toEqual({ from: '2016-05', to: '2016-12' });
  });

  it('puts a reversed period right and drops a month that does not exist', () => {
    expect(periodFromQuery('?from=2016-12&to=2016-05')).toEqual({ from: '2016-05', to: '2016-12' });
    expect(periodFromQuery('?from=2016-13&to=٢٠١٦-٠٥')).toEqual(OPEN_PERIOD);
  });
});

describe('the status line', () => {
  it('names the period in Arabic months: «بين مايو 2016 وديسمبر 2016»', () => {
    expect(periodWords({ from: '2016-05', to: '2016-12' })).toBe('بين مايو 2016 وديسمبر 2016');
    expect(periodWords({ from: '2016-05', to: '2016-05' })).toBe('في مايو 2016');
    expect(periodWords({ from: '2016-05', to: null })).toBe('منذ مايو 2016');
    expect(periodWords({ from: null, to: '2016-12' })).toBe('حتى ديسمبر 2016');
  });

  it('counts the places shown with the noun agreeing: «4 أماكن», «مكان واحد», «لا أماكن»', () => {
    const period = { from: '2016-05', to: '2016-12' };
    expect(periodStatus(4, period)).toBe('تعرض الخريطة أماكن الأحداث بين مايو 2016 وديسمبر 2016: 4 أماكن');
    expect(periodStatus(1, period)).toMatch(/: مكان واحد$/);
    expect(periodStatus(0, period)).toMatch(/: لا أماكن$/);
  });
});
