/**
 * Arabic text normalization: the one place where the archive decides which spellings are "the same".
 * Used by ingest, the place tagger, the date parser, quote checks and search.
 * Display text is never normalized: these functions build matching keys only.
 */

/** Harakat, Quranic marks, superscript alef; tatweel is handled with them. */
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const TATWEEL = /\u0640/g;
const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/;
const ARABIC_LETTERS_GLOBAL = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/g;
/** Zero-width joiners, marks and bidi controls that scraped text carries invisibly. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** True when the text contains at least one Arabic letter. */
export function hasArabic(text: string): boolean {
  return ARABIC_LETTER.test(text);
}

/** How many Arabic letters the text contains. */
export function countArabicLetters(text: string): number {
  return text.match(ARABIC_LETTERS_GLOBAL)?.length ?? 0;
}

/** Removes harakat and tatweel: «مُحَمَّـــد» → «محمد». */
export function stripMarks(text: string): string {
  return text.replace(MARKS, '').replace(TATWEEL, '');
}

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits to Western digits: «١٢ ماي ٢٠١٦» → «12 ماي 2016». */
export function toLatinDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/**
 * Folds one word or a whole text to its matching key:
 * presentation forms → base letters, no harakat or tatweel, Western digits,
 * alef forms (أ إ آ ٱ) → ا, hamza seats (ؤ ئ and a trailing يء) → ء, ى → ي, ة → ه, Persian ک/ی → ك/ي.
 * Word boundaries never move: spaces and punctuation are kept as they are.
 */
export function normalizeArabic(text: string): string {
  return toLatinDigits(stripMarks(text.normalize('NFKC')).replace(INVISIBLE, ''))
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ي(?=ء)/g, '')
    .replace(/[ؤئ]/g, 'ء')
    .replace(/ى/g, 'ي')
    .replace(/ی/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/ة/g, 'ه');
}

/** Collapses every run of white space to one space and trims the ends. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Key for comparing a quote with an article: normalized letters, folded white space. */
export function matchKey(text: string): string {
  return foldWhitespace(normalizeArabic(text));
}

/** True when `needle` occurs in `haystack` once both are reduced to their matching keys. */
export function containsNormalized(haystack: string, needle: string): boolean {
  const key = matchKey(needle);
  return key.length > 0 && matchKey(haystack).includes(key);
}

/** A matching key with, for each of its UTF-16 units, the span of the original text it came from. */
export interface KeyWithOffsets {
  /** The same string `normalizeArabic(text)` returns (for real text; see the function's note). */
  key: string;
  /** `start[k]`: offset in the original text of the character that produced `key[k]`. */
  start: number[];
  /** `end[k]`: offset just after that original character, its harakat included. */
  end: number[];
}

/**
 * normalizeArabic with an offset map, so a match found on the key can be cut from the original text:
 * the text is folded one base character (with its combining marks) at a time, then the «يء» rule runs.
 * Only a composition across two base characters could make `key` differ from normalizeArabic(text).
 */
export function normalizeArabicWithOffsets(text: string): KeyWithOffsets {
  const key: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  // A cluster is a base character and the combining marks after it, folded together so NFKC composes alike.
  const clusters = /[^\p{M}][\p{M}]*|[\p{M}]+/gu;
  const memo = new Map<string, string>(); // a text repeats few distinct clusters
  for (const m of text.matchAll(clusters)) {
    const from = m.index;
    const to = from + m[0].length;
    let folded = memo.get(m[0]);
    if (folded === undefined) {
      folded = normalizeArabic(m[0]);
      memo.set(m[0], folded);
    }
    for (let k = 0; k < folded.length; k += 1) {
      key.push(folded[k] as string);
      start.push(from);
      end.push(to);
    }
  }
  // «شواطيء» → «شواطء»: the one rule of normalizeArabic that looks at the next character; it sees the
  // letters as written (after NFKC), so «بيئة» keeps its ي and «ىء» is not touched.
  const written = (k: number): string => text.slice(start[k], end[k]).normalize('NFKC');
  const dropped = new Set<number>();
  for (let k = key.indexOf('ي'); k >= 0; k = key.indexOf('ي', k + 1)) {
    if (key[k + 1] === 'ء' && written(k).startsWith('ي') && written(k + 1).startsWith('ء')) dropped.add(k);
  }
  if (dropped.size > 0) {
    const keep = (_: unknown, k: number): boolean => !dropped.has(k);
    return { key: key.filter(keep).join(''), start: start.filter(keep), end: end.filter(keep) };
  }
  return { key: key.join(''), start, end };
}
