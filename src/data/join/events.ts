/**
 * Event view-models from the events file's entries: each event joined with the articles its claims quote
 * and the places it names, sorted and formatted, and the timeline's data. Pure, so that what pages show
 * is tested without a build; src/data/events.ts gives it the content.
 */
import { hasArabic } from '../../lib/arabic.ts';
import { isoAt } from '../../lib/dates/calendar.ts';
import type { KnownDate } from '../../lib/dates/date.ts';
import { dateView, type DateView } from '../../lib/dates/format.ts';
import { spanOf } from '../../lib/dates/span.ts';
import { figureConflicts, hasDateConflict, isDisputed, timelineDates } from '../../lib/events/index.ts';
import { eventHref, placeHref } from '../../lib/paths.ts';
import { quoteLink } from '../../lib/text-fragment.ts';
import { EVENT_TYPE_LABELS, figureLabel, figureText } from '../../lib/timeline/display.ts';
import { eventDateWords, groupOf, paddedDomain, type PayloadEvent, type TimelinePayload, type TypeGroup } from '../../lib/timeline/index.ts';
import type { ArchiveEvent, EventType } from '../../schemas/event.ts';
import type { ArticleSummary } from './articles.ts';

export { EVENT_TYPE_LABELS, type DateView };

/** A place named by an event, with its page. */
export interface EventPlace {
  id: string;
  name: string;
  href: string;
}

/** One source's account, ready to show. */
export interface ClaimView {
  /** Stable id of the claim: the event's id and its place among the event's claims («2016-12-sirte-liberated-2»). */
  id: string;
  article: ArticleSummary;
  quote: string;
  date: DateView | null;
  figures: { label: string; text: string }[];
  note: string | null;
  /** The language the editors wrote the note in: «ar», or «en» for a note in English (shown left to right). */
  noteLang: 'ar' | 'en';
  /** Id the article page may give the quoted sentence («quote-<event>-<n>»). */
  anchor: string;
  /** The article page, scrolled to the quote and highlighted (text fragment), at the anchor if it exists. */
  href: string;
}

/** One event, ready to show. */
export interface EventView {
  id: string;
  title: string;
  description: string;
  type: EventType;
  typeLabel: string;
  /** The group of its type: its colour and shape on the chart. */
  group: TypeGroup;
  href: string;
  places: EventPlace[];
  /** The editors' summary date (the span covering every claim when they disagree). */
  date: DateView;
  /** The dates the timeline draws: each claimed date when the sources disagree, else the event date. */
  dates: DateView[];
  /** The date in words as the chart, the card and the map say it: each claimed date when the sources disagree. */
  when: string;
  /** True when the sources disagree on the date or on a number. */
  disputed: boolean;
  /** True when the sources disagree on the date. */
  dateConflict: boolean;
  /** What the sources count differently, in Arabic («القتلى»). */
  figureConflicts: string[];
  claims: ClaimView[];
  /** How many articles report it. */
  sources: number;
  /** [start, end) in UTC ms of everything the event's dates cover. */
  start: number;
  end: number;
  year: number;
}

/** The whole timeline: the events, the browser's payload (also what the chart draws) and what the filters offer. */
export interface TimelineView {
  payload: TimelinePayload;
  /** Events in chronological order. */
  events: EventView[];
  /** Types present, in the schema's order, each with its group (colour and shape). */
  types: { id: EventType; label: string; count: number; group: TypeGroup }[];
  places: { id: string; name: string; count: number }[];
  years: { year: number; events: EventView[] }[];
  /** The first and last month the axis shows: the bounds of the period a reader may choose. */
  months: { from: string; to: string };
}

/** A sentence of an article that an event's claim quotes, with the anchor the event page links to. */
export interface Citation {
  anchor: string;
  quote: string;
  event: { id: string; title: string; href: string };
}

