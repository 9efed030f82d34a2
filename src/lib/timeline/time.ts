/**
 * Time spans of ISO dates at their precision: «2016» covers the whole year, «2016-05» the month,
 * «2016-05-12» one day; an interval runs from the start of `from` to the end of `to`. All in UTC.
 */
import { endOf, startOf } from '../dates/calendar.ts';
import { precisionOf, type Precision } from '../dates/format.ts';
import type { Span } from '../dates/span.ts';

export { endOf, startOf, type Span };

/** A date as the content writes it: one ISO value, or an interval between two. */
export type TimelineDate = string | { from: string; to: string };


/** The span a date covers; an interval whose end precedes its start is an error, not a swap. */
export function spanOf(date: TimelineDate): Span {
  if (typeof date === 'string') return { start: startOf(date), end: endOf(date) };
  const span = { start: startOf(date.from), end: endOf(date.to) };
  if (span.end <= span.start) throw new Error(`interval ends before it starts: «${date.from}» → «${date.to}»`);
  return span;
}

/** How a date is drawn: a day is a point, a month or year a band, an interval a bar. */
export type MarkKind = 'point' | 'band' | 'bar';

/** The mark kind that shows a date's precision honestly. */
export function kindOf(date: TimelineDate): MarkKind {
  if (typeof date !== 'string') return 'bar';
  return precisionOf(date) === 'day' ? 'point' : 'band';
}

/** The precision of a single value (re-exported so timeline callers need one import). */
export function precision(iso: string): Precision {
  return precisionOf(iso);
}

/** A stable text key for a date, to tell whether two claims give the same date. */
export function dateKey(date: TimelineDate): string {
  return typeof date === 'string' ? date : `${date.from}/${date.to}`;
}

/** «2016-05» for a UTC instant: the month it falls in, as the URL keeps periods. */
export function monthOf(t: number): string {
  return new Date(t).toISOString().slice(0, 7);
}
