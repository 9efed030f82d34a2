/**
 * Display of dates at their known precision, in Libyan Arabic usage (ar-LY: يناير … ديسمبر, Western
 * digits), always in UTC so that a day never shifts with the reader's clock.
 */
import { startOf } from './calendar.ts';
import { precisionOf, type KnownDate, type Precision } from './date.ts';

const FORMATS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

// One formatter per precision: making an Intl formatter costs far more than formatting (a second per 1,000 articles).
const FORMATTERS = Object.fromEntries(
  Object.entries(FORMATS).map(([p, options]) => [p, new Intl.DateTimeFormat('ar-LY', { ...options, timeZone: 'UTC', numberingSystem: 'latn' })]),
) as Record<Precision, Intl.DateTimeFormat>;

/** How precisely a date is known, in words: «دقة التاريخ: الشهر فقط». */
export const PRECISION_WORDS: Record<Precision, string> = { year: 'السنة فقط', month: 'الشهر فقط', day: 'اليوم' };

/** «2016-12» → «ديسمبر 2016»; never adds a day or month the value does not have; throws on a day that does not exist. */
export function formatDate(iso: string): string {
  return FORMATTERS[precisionOf(iso)].format(new Date(startOf(iso)));
}

/** A date as shown: its words, and the machine-readable parts for <time> (two for an interval). */
export interface DateView {
  label: string;
  times: { datetime: string; label: string }[];
}

/** A date's words at its precision; an interval as «from – to». */
export function dateView(date: KnownDate): DateView {
  if ('value' in date) {
    const label = formatDate(date.value);
    return { label, times: [{ datetime: date.value, label }] };
  }
  const times = [date.from, date.to].map((iso) => ({ datetime: iso, label: formatDate(iso) }));
  return { label: `${times[0]!.label} – ${times[1]!.label}`, times };
}
