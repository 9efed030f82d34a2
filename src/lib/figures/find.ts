/**
 * The figures a text states: how many were killed, wounded, fought, were struck… each with the number
 * (a range's two ends), how the text qualifies it («أكثر من», «على الأقل», «حوالي», «لا يتجاوز»), what it
 * counts, and the words it came from.
 *
 * Rules, in short (each is tested in tests/unit/lib/figures.test.ts):
 * - A number counts something only when the text says what: a counted noun after it («457 قتيلا»,
 *   «34 من مقاتلي»), a noun or verb of the act before it («مقتل 15 شخصا», «وأصيب 17»), a verb of the act
 *   later in its clause («ثلاثة من قوات مصراتة قتلوا»), or «عدد …» in its sentence or the sentence
 *   before it («عددهم لا يتجاوز الألف»). «ثلاثة فروع», «250 كيلومترا», «ستة أشهر» and years count nothing here.
 * - The act wins over the noun: «700 مقاتل … قتلوا» are killed, «خسر أكثر من 20 مقاتلا» too.
 * - Matching runs on normalizeArabic keys; `text`, `start`, `end` always refer to the original string.
 */
import { normalizeArabicWithOffsets } from '../arabic.ts';
import { tokenizeKey, type KeyToken } from '../key-tokens.ts';
import { multiplierOf, numberAt, type NumberAt } from './numbers.ts';

