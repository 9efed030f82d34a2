/**
 * Place view-models from the gazetteer, the articles and the events: the only code that joins them. A
 * place page receives its place, the articles that mention it (most mentions first, each with the first
 * sentence that names the place) and its events, already joined and sorted. Pure, so that what pages show
 * is tested without a build; src/data/places.ts gives it the content.
 */
import { countWords, EVENTS, mentionsLabel } from '../../lib/count-words.ts';
import { daysOf } from '../../lib/dates/span.ts';
import { LIBYA_FRAME, inBbox } from '../../lib/geo/bbox.ts';
import type { MapEvent, MapPlace } from '../../lib/geo/places-geojson.ts';
import { placeHref } from '../../lib/paths.ts';
import { COUNTRIES, LIBYAN_REGIONS, createTagger, type CountryCode } from '../../lib/places/index.ts';
import { sentenceAt } from '../../lib/sentences.ts';
import type { Place } from '../../schemas/place.ts';
import type { ArticleSummary, ArticleWithText } from './articles.ts';
import type { EventView } from './events.ts';

/** One article that mentions a place. */
export interface PlaceArticle {
  article: ArticleSummary;
  /** How many times the article mentions the place (from its frontmatter). */
  count: number;
  /** The first sentence of the article that names the place, as written; null if the tagger finds none. */
  sentence: string | null;
}

/** Everything a place page shows. */
export interface PlaceView {
  place: Place;
  /** The place's page. */
  href: string;
  /** Mentions across the archive: the sum of the articles' counts. */
  mentions: number;
  /** Articles mentioning the place, most mentions first, then newest first. */
  articles: PlaceArticle[];
  /** Events of the timeline that happened there, chronological. */
  events: EventView[];
  /** The place this one lies in (a district of a city), when the gazetteer says so. */
  partOf: { id: string; name: string; href: string | null } | null;
  /** True when the place has coordinates inside the frame of the Libya map. */
  onMap: boolean;
}

/** A region of the places index: its key, its Arabic name and its places, most mentioned first. */
export interface RegionGroup {
  key: string;
  label: string;
  places: PlaceView[];
  mentions: number;
}

/** Most mentioned first, then most articles, most events, then by id. */
function byMentions(a: PlaceView, b: PlaceView): number {
  return b.mentions - a.mentions || b.articles.length - a.articles.length || b.events.length - a.events.length || a.place.id.localeCompare(b.place.id);
}

/**
 * Every place of the gazetteer (`places`) that an article or an event names, most mentioned first (then
 * most articles, most events); `allEvents` are the events in chronological order.
 */
export function placeViews(places: readonly Place[], articles: readonly ArticleWithText[], allEvents: readonly EventView[]): PlaceView[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const tag = createTagger(places);
  const found = new Map<string, PlaceArticle[]>();
  for (const { article, text } of articles) {
    const mentions = article.entry.data.places;
    if (mentions.length === 0) continue;
    const first = new Map<string, number>();
    for (const m of tag(text)) if (!first.has(m.id)) first.set(m.id, m.start);
    for (const { id, count } of mentions) {
      // An unknown id stops the build before this runs (src/check/rules/article-places.ts, via the content-check integration).
      if (!byId.has(id)) continue;
      const at = first.get(id);
      const list = found.get(id) ?? [];
      // An editor may add a place the tagger does not see in the text: then there is no sentence to quote.
      list.push({ article, count, sentence: at === undefined ? null : sentenceAt(text, at) || null });
      found.set(id, list);
    }
  }
  const events = new Map<string, EventView[]>();
  for (const event of allEvents) for (const p of event.places) events.set(p.id, [...(events.get(p.id) ?? []), event]);

  const views: PlaceView[] = [];
  for (const place of places) {
    const articles = found.get(place.id) ?? [];
    const placeEvents = events.get(place.id) ?? [];
    if (articles.length === 0 && placeEvents.length === 0) continue;
    articles.sort(
      (a, b) => b.count - a.count || b.article.published.iso.localeCompare(a.article.published.iso) || a.article.slug.localeCompare(b.article.slug),
    );
    const parent = place.partOf ? byId.get(place.partOf) : undefined;
    views.push({
      place,
      href: placeHref(place.id),
      mentions: articles.reduce((sum, a) => sum + a.count, 0),
      articles,
      events: placeEvents,
      partOf: parent ? { id: parent.id, name: parent.name, href: found.has(parent.id) || events.has(parent.id) ? placeHref(parent.id) : null } : null,
      onMap: place.lat !== undefined && place.lon !== undefined && inBbox([place.lon, place.lat], LIBYA_FRAME),
    });
  }
  return views.sort(byMentions);
}

