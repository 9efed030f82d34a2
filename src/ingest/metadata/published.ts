/**
 * The publication date a text page prints: the timestamp nearest after the headline (or, with no
 * headline, nearest before the article), read by the project's date parser. An update time is never
 * taken: a line that begins with «آخر تحديث» is skipped, and on «28 آب 2013، آخر تحديث 14:00» only the
 * part before the update is read. A date inside the article is never a candidate.
 */
import { parseDates } from '../../lib/dates/parse.ts';
import type { Published } from '../../schemas/article.ts';
import type { Extraction } from '../extract/decide.ts';
import { compactNumericDates } from '../steps/noise.ts';

export interface StampFound {
  index: number;
  date: string;
  published: Published;
}

/** Words that begin an update time, wherever they stand in the line. */
const UPDATE = /(آخر تحديث|اخر تحديث|تم التحديث|محدثة|محدث|تحديث|updated|modified)/i;
const UPDATE_FIRST = new RegExp(`^\\(?${UPDATE.source}`, 'i');
/** A timestamp line is short: a date, a time, a weekday, a city, a label. */
const MAX_WORDS = 14;

/** The publication day a line gives, or null. */
export function publicationDay(text: string): string | null {
  if (UPDATE_FIRST.test(text.trim()) || !/[0-9\u0660-\u0669\u06F0-\u06F9]/.test(text)) return null;
  const cut = UPDATE.exec(text);
  const part = compactNumericDates(cut ? text.slice(0, cut.index) : text);
  const date = parseDates(part).find((d) => d.value !== null && !d.relative && d.precision === 'day');
  return date?.value ?? null;
}

/** The page's own publication date near the headline, or null. */
export function findPublished(x: Extraction, titleIndex: number | null): StampFound | null {
  if (!x.core) return null;
  const candidates: { index: number; date: string }[] = [];
  const last = Math.min(x.verdicts.length - 1, x.core.end + 6);
  for (let i = 0; i <= last; i += 1) {
    const v = x.verdicts[i]!;
    if (!v.cls || v.keep || v.evidence.words > MAX_WORDS) continue;
    const date = publicationDay(v.line.text);
    if (date) candidates.push({ index: i, date });
  }
  const pick =
    (titleIndex !== null ? candidates.find((c) => c.index > titleIndex && c.index <= x.core!.start + 1) : undefined) ??
    [...candidates].reverse().find((c) => c.index < x.core!.start) ??
    candidates.find((c) => c.index > x.core!.end);
  if (!pick) return null;
  const v = x.verdicts[pick.index]!;
  return {
    index: pick.index,
    date: pick.date,
    published: { date: pick.date, approximate: false, basis: `الصفحة تذكر «${v.line.text}» (السطر ${v.line.n}).` },
  };
}
