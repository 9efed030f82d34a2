/**
 * Text hygiene at ingest: the characters no page, feed or data file should carry (controls,
 * noncharacters, lone surrogates, bidi controls left open) are taken out of the article's lines and of its
 * title, author and publisher by src/lib/text-hygiene.ts, and each one taken out is recorded, so that the
 * preview and `--json` say what went. The raw file keeps them: it is never edited.
 */
import { cleanText, codePointName, type HygieneKind } from '../lib/text-hygiene.ts';
import type { Line } from './steps/lines.ts';

/** A field of the article that is cleaned. */
export type CleanedField = 'title' | 'author' | 'publisher' | 'body';

/** One character taken out. */
export interface Hygiene {
  field: CleanedField;
  /** The line of the raw file (its number as removed lines count them), for the body. */
  line?: number;
  /** The character, named: «U+202E». */
  char: string;
  kind: HygieneKind;
}

/** The article's lines cleaned, a line left empty dropped; a line break written as U+0085 joins its line like a space. */
export function cleanLines(lines: readonly Line[]): { lines: Line[]; changes: Hygiene[] } {
  const changes: Hygiene[] = [];
  const out: Line[] = [];
  for (const line of lines) {
    const cleaned = cleanText(line.text);
    for (const c of cleaned.changes) changes.push({ field: 'body', line: line.n, char: codePointName(c.codePoint), kind: c.kind });
    const text = cleaned.changes.length === 0 ? line.text : cleaned.text.replace(/\n/g, ' ').trim();
    if (text) out.push(text === line.text ? line : { ...line, text });
  }
  return { lines: out, changes };
}

type Fields = Record<Exclude<CleanedField, 'body'>, string | null | undefined>;

/** Title, author and publisher cleaned; one left empty by cleaning is null (missing, or unsigned). */
export function cleanFields<F extends Fields>(fields: F): { values: { [K in keyof F]: F[K] | null }; changes: Hygiene[] } {
  const changes: Hygiene[] = [];
  const values = { ...fields } as { [K in keyof F]: F[K] | null };
  for (const field of ['title', 'author', 'publisher'] as const) {
    const value = fields[field];
    if (typeof value !== 'string') continue;
    const cleaned = cleanText(value);
    for (const c of cleaned.changes) changes.push({ field, char: codePointName(c.codePoint), kind: c.kind });
    (values as Fields)[field] = cleaned.changes.length === 0 ? value : cleaned.text.replace(/\s+/g, ' ').trim() || null;
  }
  return { values, changes };
}
