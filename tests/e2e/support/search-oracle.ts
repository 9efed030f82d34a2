/**
 * What a search must return, computed from the articles' text without the search code: each query
 * word is expanded into the forms Arabic writes it in (proclitics, the article, inflection suffixes)
 * and looked for among the text's normalized words; a name of a place or an alias group counts as any
 * of the group's names. Only src/lib/arabic.ts is shared: it is the archive's definition of spelling.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { normalizeArabic } from '../../../src/lib/arabic.ts';
import { readArticleFile } from '../../../src/lib/frontmatter.ts';
import { mdxToPlainText } from '../../../src/lib/mdx-text.ts';

const PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك', 'فك'];
const ARTICLE_FORMS = ['', 'ال'];
const SUFFIXES = ['', 'ه', 'ات', 'ون', 'ين', 'ان', 'ي', 'يه', 'يين', 'ها', 'هم', 'يون'];

/** A text's words, normalized, punctuation removed. */
function words(text: string): string[] {
  return normalizeArabic(text).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The bare forms a query word may stand for: itself, and itself without one reading of its prefixes. */
function cores(word: string): string[] {
  const out = new Set([word]);
  for (const p of PREFIXES) {
    for (const a of ARTICLE_FORMS) {
      const prefix = p + a;
      if (prefix && word.startsWith(prefix) && word.length - prefix.length >= 3) out.add(word.slice(prefix.length));
    }
  }
  if (word.startsWith('لل') && word.length >= 5) out.add(word.slice(2));
  // A word ending in ه/ي/ون… may be the bare form plus a suffix, as a reader types «مسلحين» for «مسلح».
  for (const core of [...out]) for (const s of SUFFIXES) if (s && core.endsWith(s) && core.length - s.length >= 3) out.add(core.slice(0, -s.length));
  return [...out];
}

/** True when the text word is one of the forms of the query word. */
export function sameWord(textWord: string, queryWord: string): boolean {
  if (/^[\p{Script=Latin}\d]+$/u.test(queryWord)) return textWord === queryWord;
  return cores(queryWord).some((core) =>
    PREFIXES.some((p) =>
      ARTICLE_FORMS.some((a) => {
        const start = p === 'ل' && a === 'ال' ? 'لل' : p + a;
        return textWord.startsWith(start + core) && SUFFIXES.includes(textWord.slice(start.length + core.length));
      }),
    ),
  );
}

/** True when the words contain the phrase's words in a row. */
function hasPhrase(text: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= text.length; i++) if (phrase.every((w, j) => sameWord(text[i + j]!, w))) return true;
  return false;
}

/** An article as the oracle reads it. */
export interface OracleArticle {
  slug: string;
  words: string[];
}

/** Every article of content/: its title and its text, as words. */
export function oracleArticles(dir = 'content/articles'): OracleArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const { data, body } = readArticleFile(f, readFileSync(join(dir, f), 'utf8'));
      return { slug: String(data.slug), words: words(`${String(data.title)}\n${mdxToPlainText(body)}`) };
    });
}

/** Groups of names: gazetteer places (Arabic and Latin names) and content/aliases.yaml. */
export function oracleGroups(): string[][][] {
  const places = parse(readFileSync('content/places.yaml', 'utf8')) as { name: string; variants?: string[]; latin: string; latinVariants?: string[] }[];
  const aliases = parse(readFileSync('content/aliases.yaml', 'utf8')) as { names: string[] }[];
  return [
    ...places.map((p) => [p.name, ...(p.variants ?? []), p.latin, ...(p.latinVariants ?? [])]),
    ...aliases.map((a) => a.names),
  ].map((names) => names.map(words));
}

/** The slugs of the articles a query must find: every word (or group name) of the query is in the article. */
export function expectedArticles(query: string, articles: readonly OracleArticle[], groups: readonly string[][][]): string[] {
  const q = words(query);
  const parts: ((a: OracleArticle) => boolean)[] = [];
  for (let i = 0; i < q.length; ) {
    // The longest group name the query spells out, word for word, at this point.
    let best: { length: number; names: string[][] } | null = null;
    for (const names of groups) {
      for (const name of names) {
        if (name.length > (best?.length ?? 0) && name.every((w, j) => q[i + j] !== undefined && sameWord(q[i + j]!, w))) best = { length: name.length, names };
      }
    }
    if (best) {
      const names = best.names;
      parts.push((a) => names.some((n) => hasPhrase(a.words, n)));
      i += best.length;
    } else {
      const word = q[i]!;
      parts.push((a) => a.words.some((w) => sameWord(w, word)));
      i += 1;
    }
  }
  return articles.filter((a) => parts.length > 0 && parts.every((p) => p(a))).map((a) => a.slug).sort();
}
