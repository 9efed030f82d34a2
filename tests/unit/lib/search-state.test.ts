import { describe, expect, it } from 'vitest';
import { monthsOf } from '../../../src/lib/dates/span.ts';
import {
  addCounts,
  articlesFirst,
  inclusionExclusion,
  mergeResults,
  monthsInRange,
  orderBy,
  parseSearchState,
  serializeSearchState,
} from '../../../src/lib/search/index.ts';
import { countWords, RESULTS } from '../../../src/lib/count-words.ts';

describe('search URL', () => {
  it('reads query, places, range and order from «?q=سرت&place=sirte&from=2016-05&to=2016-12&sort=newest»', () => {
    const state = parseSearchState('?q=سرت&place=sirte&place=misrata&from=2016-05&to=2016-12&sort=newest');
    expect(state).toMatchObject({ q: 'سرت', from: '2016-05', to: '2016-12', sort: 'newest' });
    expect(state.facets.place).toEqual(['sirte', 'misrata']);
  });
  it('writes the same search back in a fixed order, so a URL restores the same view', () => {
    const query = 'q=%D8%B3%D8%B1%D8%AA&place=sirte&from=2016-05&to=2016-12&sort=oldest';
    expect(serializeSearchState(parseSearchState(query))).toBe(query);
  });
  it('reads a year as its whole year and puts a reversed range right', () => {
    expect(parseSearchState('from=2017&to=2016')).toMatchObject({ from: '2016-12', to: '2017-01' });
    expect(parseSearchState('from=2016&to=2016')).toMatchObject({ from: '2016-01', to: '2016-12' });
  });
  it('drops a malformed month and an unknown order', () => {
    expect(parseSearchState('from=2016-13&sort=random')).toMatchObject({ from: null, sort: 'relevance' });
  });
});

describe('date ranges', () => {
  it('keep the months inside the range: a 2016 article overlaps 2016-05…2016-12, a 2016-03 one does not', () => {
    const available = new Set([...monthsOf('2016'), '2016-03', '2017-08']);
    const inRange = monthsInRange(available, '2016-05', '2016-12');
    expect(inRange).toContain('2016-05');
    expect(inRange).not.toContain('2016-03');
    expect(inRange).not.toContain('2017-08');
  });
});

describe('merging searches', () => {
  it('keeps each page once with its best score, best first', () => {
    const merged = mergeResults([[{ id: 'a', score: 1 }, { id: 'b', score: 3 }], [{ id: 'a', score: 5 }]]);
    expect(merged.map((m) => [m.best.id, m.best.score])).toEqual([['a', 5], ['b', 3]]);
  });
  it('counts a filter value of two searches once: |A ∪ B| = |A| + |B| − |A ∩ B|', () => {
    const terms = inclusionExclusion(['x', 'y']);
    expect(terms).toEqual([{ search: 'x', sign: 1 }, { search: 'y', sign: 1 }, { search: 'x y', sign: -1 }]);
    const counts = { x: { place: { sirte: 3 } }, y: { place: { sirte: 2 } }, 'x y': { place: { sirte: 1 } } } as const;
    const total = {};
    for (const t of terms) addCounts(total, counts[t.search as keyof typeof counts], t.sign);
    expect(total).toEqual({ place: { sirte: 4 } });
  });
  it('puts articles before place and event pages, keeping the order of each', () => {
    const merged = mergeResults([[{ id: 'event', score: 9 }, { id: 'a1', score: 5 }, { id: 'place', score: 4 }, { id: 'a2', score: 1 }]]);
    expect(articlesFirst(merged, new Set(['a1', 'a2'])).map((m) => m.best.id)).toEqual(['a1', 'a2', 'event', 'place']);
  });
  it('orders by date with the order of a date-sorted search; undated pages last', () => {
    const merged = mergeResults([[{ id: 'a', score: 9 }, { id: 'b', score: 5 }, { id: 'c', score: 1 }]]);
    expect(orderBy(merged, ['c', 'b']).map((m) => m.best.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('result counts in Arabic', () => {
  it.each([
    [1, 'نتيجة واحدة'],
    [2, 'نتيجتان'],
    [3, '3 نتائج'],
    [10, '10 نتائج'],
    [11, '11 نتيجة'],
    [100, '100 نتيجة'],
  ])('%i → «%s»', (n, text) => {
    expect(countWords(n, RESULTS)).toBe(text);
  });
});
