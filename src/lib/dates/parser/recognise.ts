/**
 * The recognisers of the date grammar: each reads the construction that starts at one token and says
 * what it found (a month name, a year, a relative word, a whole date expression) and where it ends,
 * without resolving anything against the publication date.
 *
 * - Month names are whole words, with the clitics و ف ب ل ك only («وفي مايو», «بمارس»), so «حماية»,
 *   «جوانب», «يمارس», «الآباء» never read as months.
 * - A bare four-digit number is a year only in YEAR_MIN–YEAR_MAX (Hijri years such as «1448ه» fall
 *   below), and never before a counted noun («في 2000 شخص») or a percent sign.
 */
import { daysIn } from '../calendar.ts';
import { LATIN_MONTH_WORDS, MONTH_PAIRS, MONTH_WORDS, ORDINAL_DAYS, WEEKDAYS } from '../months.ts';
import { saysYear, type DateParts } from './resolve.ts';
import type { Token, TokenCursor } from './tokens.ts';
import {
  CLITICS,
  CONJ,
  COUNTED,
  PART_HEADS,
  PART_ORDINALS,
  QUALIFIERS,
  SAME_WORDS,
  SHIFT_STEP,
  SHIFT_WORDS,
  SPAN_INTRO,
  TEMPORAL,
  W_DAY,
  W_FIRST,
  W_MONTH,
  W_RANGE,
  W_SHAHR,
  W_THAT,
  W_THE_YEAR,
  W_THIS,
  W_TODAY,
  W_TOMORROW,
  W_UNTIL,
  W_YESTERDAY,
  YEAR_MAX,
  YEAR_INTRO,
  YEAR_MIN,
  YEAR_WORDS,
  type Shift,
} from './words.ts';

/** A date expression found at some tokens, before resolution; token indices are inclusive. */
export interface Piece extends DateParts {
  first: number;
  /** Clitic letters on the first token that are not part of the text («و» of «وكانون»). */
  skip: number;
  last: number;
  /** A date by its form alone (day, year, double name, «شهر», «الماضي», qualifier). */
  strong: boolean;
}

/** A month name found at a token: its number, its last token, the clitic letters before it. */
export interface MonthAt {
  month: number;
  last: number;
  skip: number;
}

/** A year found at a token, and its last token («2016م» takes the «م»). */
export interface YearAt {
  year: number;
  last: number;
}

/** A year named from the publication year: «العام الماضي» (shift -1), or «العام نفسه» (unknown). */
export interface RelativeYearAt {
  shift?: number;
  unknown?: boolean;
  last: number;
  skip: number;
}

/** A month named from the publication month: «الشهر الماضي» (shift -1). */
export interface RelativeMonthAt {
  shift: number;
  last: number;
  skip: number;
}

/** A day named from the publication day: «أمس» (offset -1), with the weekday said beside it, if any. */
export interface RelativeDayAt {
  offset: number;
  weekday?: number;
  skip: number;
  last: number;
}

/** A weekday (0 = Sunday) that names a day near publication: «الاثنين», «الاثنين الماضي». */
export interface WeekdayAt {
  weekday: number;
  shift?: Shift;
  skip: number;
  last: number;
}

/** The two ends of a range and the clitic letters of the word that opens it («وبين»). */
export interface RangeAt {
  skip: number;
  from: Piece;
  to: Piece;
}

/** A month name at token i (one word, or «كانون/تشرين» + its second word), behind an allowed clitic. */
export function monthAt(cur: TokenCursor, i: number, clitics: readonly string[] = CLITICS): MonthAt | null {
  const w = cur.word(i);
  if (w === undefined) return null;
  for (const c of clitics) {
    if (!w.startsWith(c) || w.length === c.length) continue;
    const stem = w.slice(c.length);
    // A Latin month name has no Arabic clitic: «November», «nov».
    const month = MONTH_WORDS.get(stem) ?? (c === '' ? LATIN_MONTH_WORDS.get(stem.toLowerCase()) : undefined);
    const from = (cur.tokens[i] as Token).from + c.length;
    // «آب» (August) folds onto «أب» (father) and hides in «باب», «لاب»: only «آب»/«اب», only after و or ف.
    const father = /[أإ]/.test(cur.original(from, from + 1));
    if (month === 8 && stem === 'اب' && (father || !['', 'و', 'ف'].includes(c))) continue;
    if (month !== undefined) return { month, last: i, skip: c.length };
    const pair = MONTH_PAIRS.get(stem)?.get(cur.word(i + 1) ?? '');
    if (pair !== undefined) return { month: pair, last: i + 1, skip: c.length };
  }
  return null;
}

