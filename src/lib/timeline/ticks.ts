/**
 * Axis ticks for a time domain, labelled with formatDate so that ticks read like every other date of
 * the site (ar-LY month names, Western digits) and never claim more precision than their step.
 */
import { utcDay, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { isoAt } from '../dates/calendar.ts';
import type { Precision } from '../dates/date.ts';
import { formatDate } from '../dates/format.ts';

/** One tick: its instant, the ISO value it stands for and its Arabic label. */
export interface Tick {
  t: number;
  iso: string;
  label: string;
}

interface Step {
  interval: TimeInterval | null;
  precision: Precision;
}

const every = (interval: CountableTimeInterval, k: number): TimeInterval | null => interval.every(k);

/** From finest to coarsest; the first one that leaves enough room between labels wins. */
const STEPS: Step[] = [
  { interval: utcDay, precision: 'day' },
  { interval: every(utcDay, 7), precision: 'day' },
  { interval: every(utcDay, 14), precision: 'day' },
  { interval: utcMonth, precision: 'month' },
  { interval: every(utcMonth, 2), precision: 'month' },
  { interval: every(utcMonth, 3), precision: 'month' },
  { interval: every(utcMonth, 6), precision: 'month' },
  { interval: utcYear, precision: 'year' },
  { interval: every(utcYear, 2), precision: 'year' },
  { interval: every(utcYear, 5), precision: 'year' },
  { interval: every(utcYear, 10), precision: 'year' },
];

/**
 * Ticks inside [start, end] (UTC ms) for an axis `length` pixels long, at least `spacing` pixels apart
 * on average; the coarsest step is used when even it is too dense.
 */
export function timeTicks(start: number, end: number, length: number, spacing = 110): Tick[] {
  const room = Math.max(1, Math.floor(length / spacing));
  let chosen: Date[] = [];
  let precision: Precision = 'year';
  for (const step of STEPS) {
    if (!step.interval) continue;
    const dates = step.interval.range(new Date(start), new Date(end + 1));
    chosen = dates;
    precision = step.precision;
    if (dates.length <= room) break;
  }
  return chosen.map((d) => {
    const iso = isoAt(d.getTime(), precision);
    return { t: d.getTime(), iso, label: formatDate(iso) };
  });
}
