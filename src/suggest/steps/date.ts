/**
 * Step 2 — the date a segment gives, from the date mentions parseDates found in the article
 * (src/lib/dates: the one parser, which already resolves relative dates against the publication date
 * only when its precision allows, and never invents a year). This step only chooses among them:
 *
 * - a date outside quoted speech before one inside it (what was said may date something else);
 * - «منذ X» with a count in the same segment («ومنذ الأول من أغسطس شنت … 490 ضربة») covers the span
 *   from X to the publication date, the time the count was made;
 * - a segment with no date of its own and a same-time word («حينها», «آنذاك», «في تلك الأثناء») takes
 *   the date of the segment before it in its paragraph (or the last one of the paragraph before);
 * - a mention the parser could not resolve («في 12 ماي» in an article known only to its year) gives
 *   no date, and a note says why.
 */
import { normalizeArabic } from '../../lib/arabic.ts';
import type { DateMention } from '../../lib/dates/index.ts';
import { isOrderedInterval } from '../../lib/dates/index.ts';
import type { EventDate } from '../../schemas/event.ts';
import type { Segment } from './segments.ts';

/** The date of a segment, and a note for the editor when it needs one. */
export interface SegmentDate {
  date: EventDate | null;
  note?: string;
  /** The mention the date comes from, when there is one. */
  mention?: DateMention;
  /** True when that mention is inside quoted speech: what was said is then what the segment dates. */
  inSpeech?: boolean;
}

/** Words that put a segment at the time of the one before it. */
const SAME_TIME = /(?:^|\s)(?:[وف]?(?:حينها|حينذاك|انذاك|وقتها|وقتذاك|عندها|عندءذ|حينءذ)|في (?:تلك الاثناء|ذلك الوقت|الوقت نفسه|الوقت ذاته))(?=$|[\s،,.])/;
/** «منذ» right before a mention. */
const SINCE = /(?:^|\s)[وف]?منذ\s*$/;

function toDate(m: DateMention): EventDate | null {
  if (m.interval) return { from: m.interval.from, to: m.interval.to };
  return m.value ? { value: m.value } : null;
}

/** What the publication date is, for notes: «2016-12 (approximate)». */
function publishedText(published: { date: string; approximate: boolean }): string {
  return `${published.date}${published.approximate ? ', approximate' : ''}`;
}

/**
 * The date of `segment` among the article's `mentions`. `speech` are spans of quoted speech in the
 * article; `hasCount` says whether the segment states a figure; `previous` is the date of the segment
 * before it, for same-time words.
 */
export function dateOf(
  segment: Segment,
  text: string,
  mentions: readonly DateMention[],
  options: { speech: readonly [number, number][]; hasCount: boolean; previous: EventDate | null; published: { date: string; approximate: boolean } },
): SegmentDate {
  const inside = mentions.filter((m) => m.start >= segment.start && m.end <= segment.end);
  const inSpeech = (m: DateMention) => options.speech.some(([a, b]) => m.start >= a && m.end <= b);
  const ordered = [...inside.filter((m) => !inSpeech(m)), ...inside.filter(inSpeech)];
  const resolved = ordered.find((m) => toDate(m) !== null);
  if (resolved) {
    let date = toDate(resolved)!;
    const notes: string[] = [];
    const before = normalizeArabic(text.slice(segment.paragraphStart, resolved.start));
    if (options.hasCount && 'value' in date && SINCE.test(before)) {
      const span = { from: date.value, to: options.published.date };
      if (isOrderedInterval(span)) {
        date = span;
        notes.push(`«منذ ${resolved.text}» with a count: from that date to the article's publication (${publishedText(options.published)})`);
      }
    }
    if (resolved.relative) notes.push(`«${resolved.text}» read against the article's publication date (${publishedText(options.published)})`);
    if (inSpeech(resolved)) notes.push(`the date «${resolved.text}» is inside quoted speech: check that it dates this event`);
    return { date, mention: resolved, ...(inSpeech(resolved) ? { inSpeech: true } : {}), ...(notes.length ? { note: notes.join('; ') } : {}) };
  }
  const unresolved = ordered[0];
  if (unresolved) {
    return {
      date: null,
      mention: unresolved,
      note: `«${unresolved.text}» cannot be dated from the text: the article's publication date (${publishedText(options.published)}) does not fix it`,
    };
  }
  if (options.previous && SAME_TIME.test(normalizeArabic(segment.text))) {
    return { date: options.previous, note: 'a same-time word («حينها», «آنذاك», «في تلك الأثناء»…): the date of the sentence before' };
  }
  return { date: null };
}
