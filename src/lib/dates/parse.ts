/**
 * The one Arabic date parser: finds Gregorian date expressions in a text and gives each an ISO value
 * at the precision it was written with, resolving relative ones against the publication date.
 *
 * Rules, in short (each is tested in tests/unit/lib/dates.test.ts):
 * - Matching runs on the normalizeArabic key (hamza, ta marbuta, harakat, Arabic-Indic digits folded);
 *   `text`, `start`, `end` always refer to the original string.
 * - Month names are whole words, with the clitics و ف ب ل ك only («وفي مايو», «بمارس»), so
 *   «حماية», «جوانب», «يمارس», «الآباء» never read as months. A month alone needs a date context:
 *   a day, a year, «الماضي/المقبل», its other name («مايو أيار»), «شهر», a qualifier («منتصف»),
 *   or a temporal word before it (في، منذ، حتى، خلال، بحلول، قبل، بعد، يوم، ب…): «تيريزا ماي» is none.
 * - A bare four-digit number is a year only in 1800–2100 (Hijri years such as «1448ه» fall below),
 *   after عام/سنة (kept in the text), after في/منذ/حتى/خلال/قبل/بعد/بحلول/طوال/عامي or a qualifier
 *   (مطلع، أوائل، نهاية…), or inside a date or a range; never before a counted noun («في 2000 شخص»).
 *   «مونديال 2026» is no date.
 * - A year is never invented: a month or day written without one takes it only from its own
 *   construction («بين أيار وكانون الأول 2016», «في مايو ويونيو 2016»), or — marked relative — from
 *   the publication date (the latest such month/day not after it), and only when a temporal word
 *   introduces it; without one («ثورة السابع من فبراير», «على غرار ١١ سبتمبر») it names an event: null.
 * - Relative expressions («العام الماضي», «الشهر الماضي», «الاثنين الماضي», «جويلية الماضي», «أمس»)
 *   need a publication date at least as precise as they are, else value null; never explicit.
 * - Durations («خلال العامين الماضيين», «منذ خمس سنوات», «قبل أشهر»), «الأسبوع الماضي», a bare
 *   «اليوم» (also "nowadays") and Hijri dates are not reported.
 */
import { normalizeArabicWithOffsets, matchKey } from '../arabic.ts';
import { precisionOf, type Precision } from './format.ts';
import { LATIN_MONTH_WORDS, MONTH_PAIRS, MONTH_WORDS, ORDINAL_DAYS, WEEKDAYS } from './months.ts';

/** One date expression found in a text. */
export interface DateMention {
  /** The words as written, e.g. «نيسان/أبريل 2016» (prepositions such as «في»/«منذ» left out). */
  text: string;
  /** UTF-16 offset of the first character in the input text. */
  start: number;
  /** UTF-16 offset just after the last character. */
  end: number;
  /**
   * ISO value 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD'; null when it cannot be known. For a range: the one
   * year or month that holds the whole interval («2016» for May–December 2016), else null.
   */
  value: string | null;
  /** Both ends of a range («من 2014 إلى 2017»), when both are known. */
  interval?: { from: string; to: string };
  /** Precision of the value, or of the interval's ends. */
  precision: Precision;
  /** True when the value depends on the publication date (or could not be resolved). */
  relative: boolean;
}

/** What the parser may know about the article it reads. */
export interface DateContext {
  /** The article's publication date (ISO at its precision) and whether it is inferred. */
  published?: { date: string; approximate: boolean };
}

interface Token {
  kind: 'word' | 'num' | 'punct';
  text: string;
  /** Offsets in the normalized key. */
  from: number;
  to: number;
}

type Shift = 'past' | 'next' | 'current';

/** A date expression before resolution; token indices are inclusive. */
interface Piece {
  first: number;
  /** Clitic letters on the first token that are not part of the text («و» of «وكانون»). */
  skip: number;
  last: number;
  year?: number;
  /** Year relative to the publication year: «من العام الماضي» → -1. */
  yearShift?: number;
  /** «من العام نفسه»: the year is the narrative's, which this parser does not follow. */
  yearUnknown?: boolean;
  month?: number;
  /** «جويلية الماضي»: the last July before publication. */
  monthShift?: Shift;
  day?: number;
  /** A date by its form alone (day, year, double name, «شهر», «الماضي», qualifier). */
  strong: boolean;
}

/** A month name found at a token: its number, its last token, the clitic letters before it. */
interface MonthAt {
  month: number;
  last: number;
  skip: number;
}

interface Published {
  y: number;
  m?: number;
  d?: number;
}

const CLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'فب', 'ول', 'فل', 'وك', 'فك'] as const;
const CONJ = ['', 'و', 'ف'] as const;

