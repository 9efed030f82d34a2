/**
 * Cardinal numbers as Arabic news writes them: digits (Western or Arabic-Indic, with thousands
 * separators), number words («ثلاثة», «واحد وعشرين», «ثلاثمائة»), multipliers («خمسة آلاف», «80 ألفا»,
 * «الألف»), and a proclitic on the first word («بثلاثة», «وستة»). Words are read as normalizeArabic keys.
 * Ordinals («الثالث»), vague quantities («العشرات», «مئات») and duals of nouns («قائدين») are not numbers.
 */

/** Units 1–10 in their masculine, feminine and construct forms, as normalized keys. */
const UNITS = new Map<string, number>([
  ['واحد', 1], ['واحده', 1], ['احد', 1], ['اثنان', 2], ['اثنين', 2], ['اثنتان', 2], ['اثنتين', 2], ['اثنا', 2], ['اثني', 2],
  ['ثلاث', 3], ['ثلاثه', 3], ['اربع', 4], ['اربعه', 4], ['خمس', 5], ['خمسه', 5], ['ست', 6], ['سته', 6],
  ['سبع', 7], ['سبعه', 7], ['ثمان', 8], ['ثماني', 8], ['ثمانيه', 8], ['تسع', 9], ['تسعه', 9], ['عشر', 10], ['عشره', 10],
]);

/** Tens 20–90, nominative and oblique. */
const TENS = new Map<string, number>([
  ['عشرون', 20], ['عشرين', 20], ['ثلاثون', 30], ['ثلاثين', 30], ['اربعون', 40], ['اربعين', 40], ['خمسون', 50], ['خمسين', 50],
  ['ستون', 60], ['ستين', 60], ['سبعون', 70], ['سبعين', 70], ['ثمانون', 80], ['ثمانين', 80], ['تسعون', 90], ['تسعين', 90],
]);

/** «مئة», «مائة» and their duals, after hamza folding (ئ → ء). */
const HUNDRED = new Set(['مءه', 'ماءه']);
const TWO_HUNDRED = new Set(['مءتان', 'مءتين', 'ماءتان', 'ماءتين']);
/** Prefixes of the one-word hundreds «ثلاثمائة» … «تسعمئة». */
const HUNDREDS_PREFIX = new Map<string, number>([
  ['ثلاث', 3], ['اربع', 4], ['خمس', 5], ['ست', 6], ['سبع', 7], ['ثمان', 8], ['ثماني', 8], ['تسع', 9],
]);

/** Multipliers: the singular (also accusative, and after a number of 11 or more), dual and plural. */
const MULTIPLIERS = new Map<string, { value: number; count: 'one' | 'two' | 'many' }>([
  ['الف', { value: 1e3, count: 'one' }], ['الفا', { value: 1e3, count: 'one' }], ['الالف', { value: 1e3, count: 'one' }],
  ['الفان', { value: 1e3, count: 'two' }], ['الفين', { value: 1e3, count: 'two' }], ['الاف', { value: 1e3, count: 'many' }],
  ['مليون', { value: 1e6, count: 'one' }], ['مليونا', { value: 1e6, count: 'one' }], ['مليونان', { value: 1e6, count: 'two' }],
  ['مليونين', { value: 1e6, count: 'two' }], ['ملايين', { value: 1e6, count: 'many' }],
  ['مليار', { value: 1e9, count: 'one' }], ['مليارا', { value: 1e9, count: 'one' }], ['مليارات', { value: 1e9, count: 'many' }],
]);

/** Letters a number word may carry in front: and, then, with/by, for, like. */
const PROCLITICS = ['', 'و', 'ب', 'ل', 'ف', 'ك', 'وب', 'ول', 'فب'] as const;

/** A number read from words `first`…`last` (inclusive) of a list of normalized tokens. */
export interface NumberAt {
  value: number;
  first: number;
  last: number;
  /** Letters of the first token that are a proclitic, not part of the number («ب» of «بثلاثة»). */
  skip: number;
}

/** What the reader needs of a token: its normalized text and whether it is a number, a word or punctuation. */
export interface NumberToken {
  kind: 'word' | 'num' | 'punct';
  text: string;
}

/** Digits with optional thousands separators («2,130», «2.130», «٢٬١٣٠») or a decimal part («2.5»). */
function digitsValue(text: string): number | null {
  if (/^\d{1,3}(?:[,٬.]\d{3})+$/.test(text)) return Number(text.replace(/[,٬.]/g, ''));
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\d+[.,٫]\d+$/.test(text)) return Number(text.replace(/[,٫]/, '.'));
  return null;
}

