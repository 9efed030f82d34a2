/**
 * What search indexes and what the search page needs to read a query: one record per article, place
 * and event page (original text, filters, date), and the lexicon of names (gazetteer + aliases). The
 * build's second step (src/search-index, after `astro build`) turns the records into the Pagefind index.
 */
import { join } from 'node:path';
import { contentDir } from '../loaders/content-dir.ts';
import { readYamlFile } from '../loaders/yaml-file.ts';
import type { LexiconGroup } from '../lib/search/lexicon.ts';
import { shardCount, shardPagesSetting } from '../lib/search/shards.ts';
import { monthsOf } from '../lib/dates/span.ts';
import { aliasesSchema, type AliasGroup } from '../schemas/alias.ts';
import { articleDetails, articleTexts, listArticles } from './articles.ts';
import { listEvents } from './events.ts';
import { gazetteer } from './gazetteer.ts';
import { countryName, kindLabel } from './places.ts';
import { placeHref } from '../lib/paths.ts';


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

/** content/aliases.yaml through its schema (`npm run check` and the build's check run its rules); none when the file is absent. */
export function aliasGroups(): AliasGroup[] {
  return readYamlFile({ file: join(contentDir(), 'aliases.yaml'), schema: aliasesSchema, schemaFile: 'src/schemas/alias.ts', list: 'aliases', missing: [] });
}

/** The groups of names search reads queries and texts with: every gazetteer place, then the aliases. */
export function lexiconGroups(): LexiconGroup[] {
  const places = gazetteer().map((p) => ({ id: p.id, names: [p.name, ...p.variants, p.latin, ...p.latinVariants] }));
  return [...places, ...aliasGroups().map((a) => ({ id: a.id, names: a.names }))];
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

/** The lexicon file's content. */
export async function searchLexiconFile(): Promise<SearchLexiconFile> {
  const months = new Set((await listArticles()).flatMap((a) => monthsOf(a.published.iso)));
  const pages = (await searchRecords()).length;
  return {
    groups: lexiconGroups(),
    types: RECORD_TYPES,
    months: [...months].sort(),
    shards: shardCount(pages, shardPagesSetting(process.env.ARCHIVE_SEARCH_SHARD_PAGES)),
  };
}

function years(iso: string): string[] {
  return [iso.slice(0, 4)];
}

let cache: Promise<SearchRecord[]> | undefined;

/** Every page search indexes: articles, then places, then events; computed once per build. */
export function searchRecords(): Promise<SearchRecord[]> {
  cache ??= buildRecords();
  return cache;
}

async function buildRecords(): Promise<SearchRecord[]> {
  const [articles, details, texts, events] = await Promise.all([listArticles(), articleDetails(), articleTexts(), listEvents()]);
  const placesOf = new Map(details.map((d) => [d.slug, d.entry.data.places]));
  const eventYears = new Map<string, Set<string>>();
  for (const event of events) {
    for (const claim of event.claims) {
      const set = eventYears.get(claim.article.slug) ?? new Set<string>();
      set.add(String(event.year));
      eventYears.set(claim.article.slug, set);
    }
  }
  const records: SearchRecord[] = articles.map((a) => {
    return {
      url: a.href,
      type: 'article',
      title: a.title,
      text: `${a.title}\n${texts.get(a.slug) ?? ''}`,
      detail: [a.published.label, a.publisher].filter(Boolean).join(' · '),
      filters: {
        type: ['article'],
        place: (placesOf.get(a.slug) ?? []).map((p) => p.id),
        publisher: a.publisher ? [a.publisher] : [],
        year: years(a.published.iso),
        month: monthsOf(a.published.iso),
        eventYear: [...(eventYears.get(a.slug) ?? [])].sort(),
      },
      date: a.published.iso,
    };
  });
  for (const p of gazetteer()) {
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