/** One event joined with its articles and places. */
function toView(event: ArchiveEvent, articles: ReadonlyMap<string, ArticleSummary>, placeNames: ReadonlyMap<string, string>): EventView {
  const drawn = timelineDates(event);
  const spans = drawn.map(spanOf);
  const start = Math.min(...spans.map((s) => s.start));
  return {
    id: event.id,
    title: event.title,
    description: event.description,
    type: event.type,
    typeLabel: EVENT_TYPE_LABELS[event.type],
    group: groupOf(event.type),
    href: eventHref(event.id),
    places: event.places.map((id) => ({ id, name: placeNames.get(id) ?? id, href: placeHref(id) })),
    date: dateView(event.date),
    dates: drawn.map(dateView),
    when: eventDateWords({ dates: drawn }),
    disputed: isDisputed(event),
    dateConflict: hasDateConflict(event),
    figureConflicts: figureConflicts(event).map(figureLabel),
    claims: event.claims.map((c, k) => {
      const article = articles.get(c.article)!;
      const id = `${event.id}-${k + 1}`;
      const anchor = `quote-${id}`;
      return {
        id,
        article,
        quote: c.quote,
        date: c.date ? dateView(c.date) : null,
        figures: (c.figures ?? []).map((f) => ({ label: figureLabel(f.label), text: figureText(f) })),
        note: c.note ?? null,
        noteLang: c.note && !hasArabic(c.note) ? 'en' : 'ar',
        anchor,
        href: quoteLink(article.href, c.quote, anchor),
      };
    }),
    sources: new Set(event.claims.map((c) => c.article)).size,
    start,
    end: Math.max(...spans.map((s) => s.end)),
    year: new Date(start).getUTCFullYear(),
  };
}

/** An event as the browser's timeline receives it. */
function toPayloadEvent(e: EventView, drawn: readonly KnownDate[]): PayloadEvent {
  return {
    id: e.id,
    title: e.title,
    dates: [...drawn],
    group: e.group,
    dateConflict: e.dateConflict,
    figureConflict: e.figureConflicts.length > 0,
    sources: e.sources,
    type: e.type,
    places: e.places.map((p) => p.id),
    claims: e.claims.length,
    figureConflicts: e.figureConflicts,
  };
}

/**
 * Every event ready for its page, in the timeline's chronological order, and the timeline: `articles` by
 * slug (every article a claim quotes), `placeNames` by gazetteer id.
 */
export function eventViews(
  events: readonly ArchiveEvent[],
  articles: ReadonlyMap<string, ArticleSummary>,
  placeNames: ReadonlyMap<string, string>,
): { events: EventView[]; timeline: TimelineView } {
  // The chart's order: by what the drawn dates cover, then by id (src/lib/timeline/items.ts, byTime).
  const ordered = events.map((e) => toView(e, articles, placeNames)).sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));
  const drawn = new Map(events.map((e) => [e.id, timelineDates(e)]));
  const payloadEvents = ordered.map((e) => toPayloadEvent(e, drawn.get(e.id)!));

  const typeCounts = new Map<EventType, number>();
  const placeCounts = new Map<string, number>();
  for (const e of ordered) {
    typeCounts.set(e.type, (typeCounts.get(e.type) ?? 0) + 1);
    for (const p of e.places) placeCounts.set(p.id, (placeCounts.get(p.id) ?? 0) + 1);
  }
  const typeOrder = Object.keys(EVENT_TYPE_LABELS) as EventType[];
  const domain = paddedDomain(payloadEvents);
  const years = new Map<number, EventView[]>();
  for (const e of ordered) years.set(e.year, [...(years.get(e.year) ?? []), e]);

  return {
    events: ordered,
    timeline: {
      payload: {
        events: payloadEvents,
        places: [...placeCounts.keys()].sort().map((id) => ({ id, name: placeNames.get(id) ?? id })),
        types: typeOrder.filter((t) => typeCounts.has(t)).map((id) => ({ id, label: EVENT_TYPE_LABELS[id] })),
      },
      events: ordered,
      types: typeOrder
        .filter((t) => typeCounts.has(t))
        .map((id) => ({ id, label: EVENT_TYPE_LABELS[id], count: typeCounts.get(id)!, group: groupOf(id) })),
      places: [...placeCounts]
        .map(([id, count]) => ({ id, name: placeNames.get(id) ?? id, count }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'ar')),
      years: [...years].map(([year, list]) => ({ year, events: list })),
      months: { from: isoAt(domain[0], 'month'), to: isoAt(domain[1] - 1, 'month') },
    },
  };
}

/** The sentences each article is quoted for, by article slug, in the order of the events. */
export function citationsByArticle(events: readonly EventView[]): Map<string, Citation[]> {
  const out = new Map<string, Citation[]>();
  for (const e of events) {
    for (const c of e.claims) {
      const list = out.get(c.article.slug) ?? [];
      list.push({ anchor: c.anchor, quote: c.quote, event: { id: e.id, title: e.title, href: e.href } });
      out.set(c.article.slug, list);
    }
  }
  return out;
}
