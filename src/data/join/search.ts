/**
 * What search indexes and what the search page needs to read a query: one record per article, place
 * and event page (original text, filters, date), and the lexicon of names (gazetteer + aliases). Pure,
 * so that what search finds is tested without a build; src/data/search.ts gives it the content, and the
 * build's second step (src/search-index, after `astro build`) turns the records into the Pagefind index.
 */
import { placeHref } from '../../lib/paths.ts';
import type { LexiconGroup } from '../../lib/search/lexicon.ts';
import { monthsOf } from '../../lib/dates/span.ts';
import type { AliasGroup } from '../../schemas/alias.ts';
import type { Place } from '../../schemas/place.ts';
import { byPublishedDesc, type ArticleSummary, type ArticleWithText } from './articles.ts';
import type { EventView } from './events.ts';
import { countryName, kindLabel } from './places.ts';

/** The kinds of page search finds, with their Arabic names. */
export const RECORD_TYPES = { article: 'مقال', place: 'مكان', event: 'حدث' } as const;
/** One kind of page. */
export type RecordType = keyof typeof RECORD_TYPES;

/** One page as search indexes it. */
export interface SearchRecord {
  url: string;
  type: RecordType;
  title: string;
  /** The text as written: the title, a line break, then the body. Excerpts are cut from it. */
  text: string;
  /** Shown in a result: the date at its precision, the publisher or the kind of place. */
  detail: string;
  /** Filter values: type, place ids, publisher, year and month of publication, year of the events. */
  filters: Record<string, string[]>;
  /** ISO date (at its precision) for ordering by date; absent for undated pages. */
  date?: string;
}

/** The groups of names search reads queries and texts with: every gazetteer place, then the aliases. */
export function lexiconGroups(places: readonly Place[], aliases: readonly AliasGroup[]): LexiconGroup[] {
  const groups = places.map((p) => ({ id: p.id, names: [p.name, ...p.variants, p.latin, ...p.latinVariants] }));
  return [...groups, ...aliases.map((a) => ({ id: a.id, names: a.names }))];
}

/** What the search page downloads to read queries and label filters: ~2 KB gzipped. */
export interface SearchLexiconFile {
  /** Every group's names, its display name first: a place filter's label is its group's first name. */
  groups: LexiconGroup[];
  types: Record<RecordType, string>;
  /** Every month of publication (YYYY-MM) a date range can select, so a range needs no filter chunk. */
  months: string[];
  /** How many shards the index step writes the index in, and the search page merges (src/lib/search/shards.ts). */
  shards: number;
}

/** The lexicon file: the name groups, the kinds of page, every month of publication, and the number of shards of the index. */
export function searchLexicon(
  groups: LexiconGroup[],
  articles: readonly ArticleSummary[],
  shards: number,
): SearchLexiconFile {
  const months = new Set(articles.flatMap((a) => monthsOf(a.published.iso)));
  return { groups, types: RECORD_TYPES, months: [...months].sort(), shards };
}

/** The year of a date at any precision, as a filter value. */
function years(iso: string): string[] {
  return [iso.slice(0, 4)];
}

/** Every page search indexes: articles newest first, then the gazetteer's places, then the events in chronological order. */
export function searchRecords(articles: readonly ArticleWithText[], places: readonly Place[], events: readonly EventView[]): SearchRecord[] {
  const texts = new Map(articles.map(({ article, text }) => [article.slug, text]));
  const eventYears = new Map<string, Set<string>>();
  for (const event of events) {
    for (const claim of event.claims) {
      const set = eventYears.get(claim.article.slug) ?? new Set<string>();
      set.add(String(event.year));
      eventYears.set(claim.article.slug, set);
    }
  }
  const newestFirst = articles.map(({ article }) => article).sort(byPublishedDesc);
  const records: SearchRecord[] = newestFirst.map((a) => {
    return {
      url: a.href,
      type: 'article',
      title: a.title,
      text: `${a.title}\n${texts.get(a.slug) ?? ''}`,
      detail: [a.published.label, a.publisher].filter(Boolean).join(' · '),
      filters: {
        type: ['article'],
        place: a.entry.data.places.map((p) => p.id),
        publisher: a.publisher ? [a.publisher] : [],
        year: years(a.published.iso),
        month: monthsOf(a.published.iso),
        eventYear: [...(eventYears.get(a.slug) ?? [])].sort(),
      },
      date: a.published.iso,
    };
  });
  for (const p of places) {
    const names = [...p.variants, p.latin, ...p.latinVariants].join('، ');
    records.push({
      url: placeHref(p.id),
      type: 'place',
      title: p.name,
      text: `${p.name}\n${names} — ${kindLabel(p.kind)}، ${countryName(p.country)}`,
      detail: `${kindLabel(p.kind)}، ${countryName(p.country)}`,
      filters: { type: ['place'], place: [p.id] },
    });
  }
  for (const e of events) {
    const quotes = e.claims.map((c) => `«${c.quote}» (${c.article.title})`).join('\n');
    records.push({
      url: e.href,
      type: 'event',
      title: e.title,
      text: `${e.title}\n${e.description}\n${quotes}`,
      detail: e.date.label,
      filters: { type: ['event'], place: e.places.map((p) => p.id), eventYear: [String(e.year)] },
      date: e.date.times[0]!.datetime,
    });
  }
  return records;
}
