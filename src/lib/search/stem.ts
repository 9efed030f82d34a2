/**
 * A light stemmer for search keys, after Larkey, Ballesteros and Connell's «light10» (2002/2007), the
 * standard light stemmer of Arabic retrieval: it removes the article, «و», and inflection suffixes, and
 * never guesses roots, so broken plurals stay apart and few unrelated words collide. Input is a word
 * already normalized by `normalizeArabic` (ة→ه, ى→ي, hamza seats folded), without punctuation.
 */

/** Definite articles with their attached conjunctions and prepositions, longest first. */
const ARTICLES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'] as const;
/** Inflection suffixes, tried once each in this order (light10's order; ة is already ه). */
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'] as const;
/** One-letter proclitics: and, then, with/in, for/to, like. */
const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

// A stem shorter than this is too ambiguous to keep stripping: «رقه» (Raqqa) must not become «رق».
const MIN_SUFFIX_STEM = 3;

/** The light10 stem of a normalized Arabic word: «المسلحين» → «مسلح», «مصراته» → «مصرات», «سرت» → «سرت». */
export function lightStem(word: string): string {
  let w = word;
  if (w.length > 3 && w.startsWith('و')) w = w.slice(1);
  for (const article of ARTICLES) {
    if (w.startsWith(article) && w.length - article.length >= 2) {
      w = w.slice(article.length);
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= MIN_SUFFIX_STEM) w = w.slice(0, -suffix.length);
  }
  return w;
}

/**
 * Every stem a word may stand for: its light stem, and the stems left when one or two one-letter
 * proclitics are taken off («لداعش» → «داعش», «وبسرت» → «سرت»), which light10 leaves alone because
 * «ب» or «ل» may begin the word itself («ليبيا»). The first stem is the word's own.
 */
export function stemVariants(word: string): string[] {
  const stems = [lightStem(word)];
  let rest = word;
  for (let taken = 0; taken < 2 && rest.length >= 4 && PROCLITICS.has(rest[0]!); taken++) {
    rest = rest.slice(1);
    const stem = lightStem(rest);
    if (!stems.includes(stem)) stems.push(stem);
  }
  return stems;
}
