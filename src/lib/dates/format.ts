/**
 * Display of ISO dates at their known precision, in Libyan Arabic usage (ar-LY: يناير … ديسمبر,
 * Western digits), always in UTC so that a day never shifts with the reader's clock.
 */

export type Precision = 'year' | 'month' | 'day';

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

/** The precision an ISO value carries: «2016» year, «2016-12» month, «2016-12-05» day. */
export function precisionOf(iso: string): Precision {
  if (/^\d{4}$/.test(iso)) return 'year';
  if (/^\d{4}-\d{2}$/.test(iso)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return 'day';
  throw new Error(`not an ISO date of known precision: «${iso}» (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
}

/** «2016-12» → «ديسمبر 2016»; never adds a day or month the value does not have. */
export function formatDate(iso: string): string {
  const precision = precisionOf(iso);
  const [y, m = '01', d = '01'] = iso.split('-');
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return FORMATTERS[precision].format(date);
}
