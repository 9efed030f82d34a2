/**
 * The headline of a text page. It is usually a short line that does not end a sentence, shortly before
 * the article's first paragraph, sharing words with it, often repeated on the page; candidates are
 * scored on that evidence. A ticker item, a section name or the site's name shares no words with the
 * article or stands too far from it.
 */
import { matchKey } from '../../lib/arabic.ts';
import { lightStem } from '../../lib/search/stem.ts';
import { isFunctionWord, wordsOf } from '../extract/evidence.ts';
import type { Extraction } from '../extract/decide.ts';
import { BYLINE } from './names.ts';
import { publicationDay } from './published.ts';

/** How far before the article a headline may stand, in non-blank lines. */
const REACH = 30;
/** Fewest shared words, as a share of the headline's own, for a line to be the headline. */
const MIN_OVERLAP = 0.25;
/** Past this many content words, a headline is judged on the words it shares, not on its share. */
const LONG_HEADLINE_STEMS = 10;
/** A headline has at least this many content words: «الأزمة الليبية» is a topic, not a headline. */
const MIN_STEMS = 3;

/** The content-word stems of a text: what a headline and its article share. */
export function stemsOf(text: string): Set<string> {
  const stems = wordsOf(text)
    .map((w) => matchKey(w))
    .filter((k) => k.length >= 3 && !isFunctionWord(k) && !/^\d+$/.test(k))
    .map((k) => lightStem(k));
  return new Set(stems);
}

export interface TitleFound {
  /** Index in the extraction's verdicts. */
  index: number;
  text: string;
}

/** The headline line before the core, or null when no line shares enough with the article. */
export function findTitle(x: Extraction): TitleFound | null {
  if (!x.core) return null;
  const lead = x.verdicts.slice(x.core.start, x.core.end + 1).filter((v) => v.keep).slice(0, 3).map((v) => v.line.text).join(' ');
  const leadStems = stemsOf(lead);
  // Sites set a breadcrumb's last segment to the headline.
  const crumbs = new Set(x.verdicts.filter((v) => v.pattern === 'breadcrumb').map((v) => matchKey(v.line.text.split(/\s[/»›>|]\s/).pop() ?? '')));
  let best: (TitleFound & { score: number }) | null = null;
  let distance = 0;
  for (let i = x.core.start - 1; i >= 0 && distance <= REACH; i -= 1) {
    const v = x.verdicts[i]!;
    if (!v.cls) continue;
    distance += 1;
    const { text } = v.line;
    const words = v.evidence.words;
    if (words < 3 || words > 40 || text.length > 260 || v.cls === 'bad' || BYLINE.test(text)) continue;
    if (/[.،,:;]$/.test(text) || v.evidence.latinShare > 0.3) continue;
    // «[عنوان]»: a text dump's stand-in for a picture, its alt text, which often repeats the headline.
    if (/^\[[^\]]*\]$/.test(text)) continue;
    const own = stemsOf(text);
    if (own.size < MIN_STEMS) continue;
    const common = [...own].filter((s) => leadStems.has(s)).length;
    // A long headline («… وتؤكد: … .. صور») shares a smaller part of itself: enough words in common are enough.
    const shared = common / Math.min(own.size, LONG_HEADLINE_STEMS);
    if (shared < MIN_OVERLAP) continue;
    // More words in common, nearer: likelier; a copy elsewhere on the page (breadcrumb, related list) confirms a headline.
    const confirmed = v.evidence.repeats > 0 || crumbs.has(matchKey(text));
    // A headline stands above its date; a caption or a standfirst below it.
    const between = x.verdicts.slice(i + 1, x.core.start).filter((w) => w.cls);
    const isStamp = (w: (typeof between)[number]) => w.pattern === 'timestamp' || publicationDay(w.line.text) !== null;
    const dated = between.slice(0, 4).some(isStamp);
    const aboveMeta = between.some(isStamp);
    const score = shared * 4 + Math.min(common, 6) * 0.3 - distance * 0.15 + (confirmed ? 0.5 : 0) + (dated ? 1 : 0) - (aboveMeta ? 0 : 2);
    if (!best || score > best.score) best = { index: i, text, score };
  }
  return best ? { index: best.index, text: best.text } : null;
}
