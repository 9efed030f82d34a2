/**
 * Event view-models from the events file's entries: each event joined with the articles its claims quote
 * and the places it names, sorted and formatted, and the timeline laid out. Pure, so that what pages show
 * is tested without a build; src/data/events.ts gives it the content.
 */
import { isoAt } from '../../lib/dates/calendar.ts';
import { dateView, type DateView } from '../../lib/dates/format.ts';
import { spanOf } from '../../lib/dates/span.ts';
import { figureConflicts, hasDateConflict, isDisputed, timelineDates } from '../../lib/events/index.ts';
import { eventHref, placeHref } from '../../lib/paths.ts';
import { quoteLink } from '../../lib/text-fragment.ts';
import { EVENT_TYPE_LABELS, figureLabel, figureText } from '../../lib/timeline/display.ts';
import { layoutTimeline, toPayload, type TimelineLayout, type TimelinePayload } from '../../lib/timeline/index.ts';
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
  href: string;
  places: EventPlace[];
  /** The editors' summary date (the span covering every claim when they disagree). */
  date: DateView;
  /** The dates the timeline draws: each claimed date when the sources disagree, else the event date. */
  dates: DateView[];
  /** True when the sources disagree on the date or on a number. */
  disputed: boolean;
  /** True when the sources disagree on the date. */
  dateConflict: boolean;
  /** What the sources count differently, in Arabic («القتلى»). */
  figureConflicts: string[];
  claims: ClaimView[];
  /** [start, end) in UTC ms of everything the event's dates cover. */
  start: number;
  end: number;
  year: number;
}

/** The whole timeline: layout, browser payload, events and what the filters offer. */
export interface TimelineView {
  layout: TimelineLayout;
  payload: TimelinePayload;
  /** Events in the layout's chronological order. */
  events: EventView[];
  /** Types present, in the schema's order; `color` is the type's fixed place in that order (its colour). */
  types: { id: EventType; label: string; count: number; color: number }[];
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
    href: eventHref(event.id),
    places: event.places.map((id) => ({ id, name: placeNames.get(id) ?? id, href: placeHref(id) })),
    date: dateView(event.date),
    dates: drawn.map(dateView),
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
        anchor,
        href: quoteLink(article.href, c.quote, anchor),
      };
    }),
    start,
    end: Math.max(...spans.map((s) => s.end)),
    year: new Date(start).getUTCFullYear(),
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
  const views = new Map(events.map((e) => [e.id, toView(e, articles, placeNames)]));
  const layout = layoutTimeline(events.map((e) => ({ id: e.id, dates: timelineDates(e) })), { width: 1000, direction: 'rtl' });
  const ordered = layout.events.map((e) => views.get(e.id)!);
  const payload = toPayload(layout, new Map(ordered.map((e) => [e.id, { places: e.places.map((p) => p.id), type: e.type }])));

  const typeCounts = new Map<EventType, number>();
  const placeCounts = new Map<string, number>();
  for (const e of ordered) {
    typeCounts.set(e.type, (typeCounts.get(e.type) ?? 0) + 1);
    for (const p of e.places) placeCounts.set(p.id, (placeCounts.get(p.id) ?? 0) + 1);
  }
  const typeOrder = Object.keys(EVENT_TYPE_LABELS) as EventType[];
  const years = new Map<number, EventView[]>();
  for (const e of ordered) years.set(e.year, [...(years.get(e.year) ?? []), e]);

  return {
    events: ordered,
    timeline: {
      layout,
      payload,
      events: ordered,
      types: typeOrder
        .filter((t) => typeCounts.has(t))
        .map((id) => ({ id, label: EVENT_TYPE_LABELS[id], count: typeCounts.get(id)!, color: typeOrder.indexOf(id) })),
      places: [...placeCounts]
        .map(([id, count]) => ({ id, name: placeNames.get(id) ?? id, count }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'ar')),
      years: [...years].map(([year, list]) => ({ year, events: list })),
      months: { from: isoAt(layout.domain[0], 'month'), to: isoAt(layout.domain[1] - 1, 'month') },
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
