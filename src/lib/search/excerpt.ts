/**
 * Excerpts in the original spelling. The index holds one word per white-space chunk of the original
 * text, so the positions Pagefind reports are chunk numbers: the excerpt is cut from the original
 * chunks and the matched ones are marked, whatever form the reader typed.
 */
import { chunksOf } from './words.ts';

/** A piece of an excerpt: text, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** An excerpt: its parts, and whether text was cut before or after it. */
export interface Excerpt {
  parts: ExcerptPart[];
  cutStart: boolean;
  cutEnd: boolean;
}

/** The window of `size` chunks holding the most matched positions (the earliest such window). */
export function bestWindow(positions: readonly number[], chunkCount: number, size: number): number {
  if (chunkCount <= size || positions.length === 0) return 0;
  const sorted = [...new Set(positions)].filter((p) => p >= 0 && p < chunkCount).sort((a, b) => a - b);
  let bestStart = 0;
  let bestCount = -1;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (j < sorted.length && sorted[j]! < sorted[i]! + size) j++;
    if (j - i > bestCount) {
      bestCount = j - i;
      bestStart = sorted[i]!;
    }
  }
  // Some words of context before the first match, as long as the window stays inside the text.
  return Math.max(0, Math.min(bestStart - Math.floor(size / 5), chunkCount - size));
}

// Spaces and punctuation at the edges of a marked run («(تنظيم الدولة،») are not part of the match.
const EDGE = /^([^\p{L}\p{N}]*)([\s\S]*?)([^\p{L}\p{N}]*)$/u;

/** Moves the punctuation and spaces at the edges of marked parts into the unmarked text around them. */
function unmarkEdges(parts: readonly ExcerptPart[]): ExcerptPart[] {
  const out: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = out.at(-1);
    if (last && last.mark === mark) last.text += text;
    else out.push({ text, mark });
  };
  for (const part of parts) {
    if (!part.mark) push(part.text, false);
    else {
      const [, before = '', core = '', after = ''] = EDGE.exec(part.text) ?? [];
      push(before, false);
      push(core, true);
      push(after, false);
    }
  }
  return out;
}

/** The excerpt of `text` around the matched chunk positions, `size` chunks long, consecutive parts merged. */
export function excerpt(text: string, positions: readonly number[], size = 30): Excerpt {
  const chunks = chunksOf(text);
  const start = bestWindow(positions, chunks.length, size);
  const end = Math.min(chunks.length, start + size);
  const marked = new Set(positions);
  const parts: ExcerptPart[] = [];
  for (let i = start; i < end; i++) {
    const mark = marked.has(i);
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += ` ${chunks[i]}`;
    else parts.push({ text: last ? ` ${chunks[i]}` : chunks[i]!, mark });
  }
  return { parts: unmarkEdges(parts), cutStart: start > 0, cutEnd: end < chunks.length };
}
