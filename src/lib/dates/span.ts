/**
 * What a date covers in time: [start, end) in UTC milliseconds, as the timeline draws it and the map and
 * search filter by it.
 */
import { isoAt } from './calendar.ts';

/** What a date covers on the time axis: [start, end) in UTC milliseconds. */
export interface Span {
  start: number;
  end: number;
}

/** First and last day a span covers, both inclusive: December 2016 → 2016-12-01 … 2016-12-31. */
export function daysOf(span: Span): { from: string; to: string } {
  return { from: isoAt(span.start, 'day'), to: isoAt(span.end - 1, 'day') };
}
