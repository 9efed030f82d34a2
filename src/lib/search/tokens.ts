/**
 * Search keys as the index stores them: every key is ASCII, so Pagefind's own Arabic stemmer never
 * re-stems what `stem.ts` produced, and every key ends with a letter that marks its kind, so Pagefind's
 * prefix matching cannot reach from one word into another («مصر» never matches «مصراته»).
 *   Arabic stem   letters of ARABIC (five rare letters as «p» + a letter) + «u»
 *   Latin/number  «u» + the lowercased word + «u»   (no Arabic key starts with «u»)
 *   group         «pp» + the group's id + «u»       (a place or an alias of an organisation)
 *   every page    «pu»                               (no other key starts with it)
 */

// «u» ends an Arabic key and «p» opens an escape, so neither is a letter here.
const ARABIC: Record<string, string> = {
  'ا': 'a', 'ب': 'b', 'ت': 't', 'ج': 'j', 'ح': 'h', 'خ': 'x', 'د': 'd', 'ر': 'r', 'ز': 'z', 'س': 's',
  'ش': 'c', 'ط': 'i', 'ع': 'e', 'غ': 'g', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n',
  'ه': 'o', 'و': 'w', 'ي': 'y', 'ء': 'v', 'ث': 'pt', 'ذ': 'pd', 'ص': 'ps', 'ض': 'pz', 'ظ': 'pi',
};

/** The key of a normalized Arabic stem: «سرت» → «srtu». Letters outside the table keep their code point. */
export function arabicKey(stem: string): string {
  let key = '';
  for (const ch of stem) key += ARABIC[ch] ?? `p${ch.codePointAt(0)}p`;
  return `${key}u`;
}

/** The key of a Latin word or a number: «Sirte» → «usirteu», «2016» → «u2016u». */
export function latinKey(word: string): string {
  return `u${word.toLowerCase()}u`;
}

/** The key of a group (a place or an alias group): «bani-walid» → «ppbaniwalidu». */
export function groupKey(id: string): string {
  return `pp${id.toLowerCase().replace(/[^a-z0-9]/g, '')}u`;
}

/** The one index word of several keys at the same position: Pagefind indexes each part of «a-b». */
export function joinKeys(keys: readonly string[]): string {
  return keys.join('-');
}

/** A word with no letter or digit («—», «»») still takes its place, so positions stay aligned. */
export const FILLER = 'v';

/**
 * A key every indexed page carries once, so that browsing by filters alone is a search for it: Pagefind
 * answers a search without words by loading every index chunk (6 MB at 1,000 articles), this key one.
 */
export const EVERY_PAGE = 'pu';
