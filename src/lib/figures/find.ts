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
import { multiplierOf, numberAt, type NumberToken } from './numbers.ts';

/** What a figure counts: keys shared by the claims of content/events.yaml and named in Arabic by the timeline. */
export const FIGURE_KINDS = [
  'killed', 'wounded', 'fighters', 'air-strikes', 'strikes', 'executed', 'surrendered', 'captured', 'hostages',
  'displaced', 'civilians', 'soldiers', 'families', 'allies',
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** How the text qualifies a number; the same values as a claim's `bound` in src/schemas/event.ts. */
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

interface Token extends NumberToken {
  from: number;
  to: number;
}

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

function tokenize(key: string): Token[] {
  const re = /\p{L}+|\d+(?:[.,٫٬]\d+)*|[^\s\p{L}\d]/gu;
  return [...key.matchAll(re)].map((m) => ({
    kind: /^\d/.test(m[0]) ? 'num' : /^\p{L}/u.test(m[0]) ? 'word' : 'punct',
    text: m[0],
    from: m.index,
    to: m.index + m[0].length,
  }));
}

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
  const T = tokenize(key);
  const out: FigureMention[] = [];
  const word = (i: number): string | undefined => (T[i]?.kind === 'word' ? T[i]!.text : undefined);
  const isEnd = (i: number): boolean => T[i] === undefined || (T[i]!.kind === 'punct' && CLAUSE_END.has(T[i]!.text));
  // «عدد …» in the sentence, else in the paragraph before it: read once, only if a bare number needs it.
  let counted: FigureKind | undefined | null = null;
  const countedHere = (): FigureKind | undefined => {
    if (counted === null) {
      const hasCountWord = T.some((t) => t.kind === 'word' && (COUNT_WORDS.test(t.text) || /^[وف]?(?:يقدر|تقدر|قدر|قدروه|قدرته|قدرت|يتراوح|تتراوح)$/.test(t.text)));
      counted = hasCountWord ? (countedByNumberWord(T) ?? (context.before ? countedByNumberWord(tokenize(normalizeArabicWithOffsets(context.before).key).slice(-60)) : undefined)) : undefined;
    }
    return counted;
  };

  const excluded = (k: number): boolean => (context.exclude ?? []).some(([a, b]) => start[T[k]!.from]! >= a && start[T[k]!.from]! < b);
  for (let i = 0; i < T.length; i += 1) {
    const n = numberAt(T, i);
    if (!n || excluded(i)) continue;
    // A year («عام 2011», «في 2014») counts nothing, unless a counted noun follows it («2130 جريحا»).
    const yearLike = T[i]!.kind === 'num' && /^\d{4}$/.test(T[i]!.text) && n.value >= 1800 && n.value <= 2100 && n.last === i;
    let first = n.first;
    let value = n.value;
    let max: number | undefined;
    let last = n.last;
    let bound: Bound = 'exact';
    let textFrom = T[first]!.from + n.skip;

    // A range: «بين X و Y», «ما بين X إلى Y», «من X إلى Y», «X - Y».
    const between = word(first - 1) === 'بين' || word(first - 1) === 'وبين';
    const from = word(first - 1) === 'من' && !(word(first - 2) === 'اكثر' || word(first - 2) === 'ازيد' || word(first - 2) === 'اقل');
    let k = last + 1;
    let joined = false;
    if ((between || from) && (word(k) === 'الي' || word(k) === 'حتي')) (k += 1), (joined = true);
    else if (between && word(k) === 'و') (k += 1), (joined = true);
    else if (T[k]?.kind === 'punct' && (T[k]!.text === '-' || T[k]!.text === '–')) (k += 1), (joined = true);
    let second = joined ? numberAt(T, k) : null;
    // «وسبعة آلاف»: the conjunction is a proclitic of the second end.
    if (!second && between && word(k)?.startsWith('و')) second = numberAt(T, k);
    if (second) {
      let lo = value;
      // «بين أربعة إلى ستة آلاف»: the first end takes the second's multiplier when it lacks one.
      const mult = multiplierOf(T[second.last]);
      if (mult && lo < mult && lo * mult <= second.value) lo *= mult;
      if (second.value > lo) {
        value = lo;
        max = second.value;
        last = second.last;
      }
      if (between || from) textFrom = T[first - 1]!.from;
      if (word(first - 2) === 'ما' && between) textFrom = T[first - 2]!.from;
    }
    if (max === undefined) {
      // Qualifiers before the number (not for a range, whose words are «بين … و …»).
      for (const b of BOUNDS_BEFORE) {
        const at = first - b.words.length;
        if (at >= 0 && b.words.every((w, j) => word(at + j) === w || (j === 0 && word(at + j) === `و${w}`))) {
          bound = b.bound;
          textFrom = T[at]!.from;
          first = at;
          break;
        }
      }
    }

    // What is counted: the noun right after (or after «من»), then the act around it.
    let kind: FigureKind | undefined;
    let people = false;
    let nounAt = last + 1;
    if (word(nounAt) === 'من') nounAt += 1;
    kind = nounKind(word(nounAt));
    if (kind === undefined && lookup(PEOPLE, word(nounAt), NOUN_PREFIXES)) people = true;
    let textTo = kind !== undefined || people ? T[nounAt]!.to : T[last]!.to;
    // «ضربة جوية», «غارات جوية»: strikes from the air.
    if (kind === 'strikes' && /^(?:جويه|الجويه)$/.test(word(nounAt + 1) ?? '')) {
      kind = 'air-strikes';
      textTo = T[nounAt + 1]!.to;
    }
    if (kind === 'strikes' && /^غار/.test(word(nounAt) ?? '')) kind = 'air-strikes';

    // The act right before the number («مقتل 15»), or its verb a few words before in the clause («قتلت القوات 20 مسلحا»).
    let beforeAt = first - 1;
    let before = lookup(ACT_BEFORE, word(beforeAt));
    for (let j = first - 2; before === undefined && j >= first - 1 - VERB_REACH && !isEnd(j + 1) && j >= 0; j -= 1) {
      const verb = lookup(ACT_VERBS, word(j));
      if (verb) (before = verb), (beforeAt = j);
    }
    let act: FigureKind | undefined;
    let actAt = -1;
    if (before && (before !== 'strikes' || kind === 'strikes' || kind === 'air-strikes')) {
      act = before === 'strikes' ? kind : before;
      textFrom = T[beforeAt]!.from;
    } else if (!yearLike && (kind === undefined || kind === 'fighters' || kind === 'soldiers' || kind === 'civilians' || people)) {
      // A verb of the act later in the clause, unless another number comes first.
      for (let j = last + 1; j <= last + ACT_WINDOW && !isEnd(j); j += 1) {
        if (j > last + 1 && numberAt(T, j)) break;
        const a = lookup(ACT_AFTER, word(j));
        if (a) {
          act = a;
          actAt = j;
          break;
        }
      }
    }
    // Killed, wounded, surrendered … win over who they were; strikes stay strikes.
    let label: FigureKind | undefined = act && kind !== 'strikes' && kind !== 'air-strikes' ? act : kind;
    if (actAt >= 0 && label === act) textTo = T[actAt]!.to;
    if (label === undefined && !people && !yearLike) label = countedHere();
    if (label === undefined) {
      i = n.last;
      continue;
    }
    const after = kind !== undefined || people ? nounAt + 1 : last + 1;
    for (const b of BOUNDS_AFTER) {
      const at = after;
      if (b.words.every((w, j) => word(at + j) === w)) {
        if (bound === 'exact') bound = b.bound;
        textTo = T[at + b.words.length - 1]!.to;
        break;
      }
    }
    const s = start[textFrom]!;
    const e = end[textTo - 1]!;
    out.push({
      label,
      value,
      ...(max === undefined ? {} : { max }),
      bound,
      unit: label === 'strikes' || label === 'air-strikes' ? 'strikes' : 'people',
      text: text.slice(s, e),
      start: s,
      end: e,
    });
    i = Math.max(last, nounAt - 1);
  }
  return out;
}
