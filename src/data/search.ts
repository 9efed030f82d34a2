/**
 * Search for the pages: the records search indexes and the lexicon file the search page reads, joined
 * once per build by ./join/search.ts from the articles, the gazetteer, the aliases and the events.
 */
import { join } from 'node:path';
import { shardCount, shardPagesSetting } from '../lib/search/shards.ts';
import { contentDir } from '../loaders/content-dir.ts';
import { readYamlFile } from '../loaders/yaml-file.ts';
import { aliasesSchema, type AliasGroup } from '../schemas/alias.ts';
import { articlesWithText, listArticles } from './articles.ts';
import { listEvents } from './events.ts';
import { gazetteer } from './gazetteer.ts';
import { lexiconGroups, searchLexicon, searchRecords as records, type SearchLexiconFile, type SearchRecord } from './join/search.ts';

export { RECORD_TYPES, type RecordType, type SearchLexiconFile, type SearchRecord } from './join/search.ts';

/** content/aliases.yaml through its schema (`npm run check` and the build's check run its rules); none when the file is absent. */
export function aliasGroups(): AliasGroup[] {
  return readYamlFile({ file: join(contentDir(), 'aliases.yaml'), schema: aliasesSchema, schemaFile: 'src/schemas/alias.ts', list: 'aliases', missing: [] });
}

let cache: Promise<SearchRecord[]> | undefined;

/** Every page search indexes: articles, then places, then events; computed once per build. */
export function searchRecords(): Promise<SearchRecord[]> {
  cache ??= Promise.all([articlesWithText(), listEvents()]).then(([articles, events]) => records(articles, gazetteer(), events));
  return cache;
}

/** The lexicon file's content. */
export async function searchLexiconFile(): Promise<SearchLexiconFile> {
  const pages = (await searchRecords()).length;
  const shards = shardCount(pages, shardPagesSetting(process.env.ARCHIVE_SEARCH_SHARD_PAGES));
  return searchLexicon(lexiconGroups(gazetteer(), aliasGroups()), await listArticles(), shards);
}
