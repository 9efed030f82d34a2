/**
 * The longest paragraph an article body may have, and how a longer line becomes paragraphs: at sentence
 * ends (sentences.ts), in pieces of about equal length. A raw text that is one line of four megabytes
 * made a page that never finished loading; the ingest splits such lines, and the check refuses a body
 * paragraph longer than this.
 */
import { splitSentences } from './sentences.ts';

/**
 * Characters in one paragraph, at most: twice the longest paragraph of the archive's articles and of the
 * ingest's evaluation pages (about 2,000), so no real paragraph comes near it.
 */
export const MAX_PARAGRAPH = 5000;

/** The index at or before `at` where `text` can be cut without splitting a character or parting a mark from its letter. */
function safeCut(text: string, at: number): number {
  let i = at;
  while (i > 1 && (/[\udc00-\udfff]/.test(text[i]!) || /\p{M}/u.test(text[i]!))) i--;
  return i;
}

/** `unit` in pieces of at most `max`: at spaces when it has them, else wherever a character ends. */
function cutLong(unit: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = unit;
  while (rest.length > max) {
    const space = rest.lastIndexOf(' ', max);
    const at = space > max / 2 ? space : safeCut(rest, max);
    pieces.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  return rest ? [...pieces, rest] : pieces;
}

/**
 * One line of text as paragraphs of at most `max` characters, cut at sentence ends: as many as its length
 * needs and about as long as each other. A sentence longer than `max` is cut at a space (a text with no
 * sentence punctuation), and a word longer than `max` anywhere a character ends. A line that fits is
 * returned as it is.
 */
export function splitParagraph(line: string, max = MAX_PARAGRAPH): string[] {
  if (line.length <= max) return [line];
  const units = splitSentences(line).flatMap((s) => (s.length > max ? cutLong(s, max) : [s]));
  const target = Math.ceil(line.length / Math.ceil(line.length / max));
  const paragraphs: string[] = [];
  let current = '';
  for (const unit of units) {
    const longer = current ? `${current} ${unit}` : unit;
    // Past the target, the paragraph ends where it comes closer to it: before this sentence or after it.
    if (current && (longer.length > max || (longer.length > target && longer.length - target > target - current.length))) {
      paragraphs.push(current);
      current = unit;
    } else current = longer;
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}
