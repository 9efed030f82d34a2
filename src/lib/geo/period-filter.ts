/**
 * Which map places belong to a view of the timeline: a place is shown when one of its events passes the
 * view's period, type and dispute filters, by the timeline's own test (matchesState), so the map and the
 * timeline never disagree about an event at the edge of a brush. The place filter is the timeline's: it
 * does not hide the map's other places.
 */
import { countWords, formatNumber, PLACES } from '../count-words.ts';
import { spanOf } from '../dates/span.ts';
import { ANY_ID, matchesState, parseState, type TimelineState } from '../timeline/state.ts';
import { periodWords, type ViewNames } from '../timeline/view-words.ts';
import type { MapEvent } from './places-geojson.ts';

/** True when the view filters nothing the map shows (its place filter is the timeline's alone). */
export function showsEveryPlace(state: TimelineState): boolean {
  return !state.from && !state.to && !state.type && !state.disputed;
}

/** The view a query names («?from=2016-05&to=2016-12&type=attack»), read exactly as the timeline reads it. */
export function viewFromQuery(query: string | URLSearchParams): TimelineState {
  return parseState(query, { places: ANY_ID, types: ANY_ID });
}

/** True when the event passes the view's period, type and dispute filters. */
export function eventInView(event: MapEvent, state: TimelineState): boolean {
  return matchesState({ ...spanOf({ from: event.from, to: event.to }), places: [], type: event.type, disputed: event.disputed }, { ...state, place: null });
}

/** Ids of the places with an event the view keeps, in the order given; every id when the view filters nothing. */
export function placesInView(places: readonly { id: string; events: readonly MapEvent[] }[], state: TimelineState): string[] {
  if (showsEveryPlace(state)) return places.map((p) => p.id);
  // A place with no dated event cannot be placed in a period, so any filter hides it.
  return places.filter((p) => p.events.some((e) => eventInView(e, state))).map((p) => p.id);
}

/** What a view keeps, in words: «أماكن الأحداث بين مايو 2016 وديسمبر 2016، من نوع «هجوم»، التي تختلف فيها المصادر». */
export function viewWords(state: TimelineState, names: ViewNames, subject = 'أماكن الأحداث'): string {
  const parts = [subject];
  if (state.from || state.to) parts.push(periodWords(state));
  const qualifiers = [
    state.type ? `من نوع «${names.type(state.type) ?? state.type}»` : '',
    state.disputed ? 'التي تختلف فيها المصادر' : '',
  ].filter(Boolean);
  return [parts.join(' '), ...qualifiers].join('، ');
}

/** The map's status line: «تعرض الخريطة أماكن الأحداث بين مايو 2016 وديسمبر 2016: 4 أماكن من 20». */
export function mapStatus(count: number, total: number, state: TimelineState, names: ViewNames): string {
  if (showsEveryPlace(state)) return `تعرض الخريطة كل الأماكن التي تذكرها المقالات (${countWords(total, PLACES)}).`;
  const how = count === 0 ? 'لا أماكن' : `${countWords(count, PLACES)} من ${formatNumber(total)}`;
  return `تعرض الخريطة ${viewWords(state, names)}: ${how}.`;
}