const YEAR_MIN = 1800;
const YEAR_MAX = 2100;

/** Words after which a month, a day or a bare year is a point in time («في», «منذ», «يوم» …). */
const TEMPORAL = new Set([
  'في', 'منذ', 'حتي', 'خلال', 'بحلول', 'قبل', 'بعد', 'طوال', 'طيله', 'لغايه', 'غايه', 'اثناء', 'ابان', 'غضون',
  'يوم', 'ليله', 'صباح', 'مساء', 'ظهر', 'فجر', 'تاريخ', 'الموافق', 'عامي', 'سنتي', 'اعتبارا', 'ابتداء', 'بدءا',
]);
/** Of TEMPORAL, the words that may also introduce a bare year («في 2011», «منذ 2014», «عامي 2014»). */
const YEAR_INTRO = new Set([
  'في', 'منذ', 'حتي', 'خلال', 'بحلول', 'قبل', 'بعد', 'طوال', 'طيله', 'لغايه', 'اثناء', 'ابان', 'غضون', 'عامي',
  'سنتي',
]);
/** Words that narrow a month or a year without changing its precision: «منتصف ايار», «أوائل عام 2015». */
const QUALIFIERS = new Set([
  'مطلع', 'اوايل', 'اواءل', 'اواخر', 'اواسط', 'منتصف', 'نهايه', 'بدايه', 'مستهل', 'ختام', 'ربيع', 'صيف',
  'خريف', 'شتاء',
]);
/** «الأسبوع الأول من», «النصف الثاني من», «الأيام الأولى من» … */
const PART_HEADS = new Set(['الاسبوع', 'الاسابيع', 'الايام', 'النصف', 'الربع', 'الثلث', 'الاشهر']);
const PART_ORDINALS = new Set([
  'الاول', 'الاولي', 'الثاني', 'الثانيه', 'الثالث', 'الرابع', 'الاخير', 'الاخيره', 'الاخيرين', 'الاخيرتين',
]);
/** Words before a span of years written as one number: «الفترة 2014-2017». */
const SPAN_INTRO = new Set(['بين', 'الفتره', 'من', 'الاعوام', 'السنوات']);
const YEAR_WORDS = new Set(['عام', 'العام', 'سنه', 'السنه']);
const SHIFT_WORDS: ReadonlyMap<string, Shift> = new Map<string, Shift>([
  ['الماضي', 'past'], ['الماضيه', 'past'], ['المنصرم', 'past'], ['المنصرمه', 'past'], ['الفاءت', 'past'],
  ['الفاءته', 'past'], ['المقبل', 'next'], ['المقبله', 'next'], ['القادم', 'next'], ['القادمه', 'next'],
  ['الجاري', 'current'], ['الجاريه', 'current'], ['الحالي', 'current'], ['الحاليه', 'current'],
]);
const SHIFT_STEP: Record<Shift, number> = { past: -1, next: 1, current: 0 };
const SAME_WORDS = new Set(['نفسه', 'ذاته', 'نفسها', 'ذاتها']);
/** Nouns counted by a number: «2130 جريحا», «2000 شخص», «1900 كلم» are not years. */
const COUNTED = new Set([
  'كلم', 'كم', 'كيلومتر', 'كيلومترا', 'كيلو', 'متر', 'مترا', 'ميل', 'ميلا', 'دولار', 'دولارا', 'يورو',
  'دينار', 'دينارا', 'جنيه', 'جنيها', 'درهم', 'درهما', 'ريال', 'ريالا', 'برميل', 'طن', 'شخص', 'شخصا',
  'قتيل', 'قتيلا', 'جريح', 'جريحا', 'مصاب', 'مصابا', 'مقاتل', 'مقاتلا', 'عنصر', 'عنصرا', 'جندي', 'جنديا',
  'مسلح', 'مسلحا', 'مهاجر', 'مهاجرا', 'لاجء', 'لاجءا', 'مدني', 'مدنيا', 'طفل', 'طفلا', 'امراه', 'رجل',
  'رجلا', 'اسره', 'عاءله', 'منزل', 'منزلا', 'غاره', 'ضربه', 'صاروخ', 'صاروخا', 'قذيفه', 'درجه', 'درجات',
  'ساعه', 'يوم', 'يوما', 'دقيقه', 'كلغ', 'كغ', 'الف', 'الاف', 'مليون', 'مليار', 'نسمه', 'ناخب', 'صوت',
  'سجين', 'معتقل', 'عامل', 'طالب', 'موظف', 'سياره', 'هجوم', 'عمليه', 'مره', 'ميغاوات', 'هكتار',
]);

