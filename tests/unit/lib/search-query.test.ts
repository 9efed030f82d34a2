import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../src/lib/search/lexicon.ts';
import { searchQuery } from '../../../src/lib/search/query.ts';
import type { PagefindResponse, PagefindResult } from '../../../src/lib/search/remote.ts';
import { EVERY_PAGE } from '../../../src/lib/search/tokens.ts';

/** An index that answers each search with the pages listed for it, and records what it was asked. */
function fakeIndex(pages: Record<string, [string, number][]>) {
  const asked: { term: string; filters: unknown }[] = [];
  return {
    asked,
    search: async (term: string, o: { filters?: unknown }): Promise<PagefindResponse> => {
      asked.push({ term, filters: o.filters });
      const results: PagefindResult[] = (pages[term] ?? []).map(([id, score]) => ({ id, score, words: [], data: async () => ({ url: `/${id}/` }) as never }));
      return { results, filters: {} } as PagefindResponse;
    },
  };
}

describe('a reader\'s query, searched as the archive reads it', () => {
  it('searches each reading of «لداعش» once, with the filters given, and merges the pages they find, best score first', async () => {
    const lexicon = compileLexicon([]);
    const probe = fakeIndex({});
    const { searches } = await searchQuery(probe, 'لداعش', lexicon, { type: { any: ['article'] } });
    expect(searches.length).toBeGreaterThan(1);
    const [first, second] = searches as [string, string];
    const index = fakeIndex({ [first]: [['a', 1], ['b', 3]], [second]: [['a', 5]] });
    const { merged } = await searchQuery(index, 'لداعش', lexicon, { type: { any: ['article'] } });
    expect(index.asked.map((a) => a.term)).toEqual(searches);
    expect(index.asked.every((a) => JSON.stringify(a.filters) === '{"type":{"any":["article"]}}')).toBe(true);
    expect(merged.map((m) => [m.best.id, m.best.score, m.all.length])).toEqual([['a', 5, 2], ['b', 3, 1]]);
  });

  it('asks for every page when the reader gives only filters and no words', async () => {
    const index = fakeIndex({ [EVERY_PAGE]: [['c', 1]] });
    const { searches, merged } = await searchQuery(index, '', compileLexicon([]), { place: { any: ['sirte'] } });
    expect(searches).toEqual([EVERY_PAGE]);
    expect(merged.map((m) => m.best.id)).toEqual(['c']);
  });
});
