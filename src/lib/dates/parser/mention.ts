/** What the parser gives: one date expression found in a text, and the explicit dates ingest keeps of them. */
import { matchKey } from '../../arabic.ts';
import type { Interval, KnownDate, Precision } from '../date.ts';

/** One date expression found in a text. */
export interface DateMention {
  /** The words as written, e.g. «نيسان/أبريل 2016» (prepositions such as «في»/«منذ» left out). */
  text: string;
  /** UTF-16 offset of the first character in the input text. */
  start: number;
  /** UTF-16 offset just after the last character. */
  end: number;
  /**
   * ISO value 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD'; null when it cannot be known. For a range: the one
   * year or month that holds the whole interval («2016» for May–December 2016), else null.
   */
  value: string | null;
  /** Both ends of a range («من 2014 إلى 2017»), when both are known. */
  interval?: Interval;
  /** Precision of the value, or of the interval's ends. */
  precision: Precision;
  /** True when the value depends on the publication date (or could not be resolved). */
  relative: boolean;
}

/** What the parser may know about the article it reads. */
export interface DateContext {
  /** The article's publication date (ISO at its precision) and whether it is inferred. */
  published?: { date: string; approximate: boolean };
}

/** The date a mention gives, in the archive's one date type: a range as its interval; null when it is not known. */
export function mentionDate(m: DateMention): KnownDate | null {
  if (m.interval) return { from: m.interval.from, to: m.interval.to };
  return m.value === null ? null : { value: m.value };
}

/**
 * The explicit dates among `mentions`, as ingest stores them in an article's `dates`: no relative or
 * unresolved mention, one entry per distinct text and value, in text order; a range gives its two ends.
 */
export function explicitDates(mentions: DateMention[]): { text: string; value: string }[] {
  const seen = new Set<string>();
  const out: { text: string; value: string }[] = [];
  for (const m of mentions) {
    if (m.relative) continue;
    const values = m.interval ? [m.interval.from, m.interval.to] : m.value ? [m.value] : [];
    for (const value of values) {
      const id = `${matchKey(m.text)}|${value}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ text: m.text, value });
    }
  }
  return out;
}
