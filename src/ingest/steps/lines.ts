/** Step 2 — text to numbered lines, the unit every later step reasons about. */
import type { RemovalReason } from '../../schemas/article.ts';

/** One line of the raw file: its 1-based number and its text without surrounding white space. */
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

/** Splits decoded text into numbered lines; non-breaking and odd spaces become plain spaces. */
export function toLines(text: string): Line[] {
  return text.split('\n').map((raw, i) => ({
    n: i + 1,
    text: raw.replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ').replace(/[ \t]+$/g, '').replace(/^[ \t]+/g, ''),
  }));
}
