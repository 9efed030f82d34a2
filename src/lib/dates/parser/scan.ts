/**
 * The scanners: each tries one kind of date expression at a token — a range, a span of years, a
 * qualified date, a date, a relative day, month or year — by its recognisers, resolves what they found
 * against the publication date, and gives the mention with the last token it used, or null.
 */
import type { DateMention } from './mention.ts';
import {
  borrowed,
  coordinated,
  introduced,
  pieceAt,
  qualifierAt,
  rangeAt,
  relativeDayAt,
  relativeMonthAt,
  relativeYearAt,
  weekdayAt,
  yearSpanAt,
} from './recognise.ts';
import {
  dayFrom,
  resolveParts,
  resolveRange,
  shiftMonth,
  shiftYear,
  weekdayFrom,
  type Published,
} from './resolve.ts';
import type { TokenCursor } from './tokens.ts';
import { YEAR_INTRO } from './words.ts';

/** A mention found at a token, the last token it used, and where a piece coordinated with it starts («و2015»). */
export interface Found {
  mention: DateMention;
  last: number;
  carry?: number | null;
}

/** The mention of tokens first … last (without `skip` clitic letters) with what was resolved of it. */
function found(cur: TokenCursor, first: number, skip: number, last: number, resolved: Omit<DateMention, 'text' | 'start' | 'end'>): Found {
  return { mention: { ...cur.cut(first, skip, last), ...resolved }, last };
}

/** «بين أيار وكانون الأول 2016», «من 2014 إلى 2017», «من 8 إلى 19 دجنبر 2025» at token i. */
export function scanRange(cur: TokenCursor, i: number, pub?: Published): Found | null {
  const range = rangeAt(cur, i);
  const resolved = range && resolveRange(range.from, range.to, pub);
  return range && resolved ? found(cur, i, range.skip, range.to.last, resolved) : null;
}

/** «2014-2017» after «في», «بين», «الفترة» … at token i. */
export function scanYearSpan(cur: TokenCursor, i: number): Found | null {
  const span = yearSpanAt(cur, i);
  if (!span) return null;
  const interval = { from: String(span.from), to: String(span.to) };
  return found(cur, i, 0, i, { value: null, interval, precision: 'year', relative: false });
}

/** «مطلع 2013», «أوائل عام 2015», «منتصف ايار/مايو», «الأسبوع الأول من كانون الأول», «مطلع العام الماضي» at token i. */
export function scanQualified(cur: TokenCursor, i: number, pub?: Published): Found | null {
  const q = qualifierAt(cur, i);
  if (!q) return null;
  const p = pieceAt(cur, q.next, { bareYear: true });
  if (p && p.day === undefined) return found(cur, i, q.skip, p.last, resolveParts(p, true, pub));
  const ry = relativeYearAt(cur, q.next);
  if (ry && ry.skip === 0) {
    const value = ry.unknown ? null : shiftYear(pub, ry.shift ?? 0);
    return found(cur, i, q.skip, ry.last, { value, precision: 'year', relative: true });
  }
  const rm = relativeMonthAt(cur, q.next);
  if (rm && rm.skip === 0) return found(cur, i, q.skip, rm.last, { value: shiftMonth(pub, rm.shift), precision: 'month', relative: true });
  return null;
}

/**
 * A date at token i: explicit, or with its year from the publication date when a temporal word
 * introduces it (or it is coordinated with one that was: `carried`). A month alone needs a date
 * context («تيريزا ماي» is none); a bare day only counts before a coordinated day-month («5 و6 ديسمبر»).
 */
export function scanDate(cur: TokenCursor, i: number, pub: Published | undefined, carried: number): Found | null {
  const anchored = introduced(cur, i) || i === carried;
  let p = pieceAt(cur, i, { bareYear: introduced(cur, i, YEAR_INTRO) || i === carried, bareDay: true });
  if (!p) return null;
  if (p.day !== undefined && p.month === undefined) {
    p = borrowed(cur, p);
    if (p.month === undefined) return null;
  }
  const byClitic = p.skip > 0 && /^[وف]?ب$/.test((cur.word(i) ?? '').slice(0, p.skip));
  const inContext = anchored || byClitic;
  if (!p.strong && !inContext && p.day === undefined) return null;
  p = borrowed(cur, p);
  return { ...found(cur, i, p.skip, p.last, resolveParts(p, inContext, pub)), carry: coordinated(cur, p.last) };
}

/** «العام الماضي», «الشهر الماضي», «أمس», «الاثنين الماضي», «يوم الاثنين», «اليوم السبت», «غدا الأحد» at token i. */
export function scanRelative(cur: TokenCursor, i: number, pub?: Published): Found | null {
  const ry = relativeYearAt(cur, i);
  if (ry && !ry.unknown) return found(cur, i, ry.skip, ry.last, { value: shiftYear(pub, ry.shift ?? 0), precision: 'year', relative: true });
  const rm = relativeMonthAt(cur, i);
  if (rm) return found(cur, i, rm.skip, rm.last, { value: shiftMonth(pub, rm.shift), precision: 'month', relative: true });
  const day = relativeDayAt(cur, i);
  if (day) return found(cur, i, day.skip, day.last, { value: dayFrom(pub, day.offset, day.weekday), precision: 'day', relative: true });
  const wd = weekdayAt(cur, i);
  if (wd) return found(cur, i, wd.skip, wd.last, { value: weekdayFrom(pub, wd.weekday, wd.shift), precision: 'day', relative: true });
  return null;
}
