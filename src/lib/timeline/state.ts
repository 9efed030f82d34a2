/**
 * The timeline's and the map's view as a URL query — `?from=2016-05&to=2016-12&place=sirte&type=air-strike
 * &disputed=1` — so a researcher can cite or share exactly what they see. Unknown places, types and
 * malformed months are dropped rather than shown as an empty timeline.
 */
import { endOf, startOf } from '../dates/calendar.ts';
import { isoPrecision } from '../dates/date.ts';

/** The selected period (months, inclusive) and filters; null means "no limit". */
export interface TimelineState {
  from: string | null;
  to: string | null;
  place: string | null;
  type: string | null;
  /** Only the events whose sources disagree (on a date or a number). */
  disputed: boolean;
}

/** The ids a URL may name: anything else is ignored. */
export interface KnownIds {
  places: { has(id: string): boolean };
  types: { has(id: string): boolean };
}

/** Any value shaped like an archive id («sirte», «air-strike»): for a reader of the URL that does not know every id. */
export const ANY_ID = { has: (id: string): boolean => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) };

/** The view with nothing selected. */
export const EMPTY_STATE: TimelineState = { from: null, to: null, place: null, type: null, disputed: false };

function month(value: string | null): string | null {
  return value && isoPrecision(value) === 'month' ? value : null;
}

/** Reads a query string («?from=2016-05&type=air-strike&disputed=1» or URLSearchParams); a reversed period is put right. */
export function parseState(query: string | URLSearchParams, known: KnownIds): TimelineState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  let from = month(params.get('from'));
  let to = month(params.get('to'));
  if (from && to && from > to) [from, to] = [to, from];
  const place = params.get('place');
  const type = params.get('type');
  return {
    from,
    to,
    place: place && known.places.has(place) ? place : null,
    type: type && known.types.has(type) ? type : null,
    disputed: params.get('disputed') === '1',
  };
}

/** The query for a view, in a fixed key order («?from=…&to=…&place=…&type=…&disputed=1»), or «» when nothing is selected. */
export function serializeState(state: TimelineState): string {
  const params = new URLSearchParams();
  for (const key of ['from', 'to', 'place', 'type'] as const) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  if (state.disputed) params.set('disputed', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The period as [start, end) in UTC ms; an open end is infinite. */
export function periodOf(state: Pick<TimelineState, 'from' | 'to'>): { start: number; end: number } {
  return {
    start: state.from ? startOf(state.from) : -Infinity,
    end: state.to ? endOf(state.to) : Infinity,
  };
}

/** What a filter needs to know of an event. */
export interface Filterable {
  start: number;
  end: number;
  places: readonly string[];
  type: string;
  /** True when its sources disagree; without it, the event counts as undisputed. */
  disputed?: boolean;
}

/** True when the event overlaps the period, has the chosen place and type, and is disputed if only disputes are wanted. */
export function matchesState(event: Filterable, state: TimelineState): boolean {
  const { start, end } = periodOf(state);
  if (event.end <= start || event.start >= end) return false;
  if (state.place && !event.places.includes(state.place)) return false;
  if (state.type && event.type !== state.type) return false;
  if (state.disputed && !event.disputed) return false;
  return true;
}

/** True when nothing is chosen. */
export function isEmptyState(state: TimelineState): boolean {
  return serializeState(state) === '';
}
