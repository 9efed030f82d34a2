/**
 * The one date type of the archive: an ISO value at the precision it is known to (a day, a month or a
 * year), or an interval between two such values. Events, the timeline, exports and feeds all use it, in
 * the form the events file writes it; its ISO form carries its precision, so nothing shows a date
 * more precisely than it is known.
 */

/** How precisely a date is known. */
export type Precision = 'year' | 'month' | 'day';

/** An ISO 8601 value at its precision: «2016», «2016-05» or «2016-05-12». */
export type IsoDate = string;

/** A period from the start of `from` to the end of `to`, each end at its own precision. */
export interface Interval {
  from: IsoDate;
  to: IsoDate;
}

/** A date as far as it is known: one value at its precision, or an interval. */
export type KnownDate = { value: IsoDate } | Interval;

/** The form of an ISO value at its precision; whether such a day exists is the calendar's question. */
export const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const PRECISION_BY_LENGTH: Record<number, Precision> = { 4: 'year', 7: 'month', 10: 'day' };

/** The precision of a text read as an ISO value, or null when it is none («2016-13», «13/11/2014»): for input such as a URL. */
export function isoPrecision(text: string): Precision | null {
  return ISO_DATE.test(text) ? (PRECISION_BY_LENGTH[text.length] as Precision) : null;
}

/** The precision an ISO value carries: «2016» year, «2016-12» month, «2016-12-05» day; throws on any other form. */
export function precisionOf(iso: string): Precision {
  const precision = isoPrecision(iso);
  if (!precision) throw new Error(`not an ISO date of known precision: «${iso}» (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  return precision;
}

const PRECISIONS: readonly Precision[] = ['year', 'month', 'day'];

/** The less precise of two precisions: a range is never shown finer than its coarser end. */
export function coarser(a: Precision, b: Precision): Precision {
  return PRECISIONS[Math.min(PRECISIONS.indexOf(a), PRECISIONS.indexOf(b))] as Precision;
}

/** The date on one line as content writes it, «2016-05» or «2016-05-12 → 2016-12»: equal texts, equal dates. */
export function dateText(date: KnownDate): string {
  return 'value' in date ? date.value : `${date.from} → ${date.to}`;
}
