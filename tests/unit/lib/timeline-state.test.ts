import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, matchesState, parseState, periodOf, serializeState } from '../../../src/lib/timeline/state.ts';
import { spanOf } from '../../../src/lib/dates/span.ts';

const known = { places: new Set(['sirte', 'derna', 'misrata']), types: new Set(['air-strike', 'control-change']) };

describe('the view lives in the URL', () => {
  it('reads the period and filters from «?from=2016-05&to=2016-12&place=sirte&type=air-strike»', () => {
    expect(parseState('?from=2016-05&to=2016-12&place=sirte&type=air-strike', known)).toEqual({
      from: '2016-05',
      to: '2016-12',
      place: 'sirte',
      type: 'air-strike',
      disputed: false,
    });
  });
  it('reads «disputed=1» as «only the events whose sources disagree», and writes it last', () => {
    const state = parseState('?disputed=1&place=sirte', known);
    expect(state).toMatchObject({ place: 'sirte', disputed: true });
    expect(serializeState(state)).toBe('?place=sirte&disputed=1');
    expect(parseState('?disputed=yes', known).disputed).toBe(false);
  });
  it('writes the same query back, so reloading restores the same view', () => {
    const query = '?from=2016-05&to=2016-12&place=sirte&type=air-strike';
    expect(serializeState(parseState(query, known))).toBe(query);
  });
  it('writes nothing when nothing is selected', () => {
    expect(serializeState(EMPTY_STATE)).toBe('');
  });
  it('ignores a place that is not in the gazetteer («?place=سرت» is not an id)', () => {
    expect(parseState('?place=' + encodeURIComponent('سرت'), known).place).toBeNull();
  });
  it('ignores an unknown event type', () => {
    expect(parseState('?type=rumour', known).type).toBeNull();
  });
  it('ignores a malformed month instead of guessing (2016-13, 5/2016)', () => {
    expect(parseState('?from=2016-13&to=5/2016', known)).toMatchObject({ from: null, to: null });
  });
  it('puts a reversed period right: from December back to May becomes May to December', () => {
    expect(parseState('?from=2016-12&to=2016-05', known)).toMatchObject({ from: '2016-05', to: '2016-12' });
  });
});

describe('filtering events by the view', () => {
  const strikes = { ...spanOf({ from: '2016-08-01', to: '2016-12' }), places: ['sirte'], type: 'air-strike' };
  const derna = { ...spanOf({ value: '2014-10' }), places: ['derna'], type: 'control-change' };
  it('keeps every event when nothing is selected', () => {
    expect(matchesState(strikes, EMPTY_STATE)).toBe(true);
    expect(matchesState(derna, EMPTY_STATE)).toBe(true);
  });
  it('keeps an event that overlaps the period even partly: strikes from August match «to=2016-09»', () => {
    expect(matchesState(strikes, { ...EMPTY_STATE, to: '2016-09' })).toBe(true);
  });
  it('drops an event that ends before the period: October 2014 is outside «from=2014-11»', () => {
    expect(matchesState(derna, { ...EMPTY_STATE, from: '2014-11' })).toBe(false);
    expect(matchesState(derna, { ...EMPTY_STATE, from: '2014-10' })).toBe(true);
  });
  it('includes the whole last month: «to=2014-10» keeps an event of 31 October', () => {
    expect(matchesState({ ...spanOf({ value: '2014-10-31' }), places: [], type: 'x' }, { ...EMPTY_STATE, to: '2014-10' })).toBe(true);
  });
  it('filters by place and by type', () => {
    expect(matchesState(strikes, { ...EMPTY_STATE, place: 'derna' })).toBe(false);
    expect(matchesState(derna, { ...EMPTY_STATE, place: 'derna', type: 'control-change' })).toBe(true);
    expect(matchesState(derna, { ...EMPTY_STATE, type: 'air-strike' })).toBe(false);
  });
  it('keeps only disputed events when asked: the Sirte toll, not the Derna recapture', () => {
    const toll = { ...spanOf({ from: '2016-05', to: '2016-12' }), places: ['sirte'], type: 'casualty-report', disputed: true };
    expect(matchesState(toll, { ...EMPTY_STATE, disputed: true })).toBe(true);
    expect(matchesState(derna, { ...EMPTY_STATE, disputed: true })).toBe(false);
  });
  it('has an open period when no month is chosen', () => {
    expect(periodOf(EMPTY_STATE)).toEqual({ start: -Infinity, end: Infinity });
  });
});
