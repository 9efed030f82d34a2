/**
 * The plain text of a normalized article, recovered from the MDX body the ingest writes:
 * the ingest escapes what MDX would read as code or markup, and this undoes it, so that the
 * sentences shown on place pages read exactly as the article does.
 */

import { clean } from './text-hygiene.ts';

/** Character references the ingest writes, by name. */
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00A0' };

/** A backslash before ASCII punctuation (CommonMark escapes) or a character reference, in one pass. */
const ESCAPE = /\\([!-/:-@[-`{-~])|&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g;

function codePoint(n: number, original: string): string {
  // Out-of-range references stay as written rather than throwing or inventing a character.
  return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : original;
}

/** One character reference's text: by number (decimal or hex) or by name; unknown ones stay as written. */
function reference(match: string, dec?: string, hex?: string, name?: string): string {
  if (dec !== undefined) return codePoint(Number.parseInt(dec, 10), match);
  if (hex !== undefined) return codePoint(Number.parseInt(hex, 16), match);
  return NAMED[name!.toLowerCase()] ?? match;
}

/** Decodes character references (&#123; &#x7B; &lt; &gt; &amp; …) and removes backslash escapes. */
export function unescapeMdx(text: string): string {
  return text.replace(ESCAPE, (match, punct?: string, dec?: string, hex?: string, name?: string) =>
    punct !== undefined ? punct : reference(match, dec, hex, name),
  );
}

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g;

/** Decodes character references only (in HTML attribute values, where a backslash is just a backslash). */
export function decodeReferences(text: string): string {
  return text.replace(REFERENCE, (match, dec?: string, hex?: string, name?: string) => reference(match, dec, hex, name));
}

/** Heading markers at the start of a line («## عنوان فرعي» → «عنوان فرعي»). */
const HEADING = /^[ \t]{0,3}#{1,6}[ \t]+/;
/** Optional closing hashes of an ATX heading («## عنوان ##»). */
const CLOSING = /[ \t]+#+[ \t]*$/;

/**
 * The MDX body of an article as plain text: one paragraph or heading per line, heading markers
 * dropped, escapes decoded, blank lines and surrounding spaces removed, and no character a page may not
 * show (text-hygiene.ts), as the rendered body has none.
 */
export function mdxToPlainText(body: string): string {
  return clean(body
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => unescapeMdx(HEADING.test(line) ? line.replace(HEADING, '').replace(CLOSING, '') : line).trim())
        .filter(Boolean)
        .join(' '),
    )
    .filter(Boolean)
    .join('\n'));
}
