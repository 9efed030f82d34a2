/**
 * The token cursor the date grammar reads: a text cut into words, numbers and punctuation on its
 * normalizeArabic key (hamza, ta marbuta, harakat and Arabic-Indic digits folded), read by index, with
 * the way back from any run of tokens to the characters of the original text.
 */
import { normalizeArabicWithOffsets } from '../../arabic.ts';
import { tokenizeKey, type KeyToken } from '../../key-tokens.ts';
import { CONJ } from './words.ts';

/** One token of the normalized key. */
export type Token = KeyToken;

/** Words, numbers and single punctuation marks of a normalized key, in order. */
export function tokenize(key: string): Token[] {
  // Numbers keep their inner separators so «5,1», «0012022773659» and «5/12/2016» stay one token each.
  return tokenizeKey(key, '.,٫٬/-–');
}

/** A run of the original text: the words as written and their UTF-16 offsets. */
export interface Cut {
  text: string;
  start: number;
  end: number;
}

/** The tokens of one text, read by index; an index past either end reads as nothing. */
export class TokenCursor {
  /** The original text. */
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly #start: number[];
  readonly #end: number[];

  constructor(text: string) {
    const { key, start, end } = normalizeArabicWithOffsets(text);
    this.text = text;
    this.tokens = tokenize(key);
    this.#start = start;
    this.#end = end;
  }

  get length(): number {
    return this.tokens.length;
  }

  /** The word at token i, or undefined when it is a number, a mark or past the end. */
  word(i: number): string | undefined {
    const t = this.tokens[i];
    return t?.kind === 'word' ? t.text : undefined;
  }

  /** The punctuation mark at token i, or undefined. */
  punct(i: number): string | undefined {
    const t = this.tokens[i];
    return t?.kind === 'punct' ? t.text : undefined;
  }

  /** True when token i touches the token before it, with no space between: «ب2014», «2016م». */
  adjacent(i: number): boolean {
    const before = this.tokens[i - 1];
    return before !== undefined && before.to === this.tokens[i]?.from;
  }

  /** True when token i is one of `words`, exactly. */
  exactly(i: number, ...words: string[]): boolean {
    return words.includes(this.word(i) ?? '');
  }

  /** The clitic length when token i is a word of `set` behind one of `clitics` («وفي» → 1), else -1. */
  stemIn(i: number, set: ReadonlySet<string> | ReadonlyMap<string, unknown>, clitics: readonly string[] = CONJ): number {
    const w = this.word(i);
    if (w === undefined) return -1;
    for (const c of clitics) {
      if (w.startsWith(c) && w.length > c.length && set.has(w.slice(c.length))) return c.length;
    }
    return -1;
  }

  /** The original text of the key range [a, b). */
  original(a: number, b: number): string {
    return this.text.slice(this.#start[a], this.#end[b - 1]);
  }

  /** The original text of tokens first … last, without the first `skip` letters (a clitic such as the «و» of «وكانون»). */
  cut(first: number, skip: number, last: number): Cut {
    const start = this.#start[(this.tokens[first] as Token).from + skip] as number;
    const end = this.#end[(this.tokens[last] as Token).to - 1] as number;
    return { text: this.text.slice(start, end), start, end };
  }
}