/** Arabic names of Libya's historical regions. */
const LIBYAN_REGION_LABELS: Record<(typeof LIBYAN_REGIONS)[number], string> = {
  tripolitania: 'إقليم طرابلس',
  cyrenaica: 'برقة',
  fezzan: 'فزان',
};

/** The Arabic heading of a region key: a Libyan region, or the country a foreign place lies in. */
export function regionLabel(region: string): string {
  if (region in LIBYAN_REGION_LABELS) return LIBYAN_REGION_LABELS[region as keyof typeof LIBYAN_REGION_LABELS];
  const country = Object.values(COUNTRIES).find((c) => c.region === region);
  return country ? country.nameAr : region;
}

/** The places index: Libya's regions first (west to east, then south), then the other countries, most mentioned first. */
export function placesByRegion(views: readonly PlaceView[]): RegionGroup[] {
  const groups = new Map<string, PlaceView[]>();
  for (const view of views) groups.set(view.place.region, [...(groups.get(view.place.region) ?? []), view]);
  const rank = (key: string) => {
    const i = (LIBYAN_REGIONS as readonly string[]).indexOf(key);
    return i === -1 ? LIBYAN_REGIONS.length : i;
  };
  return [...groups]
    .map(([key, places]) => ({ key, label: regionLabel(key), places, mentions: places.reduce((s, p) => s + p.mentions, 0) }))
    .sort((a, b) => rank(a.key) - rank(b.key) || b.mentions - a.mentions || a.key.localeCompare(b.key));
}

/** Arabic names of the kinds of place. */
const KIND_LABELS: Record<Place['kind'], string> = {
  city: 'مدينة',
  town: 'بلدة',
  district: 'منطقة إدارية',
  region: 'إقليم',
  site: 'موقع',
};

/** The kind of a place, in Arabic («مدينة», «موقع» …). */
export function kindLabel(kind: Place['kind']): string {
  return KIND_LABELS[kind];
}

/** A country's name in Arabic from its ISO code («LY» → «ليبيا»). */
export function countryName(code: CountryCode): string {
  return COUNTRIES[code].nameAr;
}

/** The whole count line of a place: its mentions (when articles name it) and its events (when it has any). */
export function countsLabel(view: PlaceView): string {
  const parts: string[] = [];
  if (view.articles.length > 0) parts.push(mentionsLabel(view.mentions, view.articles.length));
  if (view.events.length > 0) parts.push(countWords(view.events.length, EVENTS));
  return parts.join('، ');
}

/** What the maps need to know about a place; null for a place without coordinates. */
export function toMapPlace(view: PlaceView): MapPlace | null {
  const { lat, lon } = view.place;
  if (lat === undefined || lon === undefined) return null;
  return {
    id: view.place.id,
    name: view.place.name,
    latin: view.place.latin,
    lat,
    lon,
    href: view.href,
    mentions: view.mentions,
    articles: view.articles.map((a) => ({ title: a.article.title, href: a.article.href, count: a.count })),
    events: view.events.map(mapEvent),
  };
}

/** An event as the map lists and filters it: the days it covers ([start, end) as the timeline computed them, as inclusive ISO days). */
function mapEvent(e: EventView): MapEvent {
  return { id: e.id, title: e.title, href: e.href, date: e.when, ...daysOf(e), type: e.type, disputed: e.disputed };
}

/** The places the Libya maps draw: named by at least one article, with coordinates inside the frame; most mentioned first. */
export function mapPlaces(views: readonly PlaceView[]): MapPlace[] {
  return views.filter((v) => v.onMap && v.articles.length > 0).flatMap((v) => toMapPlace(v) ?? []);
}
