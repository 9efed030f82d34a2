/**
 * Display of ISO dates at their known precision, in Libyan Arabic usage (ar-LY: يناير … ديسمبر,
 * Western digits), always in UTC so that a day never shifts with the reader's clock.
 */
import { startOf } from './calendar.ts';
import { precisionOf, type Precision } from './date.ts';

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
