/**
 * What an event date covers in time: `{ value }` covers its day, month or year, `{ from, to }` runs from
 * the start of `from` to the end of `to`. Bounds are UTC milliseconds, [start, end), as the timeline uses.
 */
import { isCalendarDate } from '../dates/calendar.ts';
import { daysOf } from '../dates/span.ts';
import { spanOf, type Span, type TimelineDate } from '../timeline/time.ts';
import type { EventDate } from '../../schemas/event.ts';

export { isCalendarDate, type Span };

/** The date in the form the timeline draws: an ISO string, or `{ from, to }`. */
export function toTimelineDate(date: EventDate): TimelineDate {
  return 'value' in date ? date.value : { from: date.from, to: date.to };
}

/** [start, end) of a date in UTC milliseconds; throws on a value that is not a calendar date. */
export function boundsOf(date: EventDate): Span {
  return spanOf(toTimelineDate(date));
}

/**
 * True when `from` does not come after `to` at either end and the two differ; dates that are not on
 * the calendar pass here, since the calendar check reports them.
 */
export function isOrderedInterval(interval: { from: string; to: string }): boolean {
  if (!isCalendarDate(interval.from) || !isCalendarDate(interval.to)) return true;
  const a = spanOf(interval.from);
  const b = spanOf(interval.to);
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

/** The dates at the two ends of a set: the one that starts first and the one that ends last, as one date. */
export function coveringDate(dates: readonly EventDate[]): EventDate {
  if (dates.length === 0) throw new Error('coveringDate needs at least one date');
  let first = dates[0] as EventDate;
  let last = first;
  for (const d of dates) {
    if (boundsOf(d).start < boundsOf(first).start) first = d;
    if (boundsOf(d).end > boundsOf(last).end) last = d;
  }
  const from = 'value' in first ? first.value : first.from;
  const to = 'value' in last ? last.value : last.to;
  const whole = { start: boundsOf(first).start, end: boundsOf(last).end };
  // When one date already covers all the others, it is the covering date as written.
  for (const d of dates) {
    const b = boundsOf(d);
    if (b.start === whole.start && b.end === whole.end) return d;
  }
  return { from, to };
}

/** The date written as the YAML reads: «2016-05» or «2016-05-12 → 2016-12». */
export function dateText(date: EventDate): string {
  return 'value' in date ? date.value : `${date.from} → ${date.to}`;
}

/** First and last day an event's date covers, both inclusive: «2016-12» → 2016-12-01 … 2016-12-31. */
export function eventSpan(event: { date: EventDate }): { from: string; to: string } {
  return daysOf(boundsOf(event.date));
}
