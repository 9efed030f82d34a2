/**
 * Article bodies are text: the ingest escapes every character Markdown, MDX or HTML would read, so markup
 * in a body was typed by hand — reported on its line with how to write the same words as text. And no
 * paragraph is longer than a page can show (src/lib/paragraphs.ts). Files without frontmatter are the
 * articles step's to report.
 */
import { CHARACTERS, countWords } from '../../lib/count-words.ts';
import { splitFrontmatter } from '../../lib/frontmatter.ts';
import { findMarkup, MARKUP_FIXES, type MarkupFinding } from '../../lib/markup.ts';
import { unescapeMdx } from '../../lib/mdx-text.ts';
import { MAX_PARAGRAPH } from '../../lib/paragraphs.ts';
import type { Problem } from '../problem.ts';
import type { TextFile } from '../read.ts';

/** A number in the English half of a message: «4,000,000». */
const english = (n: number) => n.toLocaleString('en');

/** One problem per line with markup: the first piece on it, and how many more. */
function markupProblems(file: string, found: readonly MarkupFinding[], firstLine: number): Problem[] {
  const byLine = Map.groupBy(found, (f) => f.line);
  return [...byLine.values()].map(([first, ...more]) => {
    const { what, fix } = MARKUP_FIXES[first!.kind];
    const others = more.length === 0 ? '' : ` (and ${english(more.length)} more on this line)`;
    return {
      file,
      line: firstLine + first!.line - 1,
      path: 'body',
      code: 'markup',
      arg: first!.text,
      message: `${what} in the text, «${first!.text}» at column ${first!.column}${others} — ${fix}`,
    };
  });
}

/** The paragraphs of a body (blocks between blank lines) as readers see them, with their first line. */
function paragraphs(lines: readonly string[]): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let start = -1;
  lines.forEach((l, i) => {
    const blank = l.trim() === '';
    if (!blank && start === -1) start = i;
    if ((blank || i === lines.length - 1) && start !== -1) {
      out.push({ line: start + 1, text: unescapeMdx(lines.slice(start, blank ? i : i + 1).join(' ')) });
      start = -1;
    }
  });
  return out;
}

/** Every body's markup and over-long paragraphs, at their lines in the file. */
export function checkBodies(files: readonly TextFile[]): Problem[] {
  return files.flatMap(({ file, text }) => {
    const parts = splitFrontmatter(text);
    if (!parts) return [];
    // The body's first line in the file: after every line of the frontmatter block.
    const firstLine = text.slice(0, text.length - parts.body.length).split('\n').length;
    const long = paragraphs(parts.body.split(/\r\n?|\n/))
      .filter((p) => p.text.length > MAX_PARAGRAPH)
      .map(
        (p): Problem => ({
          file,
          line: firstLine + p.line - 1,
          path: 'body',
          code: 'long-paragraph',
          arg: countWords(p.text.length, CHARACTERS),
          message: `a paragraph of ${english(p.text.length)} characters, longer than the ${english(MAX_PARAGRAPH)} a page can show as one — break it at sentence ends into paragraphs with a blank line between them (npm run ingest splits a long line of a raw text this way)`,
        }),
      );
    return [...markupProblems(file, findMarkup(parts.body), firstLine), ...long];
  });
}