/** What a figure counts: keys shared by the claims of the events file and named in Arabic by the timeline. */
export const FIGURE_KINDS = [
  'killed', 'wounded', 'fighters', 'air-strikes', 'strikes', 'executed', 'surrendered', 'captured', 'hostages',
  'displaced', 'civilians', 'soldiers', 'families', 'allies',
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** How the text qualifies a number; the same values as a claim's `bound` in the event schema. */
export type Bound = 'exact' | 'more-than' | 'at-least' | 'about' | 'at-most';

/** One figure found in a text. */
export interface FigureMention {
  /** What is counted. */
  label: FigureKind;
  /** The number; for a range, its lower end. */
  value: number;
  /** The upper end of a range. */
  max?: number;
  bound: Bound;
  /** The unit of the count: people, or strikes. */
  unit: 'people' | 'strikes';
  /** The words the figure came from, as written: «أكثر من 700 مقاتل». */
  text: string;
  /** UTF-16 offsets of `text` in the input. */
  start: number;
  end: number;
}

/** What the finder may know besides the text. */
export interface FigureContext {
  /** The text before it in its paragraph, where «عددهم», «قدّروه» may find what they count. */
  before?: string;
  /** Spans of the text that are something else (dates found by src/lib/dates): no number in them counts. */
  exclude?: readonly (readonly [number, number])[];
}

type Token = KeyToken;

/** Counted nouns after a number, by what they count (normalized keys, with the accusative and plural forms). */
const NOUNS: ReadonlyMap<string, FigureKind> = new Map([
  ...(['قتيل', 'قتيلا', 'قتلي'] as const).map((w) => [w, 'killed'] as const),
  ...(['جريح', 'جريحا', 'جرحي', 'مصاب', 'مصابا', 'مصابين'] as const).map((w) => [w, 'wounded'] as const),
  ...(['مقاتل', 'مقاتلا', 'مقاتلين', 'مقاتلي', 'عنصر', 'عنصرا', 'عناصر', 'مسلح', 'مسلحا', 'مسلحين', 'مسلحي', 'جهادي', 'جهاديا', 'جهاديين', 'متشدد', 'متشددا', 'متشددين', 'ارهابي', 'ارهابيا', 'ارهابيين'] as const).map((w) => [w, 'fighters'] as const),
  ...(['غاره', 'غارات', 'ضربه', 'ضربات'] as const).map((w) => [w, 'strikes'] as const),
  ...(['رهينه', 'رهاءن'] as const).map((w) => [w, 'hostages'] as const),
  ...(['اسير', 'اسيرا', 'اسري', 'معتقل', 'معتقلا', 'معتقلين'] as const).map((w) => [w, 'captured'] as const),
  ...(['نازح', 'نازحا', 'نازحين', 'مهجر', 'مهجرا'] as const).map((w) => [w, 'displaced'] as const),
  ...(['مدني', 'مدنيا', 'مدنيين'] as const).map((w) => [w, 'civilians'] as const),
  ...(['جندي', 'جنديا', 'جنود'] as const).map((w) => [w, 'soldiers'] as const),
  ...(['عاءله', 'عاءلات', 'اسره'] as const).map((w) => [w, 'families'] as const),
  ...(['حليف', 'حليفا', 'حلفاء', 'حلفاءه', 'حلفاءها'] as const).map((w) => [w, 'allies'] as const),
]);

/** People counted without saying what happened to them: «15 شخصا», «700 فرد», «21 قبطيا», «17 آخرون». */
const PEOPLE: ReadonlyMap<string, true> = new Map(
  ['شخص', 'شخصا', 'اشخاص', 'فرد', 'فردا', 'افراد', 'اخرين', 'اخرون', 'منهم', 'امراه', 'نساء', 'طفل', 'طفلا', 'اطفال', 'رجل', 'رجلا', 'رجال'].map((w) => [w, true]),
);

/** Nouns and verbs of the act just before a number: «مقتل 15», «وأصيب 17», «إعدام 21», «خسر 20». */
const ACT_BEFORE: ReadonlyMap<string, FigureKind> = new Map([
  ...(['مقتل', 'قتل', 'قتلت', 'خسر', 'خسرت', 'خساره', 'جثث', 'جثه', 'سقوط', 'مصرع'] as const).map((w) => [w, 'killed'] as const),
  ...(['اصابه', 'اصيب', 'اصيبت', 'جرح', 'جرحت'] as const).map((w) => [w, 'wounded'] as const),
  ...(['اعدام', 'اعدم', 'اعدمت'] as const).map((w) => [w, 'executed'] as const),
  ...(['اعتقال', 'اعتقل', 'اعتقلت', 'اسر', 'اسرت'] as const).map((w) => [w, 'captured'] as const),
  ...(['اختطاف', 'خطف', 'اختطف'] as const).map((w) => [w, 'hostages'] as const),
  ...(['استسلام', 'استسلم'] as const).map((w) => [w, 'surrendered'] as const),
  ...(['نزوح', 'تهجير', 'فرار'] as const).map((w) => [w, 'displaced'] as const),
  ...(['شن', 'شنت', 'نفذ', 'نفذت'] as const).map((w) => [w, 'strikes'] as const),
]);

/** Verbs of the act a few words before the number, with their subject between: «قتلت القوات 20 مسلحا». */
const ACT_VERBS: ReadonlyMap<string, FigureKind> = new Map([
  ...(['قتل', 'قتلت'] as const).map((w) => [w, 'killed'] as const),
  ...(['جرح', 'جرحت', 'اصاب', 'اصابت'] as const).map((w) => [w, 'wounded'] as const),
  ...(['اعدم', 'اعدمت'] as const).map((w) => [w, 'executed'] as const),
  ...(['اعتقل', 'اعتقلت', 'اسر', 'اسرت'] as const).map((w) => [w, 'captured'] as const),
  ...(['خطف', 'اختطف', 'خطفت', 'اختطفت'] as const).map((w) => [w, 'hostages'] as const),
]);
/** How many words may stand between such a verb and the number. */
const VERB_REACH = 3;

/** Verbs of the act later in the clause: «ثلاثة من قوات مصراتة قتلوا», «34 … استسلموا». */
const ACT_AFTER: ReadonlyMap<string, FigureKind> = new Map([
  ...(['قتلوا', 'قتل', 'قتلن', 'لقوا', 'لقي', 'سقطوا', 'قضوا'] as const).map((w) => [w, 'killed'] as const),
  ...(['اصيبوا', 'اصيب', 'جرحوا'] as const).map((w) => [w, 'wounded'] as const),
  ...(['استسلموا', 'استسلم'] as const).map((w) => [w, 'surrendered'] as const),
  ...(['اعدموا'] as const).map((w) => [w, 'executed'] as const),
  ...(['اعتقلوا', 'اسروا'] as const).map((w) => [w, 'captured'] as const),
  ...(['نزحوا', 'فروا', 'هجروا'] as const).map((w) => [w, 'displaced'] as const),
]);

/** Words that qualify the number just before it, longest first: «ما لا يقل عن» before «لا يقل عن». */
const BOUNDS_BEFORE: readonly { words: string[]; bound: Bound }[] = [
  { words: ['ما', 'لا', 'يقل', 'عن'], bound: 'at-least' },
  { words: ['لا', 'يقل', 'عن'], bound: 'at-least' },
  { words: ['ما', 'لا', 'يتجاوز'], bound: 'at-most' },
  { words: ['لا', 'يتجاوز'], bound: 'at-most' },
  { words: ['لا', 'يزيد', 'عن'], bound: 'at-most' },
  { words: ['لا', 'يزيد', 'علي'], bound: 'at-most' },
  { words: ['ما', 'يزيد', 'عن'], bound: 'more-than' },
  { words: ['ما', 'يزيد', 'علي'], bound: 'more-than' },
  { words: ['يزيد', 'عن'], bound: 'more-than' },
  { words: ['يزيد', 'علي'], bound: 'more-than' },
  { words: ['اكثر', 'من'], bound: 'more-than' },
  { words: ['ازيد', 'من'], bound: 'more-than' },
  { words: ['اقل', 'من'], bound: 'at-most' },
  { words: ['ما', 'يقارب'], bound: 'about' },
  { words: ['يقارب'], bound: 'about' },
  { words: ['حوالي'], bound: 'about' },
  { words: ['نحو'], bound: 'about' },
  { words: ['قرابه'], bound: 'about' },
  { words: ['زهاء'], bound: 'about' },
];

/** Qualifiers after the counted noun: «15 شخصا على الأقل», «80 ألفا تقريبا». */
const BOUNDS_AFTER: readonly { words: string[]; bound: Bound }[] = [
  { words: ['علي', 'الاقل'], bound: 'at-least' },
  { words: ['تقريبا'], bound: 'about' },
];

/** Where a clause ends: a later verb of the act belongs to another clause. */
const CLAUSE_END = new Set(['.', '،', ',', '؛', ';', ':', '!', '?', '؟', '(', ')']);
/** How far after a number a verb of the act may come in its clause. */
const ACT_WINDOW = 14;
/** Words of a count: «عدد», «عددهم», «يقدر», «قدروه», «يتراوح». */
const COUNT_WORDS = /^(?:[وف]?(?:عدد|عددهم|عدده|عددها|تعداد))$/;
/** Prefixes of a word that may carry the noun of a count: «و», «ف», «ب», «ل», «ال», «وال», «بال», «لل». */
const NOUN_PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'ال', 'وال', 'بال', 'لل'] as const;

