/**
 * Pagefind's fragment files (pagefind/fragment/*.pf_fragment): what a result loads to show itself. The
 * index is built from key words (analyze.ts), so the fragment Pagefind writes holds keys; the build puts
 * the original text in their place, which has the same words at the same positions, so that a result
 * carries the text readers see and nothing else.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { chunksOf } from './words.ts';

/** Pagefind 1.x writes a fragment as gzip of this signature followed by the page's JSON. */
const SIGNATURE = 'pagefind_dcd';

/** The part of a fragment the build reads and changes; every other field but `filters` is kept as it is (withText). */
export interface PagefindFragment {
  /** The page's URL, as it was given to the index. */
  url: string;
  /** The page's words, which result locations count into. */
  content: string;
  [field: string]: unknown;
}

/** The fragment in a file's bytes; a file in another format is an error naming what was expected. */
export function readFragment(bytes: Buffer, name: string): PagefindFragment {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith(SIGNATURE)) {
    throw new Error(`${name}: not a Pagefind 1.x fragment (no «${SIGNATURE}» signature) — check the pinned pagefind version in package.json`);
  }
  const fragment = JSON.parse(text.slice(SIGNATURE.length)) as PagefindFragment;
  if (typeof fragment.url !== 'string' || typeof fragment.content !== 'string') {
    throw new Error(`${name}: Pagefind fragment without url or content — check the pinned pagefind version in package.json`);
  }
  return fragment;
}

/** A fragment's bytes, in the format Pagefind reads. */
export function writeFragment(fragment: PagefindFragment): Buffer {
  return gzipSync(SIGNATURE + JSON.stringify(fragment), { level: 9 });
}

/**
 * The fragment with `text` in place of its key words; a text with another number of words would misplace
 * every highlight. Its filter values are left out: the page counts filters from the filter index, never
 * from a result, and five results' values were half a kilobyte of a first search.
 */
export function withText(fragment: PagefindFragment, text: string): PagefindFragment {
  const words = (s: string) => chunksOf(s).length;
  if (words(text) !== words(fragment.content)) {
    throw new Error(`search index: ${fragment.url}: the text has ${words(text)} words, its index ${words(fragment.content)}`);
  }
  const { filters: _unread, ...kept } = fragment;
  return { ...kept, content: text };
}
