/**
 * How wide a label will be, without a browser: the chart is laid out at build time, so label widths are
 * estimated from the advance widths of the site's font (Noto Naskh Arabic), measured once in Chromium
 * per letter in its joined (medial) and alone or final form, and rounded up. The estimate errs wide, so
 * labels laid out as apart stay apart; the end-to-end tests check it against the real text boxes.
 */

/** Advance widths in em: [alone or last in a word, inside a word]. Measured at 100 px, rounded up to the hundredth. */
const ADVANCES: Record<string, readonly [number, number]> = {
  ء: [0.44, 0.44], آ: [0.24, 0.29], أ: [0.24, 0.29], ؤ: [0.47, 0.51], إ: [0.24, 0.29], ئ: [0.62, 0.33],
  ا: [0.24, 0.29], ب: [0.77, 0.33], ة: [0.41, 0.49], ت: [0.77, 0.4], ث: [0.77, 0.4], ج: [0.64, 0.71],
  ح: [0.64, 0.71], خ: [0.64, 0.71], د: [0.41, 0.51], ذ: [0.41, 0.51], ر: [0.39, 0.44], ز: [0.39, 0.44],
  س: [1.01, 0.7], ش: [1.01, 0.7], ص: [1.1, 0.82], ض: [1.1, 0.82], ط: [0.77, 0.67], ظ: [0.77, 0.67],
  ع: [0.6, 0.45], غ: [0.6, 0.45], ف: [0.85, 0.43], ق: [0.65, 0.43], ك: [0.56, 0.5], ل: [0.6, 0.29],
  م: [0.49, 0.45], ن: [0.59, 0.33], ه: [0.63, 0.42], و: [0.47, 0.51], ى: [0.62, 0.33], ي: [0.62, 0.4],
  ' ': [0.22, 0.22], '«': [0.41, 0.41], '»': [0.41, 0.41], ':': [0.29, 0.29], '،': [0.21, 0.21],
  '.': [0.27, 0.27], '-': [0.31, 0.31], '–': [0.5, 0.5], '(': [0.35, 0.35], ')': [0.35, 0.35],
  '/': [0.29, 0.29], '؛': [0.21, 0.21], '؟': [0.43, 0.43], '!': [0.27, 0.27], '"': [0.41, 0.41],
  '…': [0.75, 0.75],
};
/** Digits, and any letter the table lacks (Latin letters average 0.55 em in the fallback fonts). */
const DIGIT = 0.56;
const OTHER = 0.6;
/** Harakat and other combining marks take no room of their own. */
const COMBINING = /\p{M}/u;
/** The margin the estimate keeps over the measured widths (ligatures, kerning, another font's digits). */
const SAFETY = 1.08;

/** Estimated width in px of `text` set in the site's font at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  const chars = [...text];
  chars.forEach((ch, i) => {
    if (COMBINING.test(ch)) return;
    const advance = ADVANCES[ch];
    if (!advance) {
      em += /\d/.test(ch) ? DIGIT : OTHER;
      return;
    }
    // The last letter of a word takes its final form, about as wide as the letter alone.
    let k = i + 1;
    while (k < chars.length && COMBINING.test(chars[k]!)) k += 1;
    const next = chars[k];
    const last = next === undefined || !(next in ADVANCES) || next === ' ' || !/\p{L}/u.test(next);
    em += last ? advance[0] : advance[1];
  });
  return Math.ceil(em * fontSize * SAFETY);
}

/** A label cut into lines: the lines and the width of the widest. */
export interface WrappedText {
  lines: string[];
  width: number;
}

/** The text cut to `width` px, the end of a too-long text replaced by «…». */
function truncate(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const words = text.split(' ');
  while (words.length > 1) {
    words.pop();
    const candidate = `${words.join(' ')} …`;
    if (textWidth(candidate, fontSize) <= width) return candidate;
  }
  return '…';
}

/**
 * Breaks `text` at spaces into at most `maxLines` lines no wider than `maxWidth` px; what does not fit
 * ends the last line with «…» (the full title stays in the card, the list and the link's name).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number): WrappedText {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let i = 0;
  for (; i < words.length; i += 1) {
    const candidate = current ? `${current} ${words[i]}` : words[i]!;
    if (textWidth(candidate, fontSize) <= maxWidth || !current) {
      current = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) break;
    lines.push(current);
    current = words[i]!;
  }
  const rest = words.slice(i).join(' ');
  lines.push(truncate(rest ? `${current} ${rest}` : current, maxWidth, fontSize));
  return { lines, width: Math.max(...lines.map((l) => textWidth(l, fontSize))) };
}
