/**
 * The author of a text page: a byline above the article («بقلم …», «كتبت …», «حوار: …», «Author, …»),
 * a name alone between the headline and the article, or a signature right after it. A reader's comment
 * comes after the comments heading and is never taken; neither is a name the article itself speaks of.
 */
import { foldWhitespace, matchKey } from '../../lib/arabic.ts';
import type { Extraction } from '../extract/decide.ts';
import { bylineName, CITY_TAIL, looksLikeBareName } from './names.ts';

export interface AuthorFound {
  index: number;
  name: string;
  kind: 'byline' | 'signature';
}

/** How far before the article a byline may stand, in non-blank lines. */
const REACH = 12;

/** The author, with the line that names them, or null. `skip` holds lines already taken (the title, at `titleIndex`). */
export function findAuthor(x: Extraction, skip: ReadonlySet<number>, titleIndex: number | null = null): AuthorFound | null {
  if (!x.core) return null;
  const body = matchKey(x.verdicts.filter((v) => v.keep).map((v) => v.line.text).join(' '));
  const mentioned = (name: string) => body.includes(matchKey(name));
  // A byline: above the article, or its first line.
  let seen = 0;
  for (let i = x.core.start; i >= 0 && seen <= REACH; i -= 1) {
    const v = x.verdicts[i]!;
    if (!v.cls || skip.has(i)) continue;
    seen += 1;
    const name = v.evidence.words <= 12 ? bylineName(v.line.text) : null;
    if (name) return { index: i, name, kind: 'byline' };
  }
  // A name alone between the headline and the article (without a headline, just above the article).
  const top = Math.max(titleIndex ?? x.core.start - 4, -1);
  for (let i = x.core.start - 1; i > top; i -= 1) {
    const v = x.verdicts[i]!;
    if (!v.cls || skip.has(i) || v.pattern === 'timestamp') continue;
    // «محمد الهادي – طرابلس»: a correspondent's name and the city they file from.
    const text = foldWhitespace(v.line.text).replace(CITY_TAIL, '');
    if (looksLikeBareName(text) && v.evidence.repeats === 0 && !mentioned(text)) return { index: i, name: text, kind: 'byline' };
    if (titleIndex === null) break;
  }
  return findSignature(x);
}

/** A signature: the first line after the article, a name alone, not one the article speaks of. */
export function findSignature(x: Extraction): AuthorFound | null {
  if (!x.core) return null;
  const body = matchKey(x.verdicts.filter((v) => v.keep).map((v) => v.line.text).join(' '));
  for (let i = x.core.end + 1; i < x.verdicts.length; i += 1) {
    const v = x.verdicts[i]!;
    if (!v.cls) continue;
    const text = foldWhitespace(v.line.text);
    if (looksLikeBareName(text) && v.evidence.repeats === 0 && !body.includes(matchKey(text))) return { index: i, name: text, kind: 'signature' };
    break;
  }
  return null;
}