/** A four-digit year in YEAR_MIN–YEAR_MAX at token i, with its Gregorian mark «م» or «ميلادي» if one follows. */
export function yearAt(cur: TokenCursor, i: number): YearAt | null {
  const t = cur.tokens[i];
  if (t?.kind !== 'num' || !/^\d{4}$/.test(t.text)) return null;
  const year = Number(t.text);
  // Hijri years («1448ه», «عام 1437») all fall below YEAR_MIN.
  if (year < YEAR_MIN || year > YEAR_MAX) return null;
  return { year, last: cur.exactly(i + 1, 'م', 'ميلادي', 'ميلاديه') ? i + 1 : i };
}

/** A year that is not followed by a counted noun («في 2000 شخص») or a percent sign. */
export function plainYearAt(cur: TokenCursor, i: number): YearAt | null {
  const y = yearAt(cur, i);
  if (!y) return null;
  const next = y.last + 1;
  return cur.stemIn(next, COUNTED, ['']) >= 0 || cur.punct(next) === '%' || cur.punct(next) === '٪' ? null : y;
}

/** The shift after a year or month word at token i: «الماضي» one back, «المقبل» one on, «قبل الماضي» two back. */
function shiftAfter(cur: TokenCursor, i: number): { shift: number; last: number } | null {
  const shift = SHIFT_WORDS.get(cur.word(i + 1) ?? '');
  if (shift !== undefined) return { shift: SHIFT_STEP[shift], last: i + 1 };
  if (cur.exactly(i + 1, 'قبل') && cur.exactly(i + 2, 'الماضي')) return { shift: -2, last: i + 2 };
  return null;
}

/** «العام الماضي», «السنة المقبلة», «هذا العام», «العام قبل الماضي», «العام نفسه» at token i. */
export function relativeYearAt(cur: TokenCursor, i: number): RelativeYearAt | null {
  // «للعام» is ل + العام with the alef of the article dropped: no clitic to cut off.
  const c = cur.exactly(i, 'للعام', 'للسنه') ? 0 : cur.stemIn(i, W_THE_YEAR, CLITICS);
  if (c >= 0) {
    const shifted = shiftAfter(cur, i);
    if (shifted) return { ...shifted, skip: c };
    if (cur.stemIn(i + 1, SAME_WORDS, ['']) >= 0) return { unknown: true, last: i + 1, skip: c };
    return null;
  }
  const d = cur.stemIn(i, W_THIS, CLITICS);
  if (d >= 0 && cur.exactly(i + 1, 'العام', 'السنه')) return { shift: 0, last: i + 1, skip: d };
  const s = cur.stemIn(i, W_THAT, CLITICS);
  if (s >= 0 && cur.exactly(i + 1, 'العام', 'السنه')) return { unknown: true, last: i + 1, skip: s };
  return null;
}

/** «الشهر الماضي», «هذا الشهر» at token i. */
export function relativeMonthAt(cur: TokenCursor, i: number): RelativeMonthAt | null {
  const c = cur.exactly(i, 'للشهر') ? 0 : cur.stemIn(i, W_MONTH, CLITICS);
  const shifted = c >= 0 ? shiftAfter(cur, i) : null;
  if (shifted) return { ...shifted, skip: c };
  const d = cur.stemIn(i, W_THIS, CLITICS);
  if (d >= 0 && cur.exactly(i + 1, 'الشهر')) return { shift: 0, last: i + 1, skip: d };
  return null;
}

/** Completes `p`, whose month ends at `p.last`: a second name for the month, then its year or «الماضي». */
function finishMonth(cur: TokenCursor, p: Piece, month: number): Piece {
  p.month = month;
  // The same month's other name: «نيسان/أبريل», «شباط/ فبراير», «أبريل (نيسان)», «مايو أيار».
  const sep = cur.punct(p.last + 1);
  const bracket = sep === '(';
  const joined = bracket || sep === '/' || sep === '-' || sep === '–' || sep === '\\';
  const second = monthAt(cur, joined ? p.last + 2 : p.last + 1, ['']);
  if (second?.month === month && (!bracket || cur.punct(second.last + 1) === ')')) {
    p.last = bracket ? second.last + 1 : second.last;
    p.strong = true;
  }
  const j = p.last + 1;
  // The year: «2016», «عام 2014», «من عام 2015», «من العام الماضي», «العام نفسه».
  let k = j;
  const withMin = cur.exactly(k, 'من');
  if (withMin) k += 1;
  const yearWord = cur.exactly(k, ...YEAR_WORDS);
  const y = yearAt(cur, yearWord ? k + 1 : k);
  if (y && (yearWord || !withMin)) {
    p.year = y.year;
    p.last = y.last;
    p.strong = true;
    return p;
  }
  const rel = relativeYearAt(cur, k);
  if (rel && rel.skip === 0) {
    if (rel.unknown) p.yearUnknown = true;
    else p.yearShift = rel.shift;
    p.last = rel.last;
    p.strong = true;
    return p;
  }
  const shift = SHIFT_WORDS.get(cur.word(j) ?? '');
  if (shift !== undefined) {
    p.monthShift = shift;
    p.last = j;
    p.strong = true;
  }
  return p;
}