/** A digit or the start of a number word, in any spelling: a quick test before the real reading. */
const MAY_COUNT = /[0-9\u0660-\u0669\u06F0-\u06F9]|(?:^|[^\p{L}])[وفبلك]{0,2}(?:ال)?(?:واحد|[اأإ]حد|[اإ]ثن|ثلاث|[اأ]ربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|مائ|[أاآ]لف|[اآ]لاف|مليون|ملايين|مليار)/u;

/** A word with one of the proclitics و ف ب ل taken off when the rest is in `map`. */
function lookup<T>(map: ReadonlyMap<string, T>, word: string | undefined, prefixes: readonly string[] = ['', 'و', 'ف']): T | undefined {
  if (word === undefined) return undefined;
  for (const p of prefixes) {
    if (word.startsWith(p) && word.length > p.length + 1) {
      const v = map.get(word.slice(p.length));
      if (v !== undefined) return v;
    }
  }
  return undefined;
}

/** The kind a noun names once its prefixes («ال», «و», «ب») are taken off, if any. */
function nounKind(word: string | undefined): FigureKind | undefined {
  return lookup(NOUNS, word, NOUN_PREFIXES);
}

/** The kind «عدد …» counts in a token list: the noun right after «عدد» («عدد عناصر التنظيم» → fighters). */
function countedByNumberWord(tokens: readonly Token[]): FigureKind | undefined {
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.kind === 'word' && COUNT_WORDS.test(t.text)) {
      const kind = nounKind(tokens[i + 1]?.kind === 'word' ? tokens[i + 1]!.text : undefined);
      if (kind) return kind;
    }
  }
  return undefined;
}

