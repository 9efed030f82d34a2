/**
 * The built search index, searched in Node as the search page searches it in its worker: Pagefind's own
 * module from dist/pagefind (which runs outside a browser since Pagefind 1.4), every shard merged, and the
 * query read with the archive's analysis (src/lib/search) into the same Pagefind searches.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileLexicon, type LexiconGroup } from '../../../src/lib/search/lexicon.ts';
import { searchQuery } from '../../../src/lib/search/query.ts';
import type { Pagefind } from '../../../src/lib/search/remote.ts';
import { shardFolder } from '../../../src/lib/search/shards.ts';

/** What the index step writes beside the index for the search page: name groups and the number of shards. */
interface LexiconFile {
  groups: LexiconGroup[];
  shards: number;
}

export interface BuiltIndex {
  /** URL paths of the articles a reader's query finds («/articles/2016-12-sirte-reuters/»), best first. */
  articles: (query: string) => Promise<string[]>;
}

/** Opens the index of the site in `dist`, fetching its files from the same site served at `siteUrl`. */
export async function openBuiltIndex(siteUrl: string, dist = 'dist'): Promise<BuiltIndex> {
  const pagefind = (await import(/* @vite-ignore */ pathToFileURL(resolve(dist, 'pagefind', 'pagefind.js')).href)) as Pagefind;
  // Pagefind fetches its files; Node's fetch reads http:, not file:, so they come from the test server.
  await pagefind.options({ basePath: new URL('pagefind/', siteUrl).href, baseUrl: '/' });
  await pagefind.init();
  const labels = JSON.parse(readFileSync(join(dist, 'search', 'lexicon.json'), 'utf8')) as LexiconFile;
  for (let k = 1; k < labels.shards; k++) await pagefind.mergeIndex(new URL(`pagefind/${shardFolder(k)}`, siteUrl).href, { baseUrl: '/' });
  const lexicon = compileLexicon(labels.groups);
  return {
    async articles(query) {
      const { merged } = await searchQuery(pagefind, query, lexicon, { type: { any: ['article'] } });
      return Promise.all(merged.map(async ({ best }) => new URL((await best.data()).url, siteUrl).pathname));
    },
  };
}
