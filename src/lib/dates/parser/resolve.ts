/**
 * The resolver: gives what a date expression says (its day, month, year, or how they stand to the
 * publication) an ISO value, against the publication date and nothing else. Pure: no text, no tokens.
 * A year is never invented: without one, a value comes only from a publication date precise enough.
 */
import { isoValue } from '../calendar.ts';
import { coarser, precisionOf, type Interval, type Precision } from '../date.ts';
import type { Shift } from './words.ts';

/** The publication date, read into numbers: its month and day only when it is known to them. */
export interface Published {
  y: number;
  m?: number;
  d?: number;
}

/** What a date expression says of its date, before resolution. */
export interface DateParts {
  year?: number;
  /** Year relative to the publication year: «من العام الماضي» → -1. */
  yearShift?: number;
  /** «من العام نفسه»: the year is the narrative's, which this parser does not follow. */
  yearUnknown?: boolean;
  month?: number;
  /** «جويلية الماضي»: the last July before publication. */
  monthShift?: Shift;
  day?: number;
}

/** A resolved date: its ISO value (null when it cannot be known), whether it leans on the publication date, its precision. */
export interface Resolved {
  value: string | null;
  relative: boolean;
  precision: Precision;
}

/** A resolved range: both ends when they are known, and the one year or month that holds them both as its value. */
export interface ResolvedRange extends Resolved {
  interval?: Interval;
}

/** The publication date as numbers; throws on anything but YYYY, YYYY-MM or YYYY-MM-DD. */
export function readPublished(date?: string): Published | undefined {
  if (!date) return undefined;
  precisionOf(date);
  const [y, m, d] = date.split('-').map(Number);
  return { y: y as number, m, d };
}

/** True when the parts say which year they are in: written, shifted («الماضي»), or «العام نفسه». */
export function saysYear(p: DateParts): boolean {
  return p.year !== undefined || p.yearShift !== undefined || p.monthShift !== undefined || p.yearUnknown === true;
}

/**
 * The value of a date's parts. A written year needs nothing else; a shifted one needs the publication
 * year; a month or day without a year takes the latest such one not after publication, and only when
 * `anchored` (a temporal word introduces it), else it names an event («ثورة السابع من فبراير»): null.
 */
export function resolveParts(p: DateParts, anchored: boolean, pub?: Published): Resolved {
  const precision: Precision = p.day !== undefined ? 'day' : p.month !== undefined ? 'month' : 'year';
  const none = { value: null, relative: true, precision };
  if (p.yearUnknown) return none;
  if (p.year !== undefined) return { value: isoValue(p.year, p.month, p.day), relative: false, precision };
  if (!pub) return none;
  if (p.yearShift !== undefined) {
    return { value: isoValue(pub.y + p.yearShift, p.month, p.day), relative: true, precision };
  }
  if (p.month === undefined || pub.m === undefined) return none;
  const m = p.month;
  let y: number;
  if (p.monthShift === 'past') y = m < pub.m ? pub.y : pub.y - 1;
  else if (p.monthShift === 'next') y = m > pub.m ? pub.y : pub.y + 1;
  else if (p.monthShift === 'current') y = pub.y;
  else if (anchored) {
    const notAfter = m < pub.m || (m === pub.m && (p.day === undefined || pub.d === undefined || p.day <= pub.d));
    y = notAfter ? pub.y : pub.y - 1;
  } else return none;
  return { value: isoValue(y, m, p.day), relative: true, precision };
}

/**
 * The two ends of a range, one completed from the other: an end without a year takes the other's
 * («بين أيار وكانون الأول 2016»), the first one the year before when its month comes later
 * («من نوفمبر إلى فبراير 2016»). Null when the first end comes after the second: then it is no range.
 */
