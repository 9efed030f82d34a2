/** Step 2 — text to numbered lines, the unit every later step reasons about. */
import type { RemovalReason } from '../../schemas/article.ts';

/** One line of the raw file: its 1-based number and its text without surrounding white space or list marker. */
export interface Line {
  n: number;
  text: string;
}

/** A line (or a fragment of one) left out of the article, and why. */
export interface Removed {
  line: number;
  text: string;
  reason: RemovalReason;
}

/** A bullet a text-mode browser or a copy from a list puts before an item: a glyph that is never text. */
const GLYPH_MARKER = /^[•◦▪▫□■○●·‣►▸]\s+(?=\S)/u;
/** An ASCII list marker (lynx writes «* », «+ », «o », «# »): one only when the page uses it for many lines. */
const ASCII_MARKER = /^([*+o#])\s+(?=\S)/;
/** Lines that must start with the same ASCII marker before it is read as the page's list marker. */
const MARKED_LINES = 3;

/** Splits decoded text into numbered lines; non-breaking and odd spaces become plain spaces, list markers go. */
export function toLines(text: string): Line[] {
  const lines = text.split('\n').map((raw, i) => ({
    n: i + 1,
    text: raw.replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ').replace(/[ \t]+$/g, '').replace(/^[ \t]+/g, ''),
  }));
  return withoutListMarkers(lines);
}

/**
 * The item without its bullet: «• قوات الوفاق تتقدم» → «قوات الوفاق تتقدم». A glyph bullet always goes; an
 * ASCII one only when several lines share it, since «*حطام» alone is a caption's star, not a list.
 */
export function withoutListMarkers(lines: Line[]): Line[] {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const m = ASCII_MARKER.exec(l.text);
    if (m) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  const markers = new Set([...counts].filter(([, c]) => c >= MARKED_LINES).map(([m]) => m));
  return lines.map((l) => {
    const glyph = GLYPH_MARKER.exec(l.text);
    if (glyph) return { n: l.n, text: l.text.slice(glyph[0].length) };
    const ascii = ASCII_MARKER.exec(l.text);
    if (ascii && markers.has(ascii[1]!)) return { n: l.n, text: l.text.slice(ascii[0].length) };
    return l;
  });
}

/**
 * What a text-mode browser prints in place of something it cannot show: «[svg]», «[image]», «[INS::INS]»,
 * an empty form field «[          ]», «IFRAME: https://…», «(BUTTON)», a lone «#», or a line of an inlined
 * image's data (a base64 run, which a dump may wrap over several lines). No words of a page.
 */
const PLACEHOLDER = /^(?:\[[^\]\p{sc=Arabic}]*\]\s*|\((?:BUTTON|Search|Submit|Image)\)\s*|#\s*)+$|^(?:IFRAME|FRAME|IMAGE|IMG)\s*:\s*\S*$|^\[?[\w+/=;:,.-]{40,}\]?$/iu;

/** A line that is only a placeholder of a dump, not text of the page: it counts as no line at all. */
export function isPlaceholder(text: string): boolean {
  return text !== '' && PLACEHOLDER.test(text);
}
