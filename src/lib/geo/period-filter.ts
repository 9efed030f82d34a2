/**
 * Which map places belong to a period of the timeline: a place is in the period when one of its events
 * overlaps it, with the timeline's own rule (its spans and `periodOf`), so the map and the timeline
 * never disagree about an event at the edge of a brush.
 */
import { countWords, PLACES } from '../count-words.ts';
import { formatDate } from '../dates/format.ts';
import { parseState, periodOf } from '../timeline/state.ts';
import { spanOf } from '../dates/span.ts';
import type { MapSpan } from './places-geojson.ts';

/** A period in months, both ends inclusive; null is an open end. */
export interface Period {
  from: string | null;
  to: string | null;
}

/** The period with no limit. */
export const OPEN_PERIOD: Period = { from: null, to: null };

/** True when neither end of the period is set. */
export function isOpen(period: Period): boolean {
  return !period.from && !period.to;
}

/** The period a query names («?from=2016-05&to=2016-12»), read exactly as the timeline reads it. */
export function periodFromQuery(query: string | URLSearchParams): Period {
  const { from, to } = parseState(query, { places: new Set(), types: new Set() });
  return { from, to };
}

/** Ids of the places with an event overlapping the period, in the order given; every id when the period is open. */
export function placesInPeriod(places: readonly { id: string; spans: readonly MapSpan[] }[], period: Period): string[] {
  if (isOpen(period)) return places.map((p) => p.id);
  const { start, end } = periodOf(period);
  // A place with no dated event cannot be placed in a period, so any chosen period hides it.
  return places
    .filter((p) =>
      p.spans.some((s) => {
        const span = spanOf(s);
        return span.end > start && span.start < end;
      }),
    )
    .map((p) => p.id);
}

/** «بين مايو 2016 وديسمبر 2016», «في مايو 2016», «منذ مايو 2016», «حتى ديسمبر 2016»; «» when open. */
export function periodWords(period: Period): string {
  const { from, to } = period;
  if (from && to) return from === to ? `في ${formatDate(from)}` : `بين ${formatDate(from)} و${formatDate(to)}`;
  if (from) return `منذ ${formatDate(from)}`;
  if (to) return `حتى ${formatDate(to)}`;
  return '';
}

/** The map's status line for a period: «تعرض الخريطة أماكن الأحداث بين مايو 2016 وديسمبر 2016: 4 أماكن». */
export function periodStatus(count: number, period: Period): string {
  const how = count === 0 ? 'لا أماكن' : countWords(count, PLACES);
  return `تعرض الخريطة أماكن الأحداث ${periodWords(period)}: ${how}`;
}
