/** How a date is drawn on the time axis: a day is a point, a month or year a band as wide as it, an interval a bar. */
import { precisionOf, type KnownDate } from '../dates/date.ts';

/** The shape of a date's mark. */
export type MarkKind = 'point' | 'band' | 'bar';

/** The mark kind that shows a date's precision honestly. */
export function kindOf(date: KnownDate): MarkKind {
  if (!('value' in date)) return 'bar';
  return precisionOf(date.value) === 'day' ? 'point' : 'band';
}
