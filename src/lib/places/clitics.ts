/**
 * Arabic prefixes that attach to a place name without changing it: «وبنغازي», «لدرنة», «فطرابلس»,
 * «وللبيضاء». All functions take and return normalizeArabic keys.
 */

/** Conjunctions (و ف) optionally followed by a preposition (ب ل ك), longest first; «» is the bare word. */
export const CLITICS = ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك', ''] as const;

/** A word cut into a prefix and the stem the gazetteer is looked up with. */
export interface CliticSplit {
  /** The prefix as written (normalized): «», «و», «ول»… */
  clitic: string;
  /** The rest, with the «ا» of «ال» restored after «ل» («للبيضاء» → «البيضاء»). */
  stem: string;
}

/** Shortest stem worth looking up: «و» + «ب» must not leave a one-letter «name». */
const MIN_STEM = 2;

/** Calls `visit` with every way to read the word as prefix + stem, the bare word first; allocates no array. */
export function eachCliticSplit(word: string, visit: (clitic: string, stem: string) => void): void {
  visit('', word);
  for (const clitic of CLITICS) {
    if (clitic === '' || word.length - clitic.length < MIN_STEM || !word.startsWith(clitic)) continue;
    const rest = word.slice(clitic.length);
    visit(clitic, rest);
    // «ل» + «ال» is written «لل»: «للبيضاء» is «ل» + «البيضاء».
    if (clitic.endsWith('ل') && rest.startsWith('ل')) visit(clitic, `ا${rest}`);
  }
}

/** Every way to read the word as prefix + stem, the bare word first: «وللبيضاء» → «البيضاء» after «ول». */
export function cliticSplits(word: string): CliticSplit[] {
  const splits: CliticSplit[] = [];
  eachCliticSplit(word, (clitic, stem) => splits.push({ clitic, stem }));
  return splits;
}

/** Particles spelt with a leading «ال» that are not the article: إلى، إلا، التي، الذي… */
const NOT_ARTICLE = new Set(['الي', 'الا', 'التي', 'الذي', 'الذين', 'اللذين', 'اللذان', 'اللتين', 'اللتان', 'اللاتي', 'اللواتي', 'اللي']);

/**
 * What a word list in a trap is compared with: the word with and without «ال», and — when `stripPrefixes`
 * — every stem under its prefixes too («ومدينة» → «مدينة»). A word after a name keeps its prefix: «والمرتدين»
 * coordinates, it does not complement, so a list of following words spells such words out.
 */
export function wordForms(word: string, stripPrefixes = true): Set<string> {
  const forms = new Set<string>();
  const stems = stripPrefixes ? cliticSplits(word).map((s) => s.stem) : [word];
  for (const stem of stems) {
    forms.add(stem);
    if (stem.startsWith('ال') && stem.length - 2 >= MIN_STEM) forms.add(stem.slice(2));
  }
  return forms;
}

/** True when the word carries the article: «الرايات», «والسنوات», «بالأسلحة», «للدول»; not «إلى», «التي». */
export function isDefinite(word: string): boolean {
  return cliticSplits(word).some(
    ({ stem }) => stem.startsWith('ال') && stem.length >= 4 && !NOT_ARTICLE.has(stem),
  );
}