export function resolveRange(first: DateParts, second: DateParts, pub?: Published): ResolvedRange | null {
  const a = { ...first };
  const b = { ...second };
  let borrowedRelative = false;
  if (!saysYear(a) && a.month !== undefined) {
    const rb = resolveParts(b, true, pub);
    if (b.month === undefined || !rb.value) return { value: null, precision: a.day ? 'day' : 'month', relative: true };
    const yb = Number(rb.value.slice(0, 4));
    a.year = a.month > b.month || (a.month === b.month && (a.day ?? 0) > (b.day ?? 32)) ? yb - 1 : yb;
    borrowedRelative = rb.relative;
  } else if (!saysYear(b) && b.month !== undefined) {
    const ra = resolveParts(a, true, pub);
    if (!ra.value) return { value: null, precision: b.day !== undefined ? 'day' : 'month', relative: true };
    const ya = Number(ra.value.slice(0, 4));
    b.year = a.month !== undefined && b.month < a.month ? ya + 1 : ya;
    borrowedRelative = ra.relative;
  }
  const ra = resolveParts(a, true, pub);
  const rb = resolveParts(b, true, pub);
  const relative = ra.relative || rb.relative || borrowedRelative;
  const precision = coarser(ra.precision, rb.precision);
  if (!ra.value || !rb.value) return { value: null, precision, relative: true };
  if (ra.value > rb.value) return null;
  if (ra.value === rb.value) return { value: ra.value, precision, relative };
  // The one year or month holding the whole range, if there is one.
  const sameMonth = precision !== 'year' && ra.value.slice(0, 7) === rb.value.slice(0, 7);
  const sameYear = ra.value.slice(0, 4) === rb.value.slice(0, 4);
  const value = sameMonth ? ra.value.slice(0, 7) : sameYear ? ra.value.slice(0, 4) : null;
  return { value, interval: { from: ra.value, to: rb.value }, precision, relative };
}

/** The publication year moved by `shift` years («العام الماضي» -1), or null without a publication date. */
export function shiftYear(pub: Published | undefined, shift: number): string | null {
  return pub ? String(pub.y + shift) : null;
}

/** The publication month moved by `shift` months («الشهر الماضي» -1), or null when publication is not known to the month. */
export function shiftMonth(pub: Published | undefined, shift: number): string | null {
  if (pub?.m === undefined) return null;
  const n = pub.y * 12 + (pub.m - 1) + shift;
  return isoValue(Math.floor(n / 12), (n % 12) + 1);
}

/** The publication day moved by `days` («أمس» -1), or null when publication is not known to the day. */
export function shiftDay(pub: Published | undefined, days: number): string | null {
  if (pub?.m === undefined || pub.d === undefined) return null;
  const t = new Date(Date.UTC(pub.y, pub.m - 1, pub.d + days));
  return isoValue(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Weekday of the publication date (0 = Sunday), when it is known to the day. */
function publishedWeekday(pub: Published | undefined): number | undefined {
  if (pub?.m === undefined || pub.d === undefined) return undefined;
  return new Date(Date.UTC(pub.y, pub.m - 1, pub.d)).getUTCDay();
}

/**
 * A day named from the publication day («أمس», «اليوم السبت»), or null; also null when the weekday said
 * with it is not that day's («اليوم الاثنين» written on a Tuesday).
 */
export function dayFrom(pub: Published | undefined, offset: number, weekday?: number): string | null {
  const value = shiftDay(pub, offset);
  const consistent = weekday === undefined || value === null || new Date(`${value}T00:00:00Z`).getUTCDay() === weekday;
  return consistent ? value : null;
}

/**
 * The day a weekday names (0 = Sunday): «الاثنين» the latest Monday on or before publication, «الاثنين
 * الماضي» the one before publication (a week back when published on a Monday), «الاثنين المقبل» the next.
 */
export function weekdayFrom(pub: Published | undefined, weekday: number, shift?: Shift): string | null {
  const wd = publishedWeekday(pub);
  if (wd === undefined) return null;
  const back = (wd - weekday + 7) % 7;
  if (shift === 'past') return shiftDay(pub, -(back === 0 ? 7 : back));
  if (shift === 'next') return shiftDay(pub, (weekday - wd + 7) % 7 || 7);
  return shiftDay(pub, -back);
}
