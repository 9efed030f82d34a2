/**
 * The Gregorian calendar in UTC: the instant an ISO value begins and the instant after it ends, whether
 * it exists, how many days a month has, and the ISO value of an instant. UTC throughout, so that a day
 * never shifts with the reader's clock.
 */
import { precisionOf, type Precision } from './date.ts';

/** The UTC instant a value of the given precision begins; throws on an impossible date (2016-02-30). */
export function startOf(iso: string): number {
  precisionOf(iso);
  const [y, m = '01', d = '01'] = iso.split('-');
  const t = Date.UTC(Number(y), Number(m) - 1, Number(d));
  // Date.UTC rolls 2016-02-30 over to March: a value that does not read back is not a date.
  if (new Date(t).toISOString().slice(0, iso.length) !== iso) throw new Error(`not a calendar date: «${iso}»`);
  return t;
}

/** The UTC instant just after the value ends: the next day, month or year. */
export function endOf(iso: string): number {
  const precision = precisionOf(iso);
  const d = new Date(startOf(iso));
  if (precision === 'year') d.setUTCFullYear(d.getUTCFullYear() + 1);
  else if (precision === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCDate(d.getUTCDate() + 1);
  return d.getTime();
}

/** True when an ISO value at its precision exists on the calendar: «2016-02-29» yes, «2015-02-29» no. */
export function isCalendarDate(iso: string): boolean {
  try {
    startOf(iso);
    return true;
  } catch {
    return false;
  }
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of a year; without a year February may have its 29th. 0 for no such month. */
export function daysIn(month: number, year?: number): number {
  if (month === 2 && year !== undefined) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

const ISO_LENGTH: Record<Precision, number> = { year: 4, month: 7, day: 10 };

/** The ISO value of the year, month or day a UTC instant falls in: «2016-05» for mid-May 2016 at month precision. */
export function isoAt(t: number, precision: Precision): string {
  return new Date(t).toISOString().slice(0, ISO_LENGTH[precision]);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO value of a year, a month of it or a day of that month at that precision; null for a day the month does not have. */
export function isoValue(year: number, month?: number, day?: number): string | null {
  if (month === undefined) return String(year);
  if (day === undefined) return `${year}-${pad(month)}`;
  return day <= daysIn(month, year) ? `${year}-${pad(month)}-${pad(day)}` : null;
}
