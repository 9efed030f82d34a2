/**
 * What a date covers in time: a value its whole day, month or year, an interval from the start of `from`
 * to the end of `to`, as [start, end) in UTC milliseconds. The timeline draws it, the map and search
 * filter by it, the checks compare claims with it.
 */
import { endOf, isCalendarDate, isoAt, startOf } from './calendar.ts';
import { precisionOf, type Interval, type IsoDate, type KnownDate } from './date.ts';

/** What a date covers on the time axis: [start, end) in UTC milliseconds. */
export interface Span {
  start: number;
  end: number;
}

/** The span a date covers; throws on a value that is not on the calendar and on an interval that ends before it starts (never a swap). */
export function spanOf(date: KnownDate): Span {
  if ('value' in date) return { start: startOf(date.value), end: endOf(date.value) };
  const span = { start: startOf(date.from), end: endOf(date.to) };
  if (span.end <= span.start) throw new Error(`interval ends before it starts: «${date.from}» → «${date.to}»`);
  return span;
}

/**
 * True when `from` does not come after `to` at either end and the two differ; dates that are not on
 * the calendar pass here, since the calendar check reports them.
 */
export function isOrderedInterval(interval: Interval): boolean {
  if (!isCalendarDate(interval.from) || !isCalendarDate(interval.to)) return true;
  const a = spanOf({ value: interval.from });
  const b = spanOf({ value: interval.to });
  if (a.start === b.start && a.end === b.end) return false;
  return a.start <= b.start && a.end <= b.end;
}

/** True when `inner` lies wholly within `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** True when one span holds the other: «2016-12» and «2016-12-05» agree; «2015-05» and «2015-06» do not. */
export function nested(a: Span, b: Span): boolean {
  return contains(a, b) || contains(b, a);
}

/** Chronological order: the earlier start first, and at equal starts the shorter span. */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** Chronological order of dates, by what they cover. */
export function compareDates(a: KnownDate, b: KnownDate): number {
  return compareSpans(spanOf(a), spanOf(b));
}

/** The dates at the two ends of a set: the one that starts first and the one that ends last, as one date. */
export function coveringDate(dates: readonly KnownDate[]): KnownDate {
  if (dates.length === 0) throw new Error('coveringDate needs at least one date');
  let first = dates[0] as KnownDate;
  let last = first;
  for (const d of dates) {
    if (spanOf(d).start < spanOf(first).start) first = d;
    if (spanOf(d).end > spanOf(last).end) last = d;
  }
  const from = 'value' in first ? first.value : first.from;
  const to = 'value' in last ? last.value : last.to;
  const whole = { start: spanOf(first).start, end: spanOf(last).end };
  // When one date already covers all the others, it is the covering date as written.
  for (const d of dates) {
    const b = spanOf(d);
    if (b.start === whole.start && b.end === whole.end) return d;
  }
  return { from, to };
}

/** First and last day a span covers, both inclusive: December 2016 → 2016-12-01 … 2016-12-31. */
export function daysOf(span: Span): Interval {
  return { from: isoAt(span.start, 'day'), to: isoAt(span.end - 1, 'day') };
}

/** The months a value covers, as «YYYY-MM»: «2016» → its twelve months, «2016-12-05» → «2016-12». */
export function monthsOf(iso: IsoDate): string[] {
  if (precisionOf(iso) === 'year') return Array.from({ length: 12 }, (_, i) => `${iso}-${String(i + 1).padStart(2, '0')}`);
  return [iso.slice(0, 7)];
}
