/**
 * The one analysis of Arabic text for search, applied identically to what is indexed and to what is
 * asked: white-space chunks, words, light stems with and without proclitics, and group names. The index
 * gets one word per chunk of the original text, so Pagefind's word positions point back at the
 * original words and excerpts can be shown as written.
 */
import { nameAt, type Lexicon } from './lexicon.ts';
import { FILLER, joinKeys } from './tokens.ts';
import { chunksOf, wordsOf } from './words.ts';

/** The index text of a text: one index word per chunk, every key of the chunk joined («ldaecu-daecu»). */
export function indexText(text: string, lexicon: Lexicon): string {
  const chunkCount = chunksOf(text).length;
  const words = wordsOf(text);
  const keys: string[][] = Array.from({ length: chunkCount }, () => []);
  words.forEach((word) => {
    const bucket = keys[word.chunk]!;
    for (const key of word.keys) if (!bucket.includes(key)) bucket.push(key);
  });
  words.forEach((_, i) => {
    // Every chunk of a name gets the group's key, so the whole name is highlighted in excerpts.
    const name = nameAt(words, i, lexicon);
    if (!name) return;
    for (let j = i; j < i + name.length; j++) {
      const covered = keys[words[j]!.chunk]!;
      for (const group of name.groups) if (!covered.includes(group)) covered.push(group);
    }
  });
  return keys.map((k) => (k.length ? joinKeys(k) : FILLER)).join(' ');
}

/** One term of a query: the words it stands for and the keys any of which may match. */
export interface QueryTerm {
  keys: string[];
}

/** The terms of a query: a name of a group becomes one term of its group keys; other words their stems. */
export function queryTerms(query: string, lexicon: Lexicon): QueryTerm[] {
  const words = wordsOf(query);
  const terms: QueryTerm[] = [];
  for (let i = 0; i < words.length; ) {
    const name = nameAt(words, i, lexicon);
    if (name) {
      terms.push({ keys: name.groups });
      i += name.length;
    } else {
      terms.push({ keys: words[i]!.keys });
      i += 1;
    }
  }
  return terms;
}

// Each alternative is a separate Pagefind search; past this many, later alternatives are dropped.
const MAX_SEARCHES = 16;

/** The Pagefind searches whose union answers the query: every word must match one of its keys. */
export function querySearches(terms: readonly QueryTerm[]): string[] {
  let searches: string[][] = [[]];
  for (const term of terms) {
    const next: string[][] = [];
    for (const prefix of searches) for (const key of term.keys) if (next.length < MAX_SEARCHES) next.push([...prefix, key]);
    searches = next;
  }
  return searches.filter((s) => s.length > 0).map((s) => s.join(' '));
}