/** Single words the grammar below looks for, folded as normalizeArabic folds them. */
const W_MONTH = new Set(['الشهر']);
const W_THE_YEAR = new Set(['العام', 'السنه']);
const W_UNTIL = new Set(['الي', 'حتي', 'لغايه', 'غايه']);
const W_TODAY = new Set(['اليوم']);
const W_YESTERDAY = new Set(['امس', 'الامس', 'البارحه']);
const W_FIRST = new Set(['اول']);
const W_RANGE = new Set(['بين', 'من', 'منذ']);
const W_SHAHR = new Set(['شهر']);
const W_TOMORROW = new Set(['غدا']);
const W_THAT = new Set(['نفس', 'ذلك', 'تلك']);
const W_THIS = new Set(['هذا', 'هذه']);
const W_DAY = new Set(['يوم']);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(month: number, year?: number): number {
  if (month === 2 && year !== undefined) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/** The less precise of two precisions: a range is never shown finer than its coarser end. */
function coarser(a: Precision, b: Precision): Precision {
  const order: Precision[] = ['year', 'month', 'day'];
  return order[Math.min(order.indexOf(a), order.indexOf(b))] as Precision;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function iso(y: number, m?: number, d?: number): string | null {
  if (m === undefined) return String(y);
  if (d === undefined) return `${y}-${pad(m)}`;
  return d <= daysIn(m, y) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

function tokenize(key: string): Token[] {
  // Numbers keep their inner separators so «5,1», «0012022773659» and «5/12/2016» stay one token each.
  const re = /\p{L}+|\d+(?:[.,٫٬/\-–]\d+)*|[^\s\p{L}\d]/gu;
  return [...key.matchAll(re)].map((m) => ({
    kind: /^\d/.test(m[0]) ? 'num' : /^\p{L}/u.test(m[0]) ? 'word' : 'punct',
    text: m[0],
    from: m.index,
    to: m.index + m[0].length,
  }));
}

function readPublished(context?: DateContext): Published | undefined {
  const date = context?.published?.date;
  if (!date) return undefined;
  precisionOf(date); // throws on anything but YYYY, YYYY-MM, YYYY-MM-DD
  const [y, m, d] = date.split('-').map(Number);
  return { y: y as number, m, d };
}

/**
 * Every date expression in `text`, in text order: explicit dates, ranges, and relative expressions
 * (resolved against `context.published` when it is precise enough, else with value null).
 */
export function parseDates(text: string, context?: DateContext): DateMention[] {
  const { key, start, end } = normalizeArabicWithOffsets(text);
  const T = tokenize(key);
  const pub = readPublished(context);
  const out: DateMention[] = [];

  const word = (i: number): string | undefined => (T[i]?.kind === 'word' ? T[i]?.text : undefined);
  const punct = (i: number): string | undefined => (T[i]?.kind === 'punct' ? T[i]?.text : undefined);
  const adjacent = (i: number): boolean => T[i - 1] !== undefined && T[i - 1]?.to === T[i]?.from;

  /** The clitic length when token i is `stem` of one of `sets` behind an allowed clitic, else -1. */
  function stemIn(
    i: number,
    set: ReadonlySet<string> | ReadonlyMap<string, unknown>,
    clitics: readonly string[] = CONJ,
  ): number {
    const w = word(i);
    if (w === undefined) return -1;
    for (const c of clitics) {
      if (w.startsWith(c) && w.length > c.length && set.has(w.slice(c.length))) return c.length;
    }
    return -1;
  }
  const exactly = (i: number, ...words: string[]): boolean => words.includes(word(i) ?? '');

  /** Original text of key range [a, b). */
  const original = (a: number, b: number): string => text.slice(start[a], end[b - 1]);

  /** A month name at token i (one word, or «كانون/تشرين» + its second word), behind an allowed clitic. */
  function monthAt(i: number, clitics: readonly string[] = CLITICS): MonthAt | null {
    const w = word(i);
    if (w === undefined) return null;
    for (const c of clitics) {
      if (!w.startsWith(c) || w.length === c.length) continue;
      const stem = w.slice(c.length);
      // A Latin month name has no Arabic clitic: «November», «nov».
      const month = MONTH_WORDS.get(stem) ?? (c === '' ? LATIN_MONTH_WORDS.get(stem.toLowerCase()) : undefined);
      const from = (T[i] as Token).from + c.length;
      // «آب» (August) folds onto «أب» (father) and hides in «باب», «لاب»: only «آب»/«اب», only after و or ف.
      const father = /[أإ]/.test(original(from, from + 1));
      if (month === 8 && stem === 'اب' && (father || !['', 'و', 'ف'].includes(c))) continue;
      if (month !== undefined) return { month, last: i, skip: c.length };
      const pair = MONTH_PAIRS.get(stem)?.get(word(i + 1) ?? '');
      if (pair !== undefined) return { month: pair, last: i + 1, skip: c.length };
    }
    return null;
  }

  function yearAt(i: number): { year: number; last: number } | null {
    const t = T[i];
    if (t?.kind !== 'num' || !/^\d{4}$/.test(t.text)) return null;
    const year = Number(t.text);
    // Hijri years («1448ه», «عام 1437») all fall below YEAR_MIN.
    if (year < YEAR_MIN || year > YEAR_MAX) return null;
    let last = i;
    if ((exactly(i + 1, 'م') && adjacent(i + 1)) || exactly(i + 1, 'م', 'ميلادي', 'ميلاديه')) last = i + 1;
    return { year, last };
  }

  /** A year that is not followed by a counted noun («في 2000 شخص») or a percent sign. */
  function plainYearAt(i: number): { year: number; last: number } | null {
    const y = yearAt(i);
    if (!y) return null;
    const next = y.last + 1;
    return stemIn(next, COUNTED, ['']) >= 0 || punct(next) === '%' || punct(next) === '٪' ? null : y;
  }

  /** «العام الماضي», «السنة المقبلة», «هذا العام», «العام قبل الماضي», «العام نفسه» at token i. */
  function relYearAt(i: number): { shift?: number; unknown?: boolean; last: number; skip: number } | null {
    // «للعام» is ل + العام with the alef of the article dropped: no clitic to cut off.
    const c = exactly(i, 'للعام', 'للسنه') ? 0 : stemIn(i, W_THE_YEAR, CLITICS);
    if (c >= 0) {
      const shift = SHIFT_WORDS.get(word(i + 1) ?? '');
      if (shift !== undefined) return { shift: SHIFT_STEP[shift], last: i + 1, skip: c };
      if (exactly(i + 1, 'قبل') && exactly(i + 2, 'الماضي')) return { shift: -2, last: i + 2, skip: c };
      if (stemIn(i + 1, SAME_WORDS, ['']) >= 0) return { unknown: true, last: i + 1, skip: c };
      return null;
    }
    const d = stemIn(i, W_THIS, CLITICS);
    if (d >= 0 && exactly(i + 1, 'العام', 'السنه')) return { shift: 0, last: i + 1, skip: d };
    const s = stemIn(i, W_THAT, CLITICS);
    if (s >= 0 && exactly(i + 1, 'العام', 'السنه')) return { unknown: true, last: i + 1, skip: s };
    return null;
  }

  /** «الشهر الماضي», «هذا الشهر» at token i. */
  function relMonthAt(i: number): { shift: number; last: number; skip: number } | null {
    const c = exactly(i, 'للشهر') ? 0 : stemIn(i, W_MONTH, CLITICS);
    if (c >= 0) {
      const shift = SHIFT_WORDS.get(word(i + 1) ?? '');
      if (shift !== undefined) return { shift: SHIFT_STEP[shift], last: i + 1, skip: c };
      if (exactly(i + 1, 'قبل') && exactly(i + 2, 'الماضي')) return { shift: -2, last: i + 2, skip: c };
    }
    const d = stemIn(i, W_THIS, CLITICS);
    if (d >= 0 && exactly(i + 1, 'الشهر')) return { shift: 0, last: i + 1, skip: d };
    return null;
  }

  /** After a month ending at token `last`: a second name for it, then its year or «الماضي». */
  function finishMonth(p: Piece, month: number): Piece {
    p.month = month;
    // The same month's other name: «نيسان/أبريل», «شباط/ فبراير», «أبريل (نيسان)», «مايو أيار».
    const sep = punct(p.last + 1);
    const bracket = sep === '(';
    const joined = bracket || sep === '/' || sep === '-' || sep === '–' || sep === '\\';
    const second = monthAt(joined ? p.last + 2 : p.last + 1, ['']);
    if (second?.month === month && (!bracket || punct(second.last + 1) === ')')) {
      p.last = bracket ? second.last + 1 : second.last;
      p.strong = true;
    }
    const j = p.last + 1;
    // The year: «2016», «عام 2014», «من عام 2015», «من العام الماضي», «العام نفسه».
    let k = j;
    const withMin = exactly(k, 'من');
    if (withMin) k += 1;
    const yearWord = exactly(k, ...YEAR_WORDS);
    const y = yearAt(yearWord ? k + 1 : k);
    if (y && (yearWord || !withMin)) {
      p.year = y.year;
      p.last = y.last;
      p.strong = true;
      return p;
    }
    const rel = relYearAt(k);
    if (rel && rel.skip === 0) {
      if (rel.unknown) p.yearUnknown = true;
      else p.yearShift = rel.shift;
      p.last = rel.last;
      p.strong = true;
      return p;
    }
    const shift = SHIFT_WORDS.get(word(j) ?? '');
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
  function pieceAt(i: number, opts: { bareYear?: boolean; bareDay?: boolean } = {}): Piece | null {
    const t = T[i];
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
        if (exactly(k, 'من')) k += 1;
        if (exactly(k, 'شهر')) k += 1;
        const mo = day >= 1 && day <= 31 ? monthAt(k, ['']) : null;
        if (mo && day <= daysIn(mo.month)) {
          const p = finishMonth({ first: i, skip: 0, last: mo.last, day, strong: true }, mo.month);
          if (p.year === undefined || day <= daysIn(mo.month, p.year)) return p;
        }
        if (opts.bareDay && day >= 1 && day <= 31) return { first: i, skip: 0, last: i, day, strong: false };
        return null;
      }
      const y = opts.bareYear ? plainYearAt(i) : null;
      return y ? { first: i, skip: 0, last: y.last, year: y.year, strong: false } : null;
    }
    if (t.kind !== 'word') return null;
    // «الأول من أغسطس», «الحادي عشر من سبتمبر 2001», «الحادي والعشرين من …».
    for (const c of CONJ) {
      if (!t.text.startsWith(c)) continue;
      for (let n = 1; n <= 2; n += 1) {
        const words = [t.text.slice(c.length)];
        for (let k = 1; k < n; k += 1) words.push(word(i + k) ?? '');
        const day = ORDINAL_DAYS.get(words.join(' '));
        if (day === undefined || !exactly(i + n, 'من')) continue;
        const k = exactly(i + n + 1, 'شهر') ? i + n + 2 : i + n + 1;
        const mo = monthAt(k, ['']);
        if (mo && day <= daysIn(mo.month)) {
          return finishMonth({ first: i, skip: c.length, last: mo.last, day, strong: true }, mo.month);
        }
      }
    }
    const shahr = stemIn(i, W_SHAHR, CLITICS);
    if (shahr >= 0) {
      const mo = monthAt(i + 1, ['']);
      return mo ? finishMonth({ first: i, skip: shahr, last: mo.last, strong: true }, mo.month) : null;
    }
    const mo = monthAt(i);
    // The English order, month day, year: «November 9, 2020», «Nov 9 2020», and with an Arabic month
    // and its comma, as some sites print it: «ديسمبر 25, 2020».
    const usDay = mo && T[mo.last + 1]?.kind === 'num' && /^\d{1,2}$/.test(T[mo.last + 1]!.text) ? Number(T[mo.last + 1]!.text) : 0;
    const comma = punct(mo ? mo.last + 2 : -1) === ',' || punct(mo ? mo.last + 2 : -1) === '،';
    if (mo && usDay >= 1 && mo.skip === 0 && (comma || /^[a-z]/i.test(word(i) ?? ''))) {
      const at = comma ? mo.last + 3 : mo.last + 2;
      const y = yearAt(at);
      if (y && usDay <= daysIn(mo.month, y.year)) return { first: i, skip: 0, last: y.last, year: y.year, month: mo.month, day: usDay, strong: true };
    }
    if (mo) return finishMonth({ first: i, skip: mo.skip, last: mo.last, strong: false }, mo.month);
    const yw = stemIn(i, YEAR_WORDS, CLITICS);
    if (yw >= 0) {
      const y = yearAt(i + 1);
      if (y) return { first: i, skip: yw, last: y.last, year: y.year, strong: true };
    }
    return null;
  }

  /** True when the word before token i makes it a point in time: «في», «منذ», «يوم», a weekday … */
  function introduced(i: number, words: ReadonlySet<string> = TEMPORAL): boolean {
    let k = i - 1;
    if (punct(k) === '،' || punct(k) === ',') k -= 1;
    if (stemIn(k, words) >= 0 || (words === TEMPORAL && stemIn(k, WEEKDAYS) >= 0)) return true;
    return word(k) === 'ب' && adjacent(i); // «ب2014»
  }

  function has(p: Piece): boolean {
    return p.year !== undefined || p.yearShift !== undefined || p.monthShift !== undefined || p.yearUnknown === true;
  }

  /** Value of a piece; `anchored` allows a missing year to come from the publication date. */
  function resolve(p: Piece, anchored: boolean): { value: string | null; relative: boolean; precision: Precision } {
    const precision: Precision = p.day !== undefined ? 'day' : p.month !== undefined ? 'month' : 'year';
    const none = { value: null, relative: true, precision };
    if (p.yearUnknown) return none;
    if (p.year !== undefined) return { value: iso(p.year, p.month, p.day), relative: false, precision };
    if (!pub) return none;
    if (p.yearShift !== undefined) {
      return { value: iso(pub.y + p.yearShift, p.month, p.day), relative: true, precision };
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
    return { value: iso(y, m, p.day), relative: true, precision };
  }

  function emit(first: number, skip: number, last: number, m: Omit<DateMention, 'text' | 'start' | 'end'>): void {
    const a = (T[first] as Token).from + skip;
    const b = (T[last] as Token).to;
    const s = start[a] as number;
    const e = end[b - 1] as number;
    out.push({ text: text.slice(s, e), start: s, end: e, ...m });
  }

  /** The start of the piece coordinated with the one ending at `last` («مايو ويونيو», «2014 و2015»). */
  function coordinated(last: number): number | null {
    if (exactly(last + 1, 'و')) return last + 2;
    return word(last + 1)?.startsWith('و') ? last + 1 : null;
  }

  /** A year (and a bare day's month) from the next coordinated piece: «في مايو ويونيو 2016», «5 و6 ديسمبر». */
  function borrow(p: Piece): void {
    if (has(p)) return;
    const k = coordinated(p.last);
    const q = k === null ? null : pieceAt(k);
    if (!q || q.month === undefined) return;
    if (p.month === undefined) {
      if (p.day === undefined || q.day === undefined || p.day >= q.day) return;
      p.month = q.month;
    } else if (!has(q) || p.month > q.month) return;
    p.year = q.year;
    p.yearShift = q.yearShift;
    p.yearUnknown = q.yearUnknown;
    p.monthShift = q.monthShift;
  }

  /** «بين أيار وكانون الأول 2016», «من 2014 إلى 2017», «من 8 إلى 19 دجنبر 2025», «2014-2017». */
  function rangeAt(i: number): number | null {
    const starter = stemIn(i, W_RANGE);
    if (starter < 0) return null;
    const between = word(i)?.endsWith('بين') === true;
    let j = i + 1;
    if (exactly(j, 'عامي', 'سنتي', 'العامين', 'الاعوام', 'السنوات', 'عام', 'العام', 'سنه', 'السنه')) j += 1;
    const a = pieceAt(j, { bareYear: true, bareDay: true });
    if (!a) return null;
    let k = a.last + 1;
    if (between) {
      if (exactly(k, 'و')) k += 1;
      else if (!word(k)?.startsWith('و')) return null;
    } else if (stemIn(k, W_UNTIL) >= 0) {
      k += 1;
    } else if (punct(k) === '-' || punct(k) === '–') {
      k += 1;
    } else return null;
    if (exactly(k, 'عام', 'العام', 'سنه', 'السنه') && yearAt(k + 1)) k += 1;
    // «وكانون الأول»: the conjunction is a clitic of the second end, which pieceAt reads.
    const b = pieceAt(k, { bareYear: true });
    if (!b || b.day !== undefined && b.month === undefined) return null;
    // Complete the first end from the second: «من 8 إلى 19 دجنبر 2025», «بين أيار وكانون الأول 2016».
    if (a.month === undefined && a.year === undefined) {
      if (a.day === undefined || b.day === undefined || b.month === undefined || a.day >= b.day) return null;
      a.month = b.month;
    }
    // An end without a year takes the other end's: the first one's may be the year before.
    let borrowedRelative = false;
    if (!has(a) && a.month !== undefined) {
      const rb = resolve(b, true);
      if (b.month === undefined || !rb.value) return emitUnresolved(i, starter, b, a.day ? 'day' : 'month');
      const yb = Number(rb.value.slice(0, 4));
      a.year = a.month > b.month || (a.month === b.month && (a.day ?? 0) > (b.day ?? 32)) ? yb - 1 : yb;
      borrowedRelative = rb.relative;
    } else if (!has(b) && b.month !== undefined) {
      const ra = resolve(a, true);
      if (!ra.value) return emitUnresolved(i, starter, b, b.day !== undefined ? 'day' : 'month');
      const ya = Number(ra.value.slice(0, 4));
      b.year = a.month !== undefined && b.month < a.month ? ya + 1 : ya;
      borrowedRelative = ra.relative;
    }
    const ra = resolve(a, true);
    const rb2 = resolve(b, true);
    const relative = ra.relative || rb2.relative || borrowedRelative;
    const precision = coarser(ra.precision, rb2.precision);
    if (ra.value && rb2.value) {
      if (ra.value > rb2.value) return null;
      // The one year or month holding the whole range, if there is one.
      const sameMonth = precision !== 'year' && ra.value.slice(0, 7) === rb2.value.slice(0, 7);
      const sameYear = ra.value.slice(0, 4) === rb2.value.slice(0, 4);
      const value = sameMonth ? ra.value.slice(0, 7) : sameYear ? ra.value.slice(0, 4) : null;
      const sameEnds = ra.value === rb2.value;
      emit(i, starter, b.last, {
        value: sameEnds ? ra.value : value,
        ...(sameEnds ? {} : { interval: { from: ra.value, to: rb2.value } }),
        precision,
        relative,
      });
      return b.last;
    }
    return emitUnresolved(i, starter, b, precision);
  }

  function emitUnresolved(i: number, skip: number, b: Piece, precision: Precision): number {
    emit(i, skip, b.last, { value: null, precision, relative: true });
    return b.last;
  }

  /** «2014-2017» after «في», «بين», «الفترة» …: one token holding a range of years. */
  function yearSpanAt(i: number): number | null {
    const t = T[i];
    const m = t?.kind === 'num' ? /^(\d{4})[-–/](\d{4})$/.exec(t.text) : null;
    if (!m || !(introduced(i, YEAR_INTRO) || introduced(i, SPAN_INTRO))) return null;
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a < YEAR_MIN || b > YEAR_MAX || a >= b) return null;
    emit(i, 0, i, { value: null, interval: { from: String(a), to: String(b) }, precision: 'year', relative: false });
    return i;
  }

  /** «مطلع 2013», «أوائل عام 2015», «منتصف ايار/مايو», «الأسبوع الأول من كانون الأول», «مطلع العام الماضي». */
  function qualifiedAt(i: number): number | null {
    let skip = stemIn(i, QUALIFIERS, CLITICS);
    let k = i + 1;
    if (skip < 0) {
      skip = stemIn(i, PART_HEADS, CLITICS);
      if (skip < 0 || !exactly(i + 1, ...PART_ORDINALS) || !exactly(i + 2, 'من')) return null;
      k = i + 3;
    }
    const p = pieceAt(k, { bareYear: true });
    if (p && p.day === undefined) {
      const r = resolve(p, true);
      emit(i, skip, p.last, r);
      return p.last;
    }
    const ry = relYearAt(k);
    if (ry && ry.skip === 0) {
      const value = ry.unknown || !pub ? null : String(pub.y + (ry.shift ?? 0));
      emit(i, skip, ry.last, { value, precision: 'year', relative: true });
      return ry.last;
    }
    const rm = relMonthAt(k);
    if (rm && rm.skip === 0) {
      emit(i, skip, rm.last, { value: shiftMonth(rm.shift), precision: 'month', relative: true });
      return rm.last;
    }
    return null;
  }

  function shiftMonth(shift: number): string | null {
    if (pub?.m === undefined) return null;
    const n = pub.y * 12 + (pub.m - 1) + shift;
    return iso(Math.floor(n / 12), (n % 12) + 1);
  }

  function shiftDay(days: number): string | null {
    if (pub?.m === undefined || pub.d === undefined) return null;
    const t = new Date(Date.UTC(pub.y, pub.m - 1, pub.d + days));
    return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }

  /** Weekday of the publication date (0 = Sunday), when it is known to the day. */
  function pubWeekday(): number | undefined {
    if (pub?.m === undefined || pub.d === undefined) return undefined;
    return new Date(Date.UTC(pub.y, pub.m - 1, pub.d)).getUTCDay();
  }

  /** «العام الماضي», «الشهر الماضي», «أمس», «الاثنين الماضي», «يوم الاثنين», «اليوم السبت», «غدا الأحد». */
  function relativeAt(i: number): number | null {
    const ry = relYearAt(i);
    if (ry && !ry.unknown) {
      const value = pub ? String(pub.y + (ry.shift ?? 0)) : null;
      emit(i, ry.skip, ry.last, { value, precision: 'year', relative: true });
      return ry.last;
    }
    const rm = relMonthAt(i);
    if (rm) {
      emit(i, rm.skip, rm.last, { value: shiftMonth(rm.shift), precision: 'month', relative: true });
      return rm.last;
    }
    // A day named from the publication day: «اليوم» + weekday, «أمس», «أول أمس», «غدا» + weekday.
    let offset: number | null = null;
    let skip = 0;
    let k = i;
    const today = stemIn(i, W_TODAY, CLITICS) >= 0 || word(i) === 'لليوم';
    if (today && stemIn(i + 1, WEEKDAYS, ['']) >= 0) {
      offset = 0;
      skip = word(i) === 'لليوم' ? 0 : stemIn(i, W_TODAY, CLITICS);
      k = i + 1;
    } else if (stemIn(i, W_FIRST, CLITICS) >= 0 && exactly(i + 1, 'امس')) {
      offset = -2;
      skip = stemIn(i, W_FIRST, CLITICS);
      k = i + 1;
    } else if (stemIn(i, W_FIRST, CLITICS) >= 0 && exactly(i + 1, 'من') && exactly(i + 2, 'امس')) {
      offset = -2;
      skip = stemIn(i, W_FIRST, CLITICS);
      k = i + 2;
    } else if (stemIn(i, W_YESTERDAY, CLITICS) >= 0) {
      skip = stemIn(i, W_YESTERDAY, CLITICS);
      offset = exactly(i + 1, 'الاول') ? -2 : -1;
      k = offset === -2 ? i + 1 : i;
      if (stemIn(k + 1, WEEKDAYS, ['']) >= 0) k += 1;
    } else if (stemIn(i, W_TOMORROW, CONJ) >= 0 && stemIn(i + 1, WEEKDAYS, ['']) >= 0) {
      offset = 1;
      skip = stemIn(i, W_TOMORROW, CONJ);
      k = i + 1;
    }
    if (offset !== null) {
      const wd = WEEKDAYS.get(word(k) ?? '');
      const value = shiftDay(offset);
      const consistent = wd === undefined || value === null || new Date(`${value}T00:00:00Z`).getUTCDay() === wd;
      emit(i, skip, k, { value: consistent ? value : null, precision: 'day', relative: true });
      return k;
    }
    // A weekday: «الاثنين الماضي», «يوم الاثنين», «الأربعاء»; bare «الاثنين» is also "the two", so it needs more.
    const c = stemIn(i, WEEKDAYS, CLITICS);
    if (c < 0) return null;
    const weekday = WEEKDAYS.get((word(i) as string).slice(c)) as number;
    const shift = SHIFT_WORDS.get(word(i + 1) ?? '');
    const afterYawm = introduced(i, W_DAY);
    if (weekday === 1 && shift === undefined && !afterYawm) return null;
    if (shift === 'current') return null;
    // «الاثنين 5 ديسمبر 2016» is the date that follows, not a relative day.
    const next = punct(i + 1) === '،' || punct(i + 1) === ',' ? i + 2 : i + 1;
    if (shift === undefined && pieceAt(next)?.day !== undefined) return null;
    let value: string | null = null;
    const wd = pubWeekday();
    if (wd !== undefined) {
      const back = (wd - weekday + 7) % 7;
      if (shift === 'past') value = shiftDay(-(back === 0 ? 7 : back));
      else if (shift === 'next') value = shiftDay((weekday - wd + 7) % 7 || 7);
      else value = shiftDay(-back);
    }
    const last = shift === undefined ? i : i + 1;
    emit(i, c, last, { value, precision: 'day', relative: true });
    return last;
  }

  let carried = -1; // token where a coordinated piece starts («و2015» after «في 2014»)
  for (let i = 0; i < T.length; i += 1) {
    const done = rangeAt(i) ?? yearSpanAt(i) ?? qualifiedAt(i);
    if (done !== null) {
      i = done;
      continue;
    }
    const anchored = introduced(i) || i === carried;
    const p = pieceAt(i, { bareYear: introduced(i, YEAR_INTRO) || i === carried, bareDay: true });
    if (p && p.day !== undefined && p.month === undefined) {
      // A bare day is kept only when a coordinated day-month follows: «5 و6 ديسمبر 2016».
      borrow(p);
      if (p.month === undefined) continue;
    }
    if (p) {
      const byClitic = p.skip > 0 && /^[وف]?ب$/.test((word(i) ?? '').slice(0, p.skip));
      const inContext = anchored || byClitic;
      if (p.strong || inContext || p.day !== undefined) {
        borrow(p);
        const r = resolve(p, inContext);
        emit(i, p.skip, p.last, r);
        const k = coordinated(p.last);
        if (k !== null) carried = k;
        i = p.last;
        continue;
      }
    }
    const rel = relativeAt(i);
    if (rel !== null) i = rel;
  }
  return out;
}

/**
 * The explicit dates among `mentions`, as ingest stores them in an article's `dates`: no relative or
 * unresolved mention, one entry per distinct text and value, in text order; a range gives its two ends.
 */
export function explicitDates(mentions: DateMention[]): { text: string; value: string }[] {
  const seen = new Set<string>();
  const out: { text: string; value: string }[] = [];
  for (const m of mentions) {
    if (m.relative) continue;
    const values = m.interval ? [m.interval.from, m.interval.to] : m.value ? [m.value] : [];
    for (const value of values) {
      const id = `${matchKey(m.text)}|${value}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ text: m.text, value });
    }
  }
  return out;
}
