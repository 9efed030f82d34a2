/**
 * A reader's query answered as the archive reads it: each reading of its words is one Pagefind search, and
 * their results are merged. The search page and the tests that search the built index run this same code.
 */
import { queryTerms, querySearches } from './analyze.ts';
import type { Lexicon } from './lexicon.ts';
import type { Filters, PagefindResponse, PagefindResult, SearchIndex } from './remote.ts';
import { EVERY_PAGE } from './tokens.ts';
import { mergeResults } from './union.ts';

/** The searches a query makes (every page when it has no words), their responses, and the merged results. */
export async function searchQuery(
  index: Pick<SearchIndex, 'search'>,
  query: string,
  lexicon: Lexicon,
  filters: Filters,
): Promise<{ searches: string[]; responses: PagefindResponse[]; merged: { best: PagefindResult; all: PagefindResult[] }[] }> {
  const searches = query ? querySearches(queryTerms(query, lexicon)) : [EVERY_PAGE];
  const responses = await Promise.all(searches.map((s) => index.search(s, { filters })));
  return { searches, responses, merged: mergeResults(responses.map((r) => r.results)) };
}
