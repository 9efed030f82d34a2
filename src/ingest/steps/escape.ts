/**
 * Step 7 — literal text in MDX: everything MDX, JSX, HTML or Markdown would interpret is escaped, so an
 * article quoting `<script>` or `{alert(1)}` shows those characters and runs nothing.
 */
import type { Block } from './structure.ts';

/** Characters that would open JSX, an expression or an HTML entity: written as character references. */
const REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '{': '&#123;', '}': '&#125;' };

/** Escapes one line of text so that MDX renders exactly these characters. */
export function escapeMdx(text: string): string {
  let out = text
    // Markdown punctuation, anywhere in the line (a backslash before ASCII punctuation is always literal);
    // first, so that the «#» of the character references below stays unescaped.
    .replace(/[\\`*_[\]|~#!]/g, (c) => `\\${c}`)
    .replace(/[&<>{}]/g, (c) => REFERENCES[c]!);
  // Block starts: list items, thematic breaks, ordered lists, setext underlines.
  out = out.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  // ESM: a line starting with import/export would become code.
  out = out.replace(/^(import|export)\b/, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
  return out;
}

/** The MDX body: `## ` subheadings and paragraphs, separated by blank lines, ending with one newline. */
export function toMdxBody(blocks: Block[]): string {
  return `${blocks.map((b) => (b.kind === 'heading' ? `## ${escapeMdx(b.text)}` : escapeMdx(b.text))).join('\n\n')}\n`;
}
