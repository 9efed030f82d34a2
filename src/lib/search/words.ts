/**
 * The words of a text as search sees them. A text is cut into chunks at white space — the positions
 * Pagefind counts — and each chunk into words: runs of Arabic letters, or of Latin letters and digits
 * («سرت/مصراتة» is one chunk of two words). Every word carries its search keys.
 */
import { normalizeArabic } from '../arabic.ts';
import { boundedMemo } from '../memo.ts';
import { foldLatin } from '../slug.ts';
import { stemVariants } from './stem.ts';
import { arabicKey, latinKey } from './tokens.ts';

/** One word of a text. */
export interface SearchWord {
  /** Index of the white-space chunk the word is in: its position in the index. */
  chunk: number;
  /** Its keys: the first is the word's own, the others what it may stand for without its proclitics. */
  keys: string[];
}

const WORD = /([\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]+)|([\p{Script=Latin}\d]+)/gu;

/** The chunks of a text: what lies between runs of white space (a BOM counts as white space). */
export function chunksOf(text: string): string[] {
  return text.split(/[\s\uFEFF]+/u).filter((c) => c.length > 0);
}

/** The keys of each word of a chunk, computed once per distinct chunk: a text repeats most of its words. */
const chunkKeys = boundedMemo((chunk: string): string[][] => {
  const keys: string[][] = [];
  for (const match of normalizeArabic(chunk).matchAll(WORD)) {
    keys.push(match[1] ? stemVariants(match[1]).map(arabicKey) : [latinKey(foldLatin(match[2]!))]);
  }
  return keys;
});

/** The words of one chunk, with their keys. */
export function wordsOfChunk(chunk: string, index: number): SearchWord[] {
  return chunkKeys(chunk).map((keys) => ({ chunk: index, keys: [...keys] }));
}

/** The words of a text, chunk by chunk. */
export function wordsOf(text: string): SearchWord[] {
  return chunksOf(text).flatMap((chunk, i) => wordsOfChunk(chunk, i));
}