/**
 * Every figure of `text`, in text order. `context.before` is the text before it in its paragraph, where
 * «عددهم», «قدّروه» may find what they count.
 */
export function findFigures(text: string, context: FigureContext = {}): FigureMention[] {
  // Most sentences state no number: skip the reading when no digit and no number word is there.
  if (!MAY_COUNT.test(text)) return [];
  const { key, start, end } = normalizeArabicWithOffsets(text);
  const T = tokenizeKey(key);
  const out: FigureMention[] = [];
  const word = (i: number): string | undefined => (T[i]?.kind === 'word' ? T[i]!.text : undefined);
  const isEnd = (i: number): boolean => T[i] === undefined || (T[i]!.kind === 'punct' && CLAUSE_END.has(T[i]!.text));
  // «عدد …» in the sentence, else in the paragraph before it: read once, only if a bare number needs it.
  let counted: FigureKind | undefined | null = null;
  const countedHere = (): FigureKind | undefined => {
    if (counted === null) {
      const hasCountWord = T.some((t) => t.kind === 'word' && (COUNT_WORDS.test(t.text) || /^[وف]?(?:يقدر|تقدر|قدر|قدروه|قدرته|قدرت|يتراوح|تتراوح)$/.test(t.text)));
      counted = hasCountWord ? (countedByNumberWord(T) ?? (context.before ? countedByNumberWord(tokenizeKey(normalizeArabicWithOffsets(context.before).key).slice(-60)) : undefined)) : undefined;
    }
    return counted;
  };

  const excluded = (k: number): boolean => (context.exclude ?? []).some(([a, b]) => start[T[k]!.from]! >= a && start[T[k]!.from]! < b);

  /** The number at token i, widened to a range («بين X و Y», «ما بين X إلى Y», «X - Y») or to its qualifier before it. */
  function span(n: NumberAt): { first: number; last: number; value: number; max?: number; bound: Bound; from: number } {
    const first = n.first;
    const between = word(first - 1) === 'بين' || word(first - 1) === 'وبين';
    const fromWord = word(first - 1) === 'من' && !['اكثر', 'ازيد', 'اقل'].includes(word(first - 2) ?? '');
    let k = n.last + 1;
    let joined = false;
    if ((between || fromWord) && (word(k) === 'الي' || word(k) === 'حتي')) (k += 1), (joined = true);
    else if (between && word(k) === 'و') (k += 1), (joined = true);
    else if (T[k]?.kind === 'punct' && (T[k]!.text === '-' || T[k]!.text === '–')) (k += 1), (joined = true);
    // «وسبعة آلاف»: the conjunction is a proclitic of the second end.
    const second = joined || (between && word(k)?.startsWith('و')) ? numberAt(T, k) : null;
    if (second) {
      // «بين أربعة إلى ستة آلاف»: the first end takes the second's multiplier when it lacks one.
      const mult = multiplierOf(T[second.last]);
      const lo = mult && n.value < mult && n.value * mult <= second.value ? n.value * mult : n.value;
      if (second.value > lo) {
        const opener = between && word(first - 2) === 'ما' ? first - 2 : between || fromWord ? first - 1 : first;
        return { first, last: second.last, value: lo, max: second.value, bound: 'exact', from: opener === first ? T[first]!.from + n.skip : T[opener]!.from };
      }
    }
    for (const b of BOUNDS_BEFORE) {
      const at = first - b.words.length;
      if (at >= 0 && b.words.every((w, j) => word(at + j) === w || (j === 0 && word(at + j) === `و${w}`))) return { first: at, last: n.last, value: n.value, bound: b.bound, from: T[at]!.from };
    }
    return { first, last: n.last, value: n.value, bound: 'exact', from: T[first]!.from + n.skip };
  }

  /** The act before the number: its noun right before («مقتل 15»), or its verb a few words before («قتلت القوات 20»). */
  function actBefore(first: number): { kind: FigureKind; at: number } | null {
    const right = lookup(ACT_BEFORE, word(first - 1));
    if (right) return { kind: right, at: first - 1 };
    for (let j = first - 2; j >= Math.max(0, first - 1 - VERB_REACH) && !isEnd(j + 1); j -= 1) {
      const verb = lookup(ACT_VERBS, word(j));
      if (verb) return { kind: verb, at: j };
    }
    return null;
  }

  /** A verb of the act later in the clause («ثلاثة من قوات مصراتة قتلوا»), unless another number comes first. */
  function actAfter(last: number): { kind: FigureKind; at: number } | null {
    for (let j = last + 1; j <= last + ACT_WINDOW && !isEnd(j); j += 1) {
      if (j > last + 1 && numberAt(T, j)) return null;
      const kind = lookup(ACT_AFTER, word(j));
      if (kind) return { kind, at: j };
    }
    return null;
  }

  for (let i = 0; i < T.length; i += 1) {
    const n = numberAt(T, i);
    if (!n || excluded(i)) continue;
    // A year («عام 2011», «في 2014») counts nothing, unless a counted noun follows it («2130 جريحا»).
    const yearLike = T[i]!.kind === 'num' && /^\d{4}$/.test(T[i]!.text) && n.value >= 1800 && n.value <= 2100 && n.last === i;
    const { first, last, value, max, bound: qualified, from } = span(n);
    let textFrom = from;

    // What is counted: the noun right after (or after «من»), then the act around it.
    const nounAt = word(last + 1) === 'من' ? last + 2 : last + 1;
    let kind = nounKind(word(nounAt));
    const people = kind === undefined && lookup(PEOPLE, word(nounAt), NOUN_PREFIXES) === true;
    let textTo = kind !== undefined || people ? T[nounAt]!.to : T[last]!.to;
    // «ضربة جوية», «غارات جوية»: strikes from the air.
    if (kind === 'strikes' && /^(?:جويه|الجويه)$/.test(word(nounAt + 1) ?? '')) (kind = 'air-strikes'), (textTo = T[nounAt + 1]!.to);
    if (kind === 'strikes' && /^غار/.test(word(nounAt) ?? '')) kind = 'air-strikes';

    let label: FigureKind | undefined = kind;
    const before = actBefore(first);
    const strikes = kind === 'strikes' || kind === 'air-strikes';
    if (before && (before.kind !== 'strikes' || strikes)) {
      // Killed, wounded, surrendered … win over who they were; strikes stay strikes.
      if (!strikes) label = before.kind;
      textFrom = T[before.at]!.from;
    } else if (!yearLike && (kind === undefined || kind === 'fighters' || kind === 'soldiers' || kind === 'civilians' || people)) {
      const after = actAfter(last);
      if (after) (label = after.kind), (textTo = T[after.at]!.to);
    }
    if (label === undefined && !people && !yearLike) label = countedHere();
    if (label === undefined) {
      i = n.last;
      continue;
    }
    let bound = qualified;
    const afterNoun = kind !== undefined || people ? nounAt + 1 : last + 1;
    const trailing = BOUNDS_AFTER.find((b) => b.words.every((w, j) => word(afterNoun + j) === w));
    if (trailing) {
      if (bound === 'exact') bound = trailing.bound;
      textTo = T[afterNoun + trailing.words.length - 1]!.to;
    }
    const s = start[textFrom]!;
    const e = end[textTo - 1]!;
    out.push({ label, value, ...(max === undefined ? {} : { max }), bound, unit: label === 'strikes' || label === 'air-strikes' ? 'strikes' : 'people', text: text.slice(s, e), start: s, end: e });
    i = Math.max(last, nounAt - 1);
  }
  return out;
}
