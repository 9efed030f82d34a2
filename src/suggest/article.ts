/**
 * The suggestions of one article, from its plain text and publication date: a pure function of the
 * text and the archive, so that the ingest's preview can count them before the article is written.
 * Reads like the steps it chains: segments → dates → figures → type → selection → match → drafts.
 */
import { matchKey } from '../lib/arabic.ts';
import { parseDates } from '../lib/dates/index.ts';
import { findFigures, type FigureMention } from '../lib/figures/index.ts';
import { createTagger, type PlaceMention, type Tagger } from '../lib/places/index.ts';
import type { Place } from '../schemas/place.ts';
import type { ArchiveEvent, EventDate, Figure } from '../schemas/event.ts';
import { typeOf } from './steps/cues.ts';
import { dateOf } from './steps/date.ts';
import { draftDescription, draftId, draftTitle } from './steps/draft.ts';
import { indexEvents, matchEvents, type EventIndex } from './steps/match.ts';
import { segmentsOf, speechSpans, splitByEvents, type Segment } from './steps/segments.ts';
import { isEventful } from './steps/select.ts';
import type { Proposal, SuggestedFigure } from './types.ts';

/** What suggestion needs of an article: its slug, its text as the check reads it, its publication date. */
export interface ArticleInput {
  slug: string;
  /** The body as plain text (mdxToPlainText of the MDX body, or the ingest's cleaned text): one paragraph per line. */
  text: string;
  published: { date: string; approximate: boolean };
  /** Headings of the body, which are never claims. */
  headings?: readonly string[];
}

/** The archive an article is matched against, prepared once per run. */
export interface Archive {
  tag: Tagger;
  index: EventIndex;
  /** Matching keys of the quotes already cited, by article slug: those sentences are not proposed again. */
  claimed: ReadonlyMap<string, readonly string[]>;
  /** Event ids in use, so that a drafted id is new. */
  ids: ReadonlySet<string>;
}

/** Prepares the gazetteer and the events for suggesting. */
export function buildArchive(places: readonly Place[], events: readonly ArchiveEvent[]): Archive {
  const claimed = new Map<string, string[]>();
  for (const e of events) for (const c of e.claims) claimed.set(c.article, [...(claimed.get(c.article) ?? []), matchKey(c.quote)]);
  return { tag: createTagger(places), index: indexEvents(events), claimed, ids: new Set(events.map((e) => e.id)) };
}

/** True when the segment overlaps a quote already cited from the same article. */
function alreadyClaimed(segment: string, quotes: readonly string[]): boolean {
  const key = matchKey(segment);
  return quotes.some((q) => key.includes(q) || q.includes(key));
}

/** Gazetteer ids mentioned between two offsets, in order of first mention. */
function placesIn(mentions: readonly PlaceMention[], start: number, end: number): string[] {
  return [...new Set(mentions.filter((m) => m.start >= start && m.end <= end).map((m) => m.id))];
}

function toFigure(f: FigureMention): Figure {
  return { label: f.label, value: f.value, ...(f.max === undefined ? {} : { max: f.max }), bound: f.bound };
}

function toSuggested(f: FigureMention): SuggestedFigure {
  return { ...toFigure(f), label: f.label, unit: f.unit, words: f.text };
}

/** The proposals for one article, in text order. `taken` collects drafted ids across the articles of one run. */
export function suggestArticle(article: ArticleInput, archive: Archive, taken: Set<string> = new Set(archive.ids)): Proposal[] {
  const { text } = article;
  const published = { date: article.published.date, approximate: article.published.approximate };
  const mentions = parseDates(text, { published });
  const places = archive.tag(text);
  const speech = speechSpans(text);
  const headings = new Set((article.headings ?? []).map(matchKey));
  const claimed = archive.claimed.get(article.slug) ?? [];
  const out: Proposal[] = [];

  // A piece tells an event of its own when a specific cue says so (the selection decides the rest).
  const tells = (piece: string) => typeOf(piece, []).strong;
  const segments = segmentsOf(text, mentions, speech).flatMap((s) => splitByEvents(s, tells, speech));
  let previous: { paragraph: number; date: EventDate | null } | null = null;
  for (const segment of segments) {
    const dates = mentions.filter((m) => m.start >= segment.start && m.end <= segment.end).map((m) => [m.start - segment.start, m.end - segment.start] as const);
    const figures = findFigures(segment.text, { before: text.slice(segment.paragraphStart, segment.start), exclude: dates });
    const inherited = previous && previous.paragraph >= segment.paragraph - 1 ? previous.date : null;
    const read = dateOf(segment, text, mentions, { speech, hasCount: figures.length > 0, previous: inherited, published });
    previous = { paragraph: segment.paragraph, date: read.date };
    // When the date is in the quoted speech, what was said is the event: its words count in full.
    const local = read.inSpeech ? [] : speech.map(([a, b]) => [a - segment.start, b - segment.start] as [number, number]);
    const typing = typeOf(segment.text, figures, local);
    const eventful = isEventful({ text: segment.text, typing, dated: read.mention !== undefined || read.date !== null, figures: figures.length, heading: headings.has(matchKey(segment.text)) });
    if (!eventful || alreadyClaimed(segment.text, claimed)) continue;
    out.push(propose(article.slug, segment, { date: read.date, note: read.note, figures, typing, places: segmentPlaces(segment, places) }, archive.index, taken));
  }
  return out;
}

/** The places of the segment, or of its paragraph when it names none. */
function segmentPlaces(segment: Segment, mentions: readonly PlaceMention[]): string[] {
  const own = placesIn(mentions, segment.start, segment.end);
  return own.length > 0 ? own : placesIn(mentions, segment.paragraphStart, segment.paragraphEnd);
}

/** One proposal: the contract's fields, the match, and drafts for a new event. */
function propose(
  slug: string,
  segment: Segment,
  read: { date: EventDate | null; note: string | undefined; figures: FigureMention[]; typing: ReturnType<typeof typeOf>; places: string[] },
  index: EventIndex,
  taken: Set<string>,
): Proposal {
  const { match, others } = matchEvents({ date: read.date, places: read.places, type: read.typing.type, quote: segment.text, figures: read.figures.map(toFigure) }, index);
  return {
    article: slug,
    quote: segment.text,
    date: read.date,
    places: read.places,
    type: read.typing.type,
    cues: read.typing.cues,
    figures: read.figures.map(toSuggested),
    match,
    draft: {
      id: draftId(read.date, read.places, read.typing.type, taken),
      title: draftTitle(segment.text),
      description: draftDescription(segment.text),
    },
    ...(read.note ? { note: read.note } : {}),
    others,
  };
}