/**
 * A date expression starting at token i: numeric date, day + month, ordinal day + «من» + month,
 * [«شهر»] month, year word + year; a bare year or a bare day only when the caller allows it.
 */
export function pieceAt(cur: TokenCursor, i: number, opts: { bareYear?: boolean; bareDay?: boolean } = {}): Piece | null {
  const t = cur.tokens[i];
  if (!t) return null;
  if (t.kind === 'num') {
    const dmy = /^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})$/.exec(t.text);
    const ymd = /^(\d{4})([/.\-])(\d{1,2})\2(\d{1,2})$/.exec(t.text);
    const parts = dmy ? [dmy[4], dmy[3], dmy[1]] : ymd ? [ymd[1], ymd[3], ymd[4]] : null;
    if (parts) {
      const [y, m, d] = parts.map(Number) as [number, number, number];
      if (y >= YEAR_MIN && y <= YEAR_MAX && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(m, y)) {
        return { first: i, skip: 0, last: i, year: y, month: m, day: d, strong: true };
      }
      return null;
    }
    if (/^\d{1,2}$/.test(t.text)) {
      const day = Number(t.text);
      let k = i + 1;
      if (cur.exactly(k, 'من')) k += 1;
      if (cur.exactly(k, 'شهر')) k += 1;
      const mo = day >= 1 && day <= 31 ? monthAt(cur, k, ['']) : null;
      if (mo && day <= daysIn(mo.month)) {
        const p = finishMonth(cur, { first: i, skip: 0, last: mo.last, day, strong: true }, mo.month);
        if (p.year === undefined || day <= daysIn(mo.month, p.year)) return p;
      }
      if (opts.bareDay && day >= 1 && day <= 31) return { first: i, skip: 0, last: i, day, strong: false };
      return null;
    }
    const y = opts.bareYear ? plainYearAt(cur, i) : null;
    return y ? { first: i, skip: 0, last: y.last, year: y.year, strong: false } : null;
  }
  if (t.kind !== 'word') return null;
  // «الأول من أغسطس», «الحادي عشر من سبتمبر 2001», «الحادي والعشرين من …».
  for (const c of CONJ) {
    if (!t.text.startsWith(c)) continue;
    for (let n = 1; n <= 2; n += 1) {
      const words = [t.text.slice(c.length)];
      for (let k = 1; k < n; k += 1) words.push(cur.word(i + k) ?? '');
      const day = ORDINAL_DAYS.get(words.join(' '));
      if (day === undefined || !cur.exactly(i + n, 'من')) continue;
      const k = cur.exactly(i + n + 1, 'شهر') ? i + n + 2 : i + n + 1;
      const mo = monthAt(cur, k, ['']);
      if (mo && day <= daysIn(mo.month)) {
        return finishMonth(cur, { first: i, skip: c.length, last: mo.last, day, strong: true }, mo.month);
      }
    }
  }
  const shahr = cur.stemIn(i, W_SHAHR, CLITICS);
  if (shahr >= 0) {
    const mo = monthAt(cur, i + 1, ['']);
    return mo ? finishMonth(cur, { first: i, skip: shahr, last: mo.last, strong: true }, mo.month) : null;
  }
  const mo = monthAt(cur, i);
  // The English order, month day, year: «March 3, 2016», «Mar 3 2016», and with an Arabic month
  // and its comma, as some sites print it: «ديسمبر 25, 2020».
  const next = mo ? cur.tokens[mo.last + 1] : undefined;
  const usDay = next?.kind === 'num' && /^\d{1,2}$/.test(next.text) ? Number(next.text) : 0;
  if (mo && usDay >= 1 && mo.skip === 0) {
    const comma = cur.punct(mo.last + 2) === ',' || cur.punct(mo.last + 2) === '،';
    if (comma || /^[a-z]/i.test(cur.word(i) ?? '')) {
      const y = yearAt(cur, comma ? mo.last + 3 : mo.last + 2);
      if (y && usDay <= daysIn(mo.month, y.year)) return { first: i, skip: 0, last: y.last, year: y.year, month: mo.month, day: usDay, strong: true };
    }
  }
  if (mo) return finishMonth(cur, { first: i, skip: mo.skip, last: mo.last, strong: false }, mo.month);
  const yw = cur.stemIn(i, YEAR_WORDS, CLITICS);
  if (yw >= 0) {
    const y = yearAt(cur, i + 1);
    if (y) return { first: i, skip: yw, last: y.last, year: y.year, strong: true };
  }
  return null;
}

