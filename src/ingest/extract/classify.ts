/**
 * Context-free classes, after jusText (Pomikálek 2011, §3.3): a line is `good` when it is long prose,
 * `near` when it is a shorter sentence, `short` when it is too short to judge alone, and `bad` when a
 * pattern or its evidence names it furniture. ./decide.ts settles `near` and `short` by their context.
 */
import type { RemovalReason } from '../../schemas/article.ts';
import type { Evidence } from './evidence.ts';

export type LineClass = 'good' | 'near' | 'short' | 'bad';

/** Thresholds, in words and shares; jusText's are in characters and tuned for European languages. */
export const LIMITS = {
  /** Prose this long is article text wherever its sentences are punctuated. */
  longWords: 20,
  /** A full sentence this long is article text on its own. */
  sentenceWords: 12,
  /** Shorter sentences are `near`: article text when their neighbours are. */
  nearWords: 7,
  /** Below this share of function words, even a long line is a list of names or headlines. */
  minFunctionShare: 0.05,
  /** Above this share of Latin letters, an Arabic page's line is not its article. */
  maxLatinShare: 0.5,
  /** A line repeated on the page this often, and shorter than a paragraph, is a menu or a headline. */
  paragraphWords: 25,
} as const;

/** A sentence that ends with a full stop (not a question or an exclamation, as headlines often do). */
const FULL_STOP = /[.…](\s*[»"”’')\]]+)?$/;

/** Why a `bad` line is bad, when no pattern said so. */
export function evidenceReason(e: Evidence): RemovalReason | null {
  if (e.code) return 'code';
  if (e.words > 0 && e.latinShare > LIMITS.maxLatinShare) return 'low-text';
  return null;
}

/** The class of a line from its own evidence and the pattern (if any) that matched it. */
export function classify(e: Evidence, text: string, pattern: RemovalReason | null): LineClass {
  if (pattern || evidenceReason(e) || e.words === 0) return 'bad';
  const prose = e.sentenceEnd || e.innerPunctuation > 0;
  if (e.repeats > 0 && e.words < LIMITS.paragraphWords) return 'short';
  if (e.words >= LIMITS.longWords && prose && e.functionShare >= LIMITS.minFunctionShare) return 'good';
  if (e.words >= LIMITS.sentenceWords && FULL_STOP.test(text) && e.innerPunctuation > 0) return 'good';
  if (e.words >= LIMITS.nearWords && prose) return 'near';
  return 'short';
}
