/**
 * Evidence about one line of a page, the same on any site: how long it is, how much of it is the glue
 * of Arabic sentences, how it ends, how much of it is Latin, digits, symbols or code, and how often
 * the page repeats it. No rule here knows a site; the decisions are in ./classify.ts.
 */
import { matchKey, normalizeArabic } from '../../lib/arabic.ts';
import { FUNCTION_WORDS } from './function-words.ts';

export interface Evidence {
  /** Words: runs of letters or digits. */
  words: number;
  /** Share of the words that are Arabic function words (a clitic و/ف/ب/ل before one counts too). */
  functionShare: number;
  /** The line ends as a sentence does: . ! ؟ ? … or one of these before a closing quote or bracket. */
  sentenceEnd: boolean;
  /** Commas, semicolons and full stops inside the line: the punctuation of prose. */
  innerPunctuation: number;
  /** Share of the words that are not Arabic: Latin, or any other script. */
  latinShare: number;
  /** Share of the visible characters that are digits. */
  digitShare: number;
  /** Share of the visible characters that are neither letters, digits nor ordinary punctuation. */
  symbolShare: number;
  /** The line reads as program code or markup (`{`, `;`, `=`, `//`, `<!--`, `function(`) more than as Arabic prose. */
  code: boolean;
  /** How many other lines of the page have the same text (menus and headlines repeat). */
  repeats: number;
}

const FUNCTION_SET: ReadonlySet<string> = new Set(FUNCTION_WORDS);
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const SENTENCE_END = /[.!؟?…](\s*[»"”’')\]]+)?$/;
// Not the comma of a date written the English way («November 9, 2020»), which ends many a teaser.
const INNER_PUNCTUATION = /(?<!\d)[،,؛;.](?=\s)|(?<=\d)[،؛;.](?=\s)|(?<=\d),(?=\s(?!\d))/g;
const CODE = /(^|\s)(\/\/|<!--|-->|\/\*|\*\/)|[{};]\s*$|^\s*[{}]|\bfunction\s*\(|=>|\bvar\s+\w+\s*=|\w+\s*=\s*["'\d[{]|document\.|window\.|googletag|<\/?[a-z][a-z0-9]*[\s>/]/i;

/** True when a word (already folded by normalizeArabic) is a function word, alone or behind a clitic. */
export function isFunctionWord(key: string): boolean {
  if (FUNCTION_SET.has(key)) return true;
  return /^[وفبل]/.test(key) && key.length > 2 && FUNCTION_SET.has(key.slice(1));
}

/** The words of a line, as written. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The evidence of one line, out of context except for `repeats`, which the caller counts. */
export function evidenceOf(text: string, repeats = 0): Evidence {
  const words = wordsOf(text);
  // One fold for the line: it never moves a word boundary.
  const keys = wordsOf(normalizeArabic(text));
  const functionCount = keys.filter(isFunctionWord).length;
  const lettered = words.filter((w) => /\p{L}/u.test(w));
  const foreign = lettered.filter((w) => !/\p{sc=Arabic}/u.test(w)).length;
  const visible = text.replace(/\s/g, '').length;
  const digits = text.match(/[\p{Nd}]/gu)?.length ?? 0;
  const symbols = text.match(/[^\p{L}\p{M}\p{Nd}\s.,،؛;:!?؟«»"'“”‘’()\-–—…/]/gu)?.length ?? 0;
  return {
    words: words.length,
    functionShare: words.length === 0 ? 0 : functionCount / words.length,
    sentenceEnd: SENTENCE_END.test(text.trim()),
    innerPunctuation: text.match(INNER_PUNCTUATION)?.length ?? 0,
    latinShare: lettered.length === 0 ? 0 : foreign / lettered.length,
    digitShare: visible === 0 ? 0 : digits / visible,
    symbolShare: visible === 0 ? 0 : symbols / visible,
    // An Arabic sentence may quote code («احتوت على <script>…»): it is still a sentence.
    code: CODE.test(text) && (lettered.length === 0 || foreign / lettered.length > 0.5 || functionCount === 0),
    repeats,
  };
}

/** For each line, how many other lines have the same text once spelling and spacing are folded. */
export function repeatCounts(texts: readonly string[]): number[] {
  const keys = texts.map((t) => matchKey(t));
  const counts = new Map<string, number>();
  for (const k of keys) if (k !== '') counts.set(k, (counts.get(k) ?? 0) + 1);
  return keys.map((k) => (k === '' ? 0 : (counts.get(k) ?? 1) - 1));
}
