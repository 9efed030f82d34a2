/**
 * Zooming is choosing a period: «تكبير» keeps the middle half of what is shown, «تصغير» doubles it, in
 * whole months, so a zoomed chart is always a view the URL can hold and a reader can share.
 */
import { isoAt } from '../dates/calendar.ts';
import type { TimelineState } from './state.ts';

/** A period in months (both inclusive), or null for the whole time of the archive. */
export type MonthPeriod = Pick<TimelineState, 'from' | 'to'> | null;

/** The months covering [start, end): the month of `start` to the month of the last instant. */
export function monthsOf(start: number, end: number): { from: string; to: string } {
  return { from: isoAt(start, 'month'), to: isoAt(Math.max(start, end - 1), 'month') };
}

/**
 * The period shown after zooming `shown` ([start, end) in UTC ms) by `factor` around its middle (0.5 in,
 * 2 out), kept inside `whole`; null once it would cover all of `whole`.
 */
export function zoomed(shown: [number, number], whole: [number, number], factor: number): MonthPeriod {
  const middle = (shown[0] + shown[1]) / 2;
  const half = ((shown[1] - shown[0]) * factor) / 2;
  let start = middle - half;
  let end = middle + half;
  if (start <= whole[0] && end >= whole[1]) return null;
  // Slide back inside the archive's time rather than show months with nothing in them.
  if (start < whole[0]) [start, end] = [whole[0], Math.min(whole[1], end + (whole[0] - start))];
  if (end > whole[1]) [start, end] = [Math.max(whole[0], start - (end - whole[1])), whole[1]];
  return monthsOf(start, end);
}
