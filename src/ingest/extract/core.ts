/**
 * The article's core: the densest run of good lines. Good lines close to one another (few lines of
 * anything else between them) form a cluster; the cluster with the most words of good text is the core.
 * Boxes inside an article (a caption, a related-stories list) are shorter than the gap allowed. Text
 * after the page's copyright, or after the comments or related heading that end a first article, counts
 * for a quarter: teasers of other articles and comment policies can be long too.
 */
import type { LineClass } from './classify.ts';

export interface Span {
  /** Index (in the line array) of the core's first line. */
  start: number;
  /** Index of its last line. */
  end: number;
}

/** Non-blank lines of other classes allowed between two good lines of one cluster. */
export const MAX_GAP = 9;
/** How much a cluster counts that starts after the page's copyright, or after the end of a first article. */
const BEYOND_WEIGHT = 0.25;
/** Words of prose that make a cluster an article, whose end (comments, related heading) ends the page's text. */
const SUBSTANTIAL = 100;

/**
 * The span of the core, or null when the page has no good line. `weight[i]` is the words of line i,
 * `cls[i]` its class (null for a blank line), `footer` the index of the page's copyright line, if any,
 * `ends[i]` true for a line after which the page is no longer the article.
 */
export function findCore(cls: readonly (LineClass | null)[], weight: readonly number[], footer = Infinity, ends: readonly boolean[] = []): Span | null {
  let best: (Span & { score: number; weight: number }) | null = null;
  let current: (Span & { score: number; weight: number }) | null = null;
  let gap = 0;
  // Past the copyright, or past a related-articles heading that follows an article, text counts less.
  let beyond = false;
  for (let i = 0; i < cls.length; i += 1) {
    if (i > footer) beyond = true;
    const c = cls[i];
    if (c === null || c === undefined) continue;
    // The comments or a related-articles heading: what follows is never the same article.
    if (ends[i]) {
      if (best && best.score >= SUBSTANTIAL) beyond = true;
      current = null;
      continue;
    }
    if (c !== 'good') {
      gap += 1;
      continue;
    }
    if (!current || gap > MAX_GAP) current = { start: i, end: i, score: 0, weight: beyond ? BEYOND_WEIGHT : 1 };
    current.end = i;
    current.score += (weight[i] ?? 0) * current.weight;
    gap = 0;
    if (!best || current.score > best.score) best = current;
  }
  return best ? { start: best.start, end: best.end } : null;
}