/** The value of one number word without its proclitic: a unit, a ten, or a hundred. */
function wordValue(word: string): { value: number; kind: 'unit' | 'ten' | 'hundred' } | null {
  const unit = UNITS.get(word);
  if (unit !== undefined) return { value: unit, kind: 'unit' };
  const ten = TENS.get(word);
  if (ten !== undefined) return { value: ten, kind: 'ten' };
  if (HUNDRED.has(word)) return { value: 100, kind: 'hundred' };
  if (TWO_HUNDRED.has(word)) return { value: 200, kind: 'hundred' };
  for (const h of HUNDRED) {
    if (word.endsWith(h) && word.length > h.length) {
      const n = HUNDREDS_PREFIX.get(word.slice(0, -h.length));
      if (n !== undefined) return { value: n * 100, kind: 'hundred' };
    }
  }
  return null;
}

/** Splits a proclitic off a word when what remains is in `known`; the bare word is tried first. */
function withProclitic<T>(word: string, known: (w: string) => T | null | undefined, clitics: readonly string[] = PROCLITICS): { found: T; skip: number } | null {
  for (const c of clitics) {
    if (!word.startsWith(c) || word.length - c.length < 2) continue;
    const found = known(word.slice(c.length));
    if (found !== null && found !== undefined) return { found, skip: c.length };
  }
  return null;
}

/**
 * The number that starts at token `i`, or null. Reads «ثلاثمائة وخمسة وعشرون», «أحد عشر», «خمسة آلاف»,
 * «80 ألفا», «ألفين», «الألف»; a multiplier takes the count before it and a remainder after «و».
 */
export function numberAt(tokens: readonly NumberToken[], i: number): NumberAt | null {
  const t = tokens[i];
  if (!t || t.kind === 'punct') return null;
  let skip = 0;
  let value: number;
  let last = i;

  const word = (k: number): string | undefined => (tokens[k]?.kind === 'word' ? tokens[k]?.text : undefined);

  if (t.kind === 'num') {
    const v = digitsValue(t.text);
    if (v === null) return null;
    value = v;
  } else {
    const alone = withProclitic(t.text, (w) => MULTIPLIERS.get(w));
    if (alone && alone.found.count !== 'many') {
      // «ألف», «ألفين», «مليون», «الألف» on their own.
      return { value: alone.found.value * (alone.found.count === 'two' ? 2 : 1), first: i, last: i, skip: alone.skip };
    }
    const first = withProclitic(t.text, wordValue);
    if (!first) return null;
    skip = first.skip;
    value = first.found.value;
    let kind = first.found.kind;
    // «أحد عشر», «اثنا عشر», «ثلاثة عشر»: a unit then «عشر(ة)».
    if (kind === 'unit' && value < 10 && (word(i + 1) === 'عشر' || word(i + 1) === 'عشره')) {
      value += 10;
      last = i + 1;
      kind = 'ten';
    }
    // «وخمسة وعشرون» after a hundred, «وعشرين» after a unit: each further part comes after «و».
    for (;;) {
      const next = word(last + 1);
      if (!next?.startsWith('و')) break;
      const part = wordValue(next.slice(1));
      if (!part) break;
      const below = value % 100; // the units and tens read so far
      const fits =
        (kind === 'hundred' && part.kind !== 'hundred') ||
        (kind === 'unit' && part.kind === 'ten' && below < 10) ||
        (kind === 'ten' && part.kind === 'unit' && below % 10 === 0);
      if (!fits) break;
      value += part.value;
      kind = part.kind;
      last += 1;
    }
  }

  // A multiplier after the count: «خمسة آلاف», «80 ألفا», «ثلاثة ملايين».
  const mult = word(last + 1) === undefined ? null : MULTIPLIERS.get(word(last + 1)!);
  if (mult && mult.count !== 'two' && value < 1000) {
    value *= mult.value;
    last += 1;
    // «ثلاثة آلاف وخمسمائة»: a remainder below the multiplier.
    const next = word(last + 1);
    if (next?.startsWith('و')) {
      const rest = numberAt([{ kind: 'word', text: next.slice(1) }, ...tokens.slice(last + 2)], 0);
      if (rest && rest.value < mult.value) {
        value += rest.value;
        last += 1 + rest.last;
      }
    }
  }
  return { value, first: i, last, skip };
}

/** The multiplier word at token `i` («آلاف», «ألف», «مليون»), for a range whose first end lacks it: «بين أربعة إلى ستة آلاف». */
export function multiplierOf(token: NumberToken | undefined): number | null {
  if (token?.kind !== 'word') return null;
  return MULTIPLIERS.get(token.text)?.value ?? null;
}