/** True when the word before token i makes it a point in time: «في», «منذ», «يوم», a weekday … */
export function introduced(cur: TokenCursor, i: number, words: ReadonlySet<string> = TEMPORAL): boolean {
  let k = i - 1;
  if (cur.punct(k) === '،' || cur.punct(k) === ',') k -= 1;
  if (cur.stemIn(k, words) >= 0 || (words === TEMPORAL && cur.stemIn(k, WEEKDAYS) >= 0)) return true;
  return cur.word(k) === 'ب' && cur.adjacent(i); // «ب2014»
}

/** The start of the piece coordinated with the one ending at `last` («مايو ويونيو», «2014 و2015»). */
export function coordinated(cur: TokenCursor, last: number): number | null {
  if (cur.exactly(last + 1, 'و')) return last + 2;
  return cur.word(last + 1)?.startsWith('و') ? last + 1 : null;
}

/**
 * `p` completed from the next coordinated piece: its year («في مايو ويونيو 2016»), and the month of a
 * bare day («5 و6 ديسمبر»); `p` itself when there is nothing to take.
 */
export function borrowed(cur: TokenCursor, p: Piece): Piece {
  if (saysYear(p)) return p;
  const k = coordinated(cur, p.last);
  const q = k === null ? null : pieceAt(cur, k);
  if (!q || q.month === undefined) return p;
  let month = p.month;
  if (month === undefined) {
    if (p.day === undefined || q.day === undefined || p.day >= q.day) return p;
    month = q.month;
  } else if (!saysYear(q) || month > q.month) return p;
  return { ...p, month, year: q.year, yearShift: q.yearShift, yearUnknown: q.yearUnknown, monthShift: q.monthShift };
}

/** «بين أيار وكانون الأول 2016», «من 2014 إلى 2017», «من 8 إلى 19 دجنبر 2025», «منذ عام 2014 وحتى عام 2016». */
export function rangeAt(cur: TokenCursor, i: number): RangeAt | null {
  const starter = cur.stemIn(i, W_RANGE);
  if (starter < 0) return null;
  const between = cur.word(i)?.endsWith('بين') === true;
  let j = i + 1;
  if (cur.exactly(j, 'عامي', 'سنتي', 'العامين', 'الاعوام', 'السنوات', 'عام', 'العام', 'سنه', 'السنه')) j += 1;
  const from = pieceAt(cur, j, { bareYear: true, bareDay: true });
  if (!from) return null;
  let k = from.last + 1;
  if (between) {
    if (cur.exactly(k, 'و')) k += 1;
    else if (!cur.word(k)?.startsWith('و')) return null;
  } else if (cur.stemIn(k, W_UNTIL) >= 0) {
    k += 1;
  } else if (cur.punct(k) === '-' || cur.punct(k) === '–') {
    k += 1;
  } else return null;
  if (cur.exactly(k, 'عام', 'العام', 'سنه', 'السنه') && yearAt(cur, k + 1)) k += 1;
  // «وكانون الأول»: the conjunction is a clitic of the second end, which pieceAt reads.
  const to = pieceAt(cur, k, { bareYear: true });
  if (!to || (to.day !== undefined && to.month === undefined)) return null;
  // A bare first day takes the second end's month: «من 8 إلى 19 دجنبر 2025».
  if (from.month === undefined && from.year === undefined) {
    if (from.day === undefined || to.day === undefined || to.month === undefined || from.day >= to.day) return null;
    return { skip: starter, from: { ...from, month: to.month }, to };
  }
  return { skip: starter, from, to };
}

/** «2014-2017» after «في», «بين», «الفترة» …: one token holding a span of years. */
export function yearSpanAt(cur: TokenCursor, i: number): { from: number; to: number } | null {
  const t = cur.tokens[i];
  const m = t?.kind === 'num' ? /^(\d{4})[-–/](\d{4})$/.exec(t.text) : null;
  if (!m || !(introduced(cur, i, YEAR_INTRO) || introduced(cur, i, SPAN_INTRO))) return null;
  const [from, to] = [Number(m[1]), Number(m[2])];
  if (from < YEAR_MIN || to > YEAR_MAX || from >= to) return null;
  return { from, to };
}

