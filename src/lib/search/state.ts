/**
 * A search as a URL — `/search/?q=سرت&place=sirte&from=2016-05&to=2016-12&sort=newest` — so a
 * researcher can cite exactly what they searched, and loading the URL shows the same results.
 */

/** The facets readers filter by, as URL keys; several values of one facet mean «any of them». */
export const FACETS = ['type', 'place', 'publisher', 'year', 'eventYear'] as const;
/** One facet's key. */
export type Facet = (typeof FACETS)[number];

/** How results are ordered. */
export const SORTS = ['relevance', 'newest', 'oldest'] as const;
/** One order. */
export type Sort = (typeof SORTS)[number];

/** Everything a search is. */
export interface SearchState {
  q: string;
  facets: Record<Facet, string[]>;
  /** First month of publication, inclusive («2016-05»), or null. */
  from: string | null;
  /** Last month of publication, inclusive, or null. */
  to: string | null;
  sort: Sort;
}

/** A search with nothing asked. */
export function emptyState(): SearchState {
  return { q: '', facets: { type: [], place: [], publisher: [], year: [], eventYear: [] }, from: null, to: null, sort: 'relevance' };
}

// «2016» stands for its whole year: January as a start, December as an end.
function month(value: string | null, end: boolean): string | null {
  if (!value) return null;
  if (/^\d{4}$/.test(value)) return `${value}-${end ? '12' : '01'}`;
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : null;
}

/** Reads a query string; malformed months are dropped, a reversed range is put right. */
export function parseSearchState(query: string | URLSearchParams): SearchState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const state = emptyState();
  state.q = (params.get('q') ?? '').trim();
  for (const facet of FACETS) state.facets[facet] = [...new Set(params.getAll(facet).filter((v) => v.length > 0))];
  let from = month(params.get('from'), false);
  let to = month(params.get('to'), true);
  if (from && to && from > to) [from, to] = [to, from];
  state.from = from;
  state.to = to;
  const sort = params.get('sort');
  state.sort = (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : 'relevance';
  return state;
}

/** The query string of a search, in a fixed key order, without its «?»; «» for an empty search. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) for (const value of state.facets[facet]) params.append(facet, value);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params.toString();
}

/**
 * The months of `available` inside the range: an article whose date covers any of them overlaps the
 * range, the timeline's own rule, so «2016» (the year) is inside «2016-05 … 2016-12» and «2016-03» is not.
 */
export function monthsInRange(available: Iterable<string>, from: string | null, to: string | null): string[] {
  return [...available].filter((m) => (!from || m >= from) && (!to || m <= to)).sort();
}