/**
 * A qualifier or a part at token i, and the token where the date it qualifies starts: «مطلع» → i + 1,
 * «الأسبوع الأول من» → i + 3. The qualifier narrows the date without changing its precision.
 */
export function qualifierAt(cur: TokenCursor, i: number): { skip: number; next: number } | null {
  const skip = cur.stemIn(i, QUALIFIERS, CLITICS);
  if (skip >= 0) return { skip, next: i + 1 };
  const head = cur.stemIn(i, PART_HEADS, CLITICS);
  if (head < 0 || !cur.exactly(i + 1, ...PART_ORDINALS) || !cur.exactly(i + 2, 'من')) return null;
  return { skip: head, next: i + 3 };
}

/** Words before «اليوم» that make it this day: «في وقت سابق اليوم», «صباح اليوم», «مساء اليوم». */
const TODAY_TIMES = ['سابق', 'لاحق', 'صباح', 'مساء', 'ظهر', 'فجر', 'عصر', 'ليل', 'ظهيره', 'صبيحه'];

/**
 * A day named from the publication day: «اليوم السبت», «في وقت سابق اليوم», «صباح اليوم», «أمس», «أول أمس»,
 * «أول من أمس», «أمس الأول», «غدا الأحد».
 */
export function relativeDayAt(cur: TokenCursor, i: number): RelativeDayAt | null {
  let offset: number | null = null;
  let skip = 0;
  let k = i;
  const today = cur.stemIn(i, W_TODAY, CLITICS) >= 0 || cur.word(i) === 'لليوم';
  if (today && cur.stemIn(i + 1, WEEKDAYS, ['']) >= 0) {
    offset = 0;
    skip = cur.word(i) === 'لليوم' ? 0 : cur.stemIn(i, W_TODAY, CLITICS);
    k = i + 1;
  } else if (today && cur.exactly(i - 1, ...TODAY_TIMES)) {
    // «في وقت سابق اليوم», «صباح اليوم»: a time of this day, never "nowadays".
    offset = 0;
    skip = cur.stemIn(i, W_TODAY, CLITICS);
  } else if (cur.stemIn(i, W_FIRST, CLITICS) >= 0 && cur.exactly(i + 1, 'امس')) {
    offset = -2;
    skip = cur.stemIn(i, W_FIRST, CLITICS);
    k = i + 1;
  } else if (cur.stemIn(i, W_FIRST, CLITICS) >= 0 && cur.exactly(i + 1, 'من') && cur.exactly(i + 2, 'امس')) {
    offset = -2;
    skip = cur.stemIn(i, W_FIRST, CLITICS);
    k = i + 2;
  } else if (cur.stemIn(i, W_YESTERDAY, CLITICS) >= 0) {
    skip = cur.stemIn(i, W_YESTERDAY, CLITICS);
    offset = cur.exactly(i + 1, 'الاول') ? -2 : -1;
    k = offset === -2 ? i + 1 : i;
    if (cur.stemIn(k + 1, WEEKDAYS, ['']) >= 0) k += 1;
  } else if (cur.stemIn(i, W_TOMORROW, CONJ) >= 0 && cur.stemIn(i + 1, WEEKDAYS, ['']) >= 0) {
    offset = 1;
    skip = cur.stemIn(i, W_TOMORROW, CONJ);
    k = i + 1;
  }
  if (offset === null) return null;
  const weekday = WEEKDAYS.get(cur.word(k) ?? '');
  return weekday === undefined ? { offset, skip, last: k } : { offset, weekday, skip, last: k };
}

/**
 * A weekday that names a day near publication: «الاثنين الماضي», «يوم الاثنين», «الأربعاء». A bare
 * «الاثنين» is also "the two", so it needs «يوم» or a shift; «الاثنين 5 ديسمبر 2016» is the date that follows.
 */
export function weekdayAt(cur: TokenCursor, i: number): WeekdayAt | null {
  const c = cur.stemIn(i, WEEKDAYS, CLITICS);
  if (c < 0) return null;
  const weekday = WEEKDAYS.get((cur.word(i) as string).slice(c)) as number;
  const shift = SHIFT_WORDS.get(cur.word(i + 1) ?? '');
  if (weekday === 1 && shift === undefined && !introduced(cur, i, W_DAY)) return null;
  if (shift === 'current') return null;
  const next = cur.punct(i + 1) === '،' || cur.punct(i + 1) === ',' ? i + 2 : i + 1;
  if (shift === undefined && pieceAt(cur, next)?.day !== undefined) return null;
  return shift === undefined ? { weekday, skip: c, last: i } : { weekday, shift, skip: c, last: i + 1 };
}
