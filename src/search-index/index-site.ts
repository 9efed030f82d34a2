/**
 * The site's Pagefind index, built through Pagefind's Node API in its own process after `astro build`
 * (`npm run build` runs both): Astro keeps most of what it allocated until it exits, so indexing inside
 * the build added Pagefind's memory to Astro's. The index is written in shards of a few thousand pages
 * (src/lib/search/shards.ts), one at a time: Pagefind needed 5.6 GB to write 11,078 pages as one index.
 * Pages are not indexed from their HTML: each record (src/data/search.ts, written to
 * dist/search/records.json by the build) is indexed as a small document of its analysed text — one ASCII key word per word of
 * the original (src/lib/search) — so matching is Arabic-aware. Each result's fragment then gets the
 * original text in place of the keys, so excerpts are shown as written.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { indexText } from '../lib/search/analyze.ts';
import { newestFirst } from '../lib/search/date-order.ts';
import { shardFolder, writeShards } from '../lib/search/shards.ts';
import { readFragment, withText, writeFragment } from '../lib/search/fragment.ts';
import { compileLexicon, type Lexicon } from '../lib/search/lexicon.ts';
import { EVERY_PAGE, joinKeys } from '../lib/search/tokens.ts';
import { chunksOf } from '../lib/search/words.ts';
import type { SearchLexiconFile, SearchRecord } from '../data/search.ts';
import { recompress } from './recompress.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The document Pagefind reads for one record: key words in the body, everything else around it. */
export function recordHtml(record: SearchRecord, lexicon: Lexicon): string {
  const keys = indexText(record.text, lexicon).split(' ');
  keys[0] = joinKeys([keys[0]!, EVERY_PAGE]);
  const titleLength = chunksOf(record.title).length;
  const title = keys.slice(0, titleLength).join(' ');
  const body = keys.slice(titleLength).join(' ');
  // The original text is not metadata: Pagefind would index it as well, doubling the index and its memory.
  const meta = { title: record.title, detail: record.detail, type: record.type };
  const filters = Object.entries(record.filters).flatMap(([key, values]) =>
    values.map((v) => `<span data-pagefind-filter="${key}">${escapeHtml(v)}</span>`),
  );
  return [
    // «zxx», no linguistic content: the words are keys, so Pagefind runs no stemmer and ships its smallest WebAssembly.
    '<!doctype html><html lang="zxx"><head><meta charset="utf-8"></head><body>',
    // The title as a heading, which Pagefind weighs above the body; articles are listed first by the page itself.
    `<div data-pagefind-body><h1>${title}</h1><p>${body}</p></div>`,
    ...Object.entries(meta).map(([k, v]) => `<p data-pagefind-meta="${k}">${escapeHtml(v)}</p>`),
    ...filters,
    '</body></html>',
  ].join('');
}

/** Pagefind's ready-made UIs and web worker: the site has its own search page and worker (src/lib/search/remote.ts). */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\./;
/** What a shard after the first needs: the search page loads Pagefind's code and WebAssembly from the first. */
const SHARD_KEEPS = /^(pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;
/** What every first search loads, whatever it asks: gzipped again, smaller (recompress.ts). */
const LOADED_FIRST = /^(wasm\..+\.pagefind|.+\.pf_meta)$/;

/**
 * Indexes the records as shard `shard` in a Pagefind process of its own that exits after, so that the memory
 * it held is given back before the next shard, and writes the files the site serves into `out`; returns each
 * page's id (its fragment's name) by URL. The records go to Pagefind as a folder of documents, which it reads
 * in parallel: 1,178 records took 3.3 s sent one message at a time, 1.7 s as a folder (1.0 s to analyse and
 * write them, 0.7 s to read them). The index comes back as bytes (getFiles), and this step writes every file
 * itself: Pagefind 1.5's writeFiles answers before its last writes reach the disk (it drops its files
 * unflushed, Pagefind issue #1271), so closing it then left a truncated or empty file in 7 runs of 300.
 */
async function writeShard(shard: number, records: readonly SearchRecord[], lexicon: Lexicon, out: string): Promise<Map<string, string>> {
  const documents = `${out}.documents`;
  for (const record of records) {
    // A record's URL is its document's folder, as Pagefind reads URLs back from paths («/articles/x/index.html» → «/articles/x/»).
    const folder = join(documents, ...record.url.split('/').filter(Boolean).map(decodeURIComponent));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.html'), recordHtml(record, lexicon));
  }
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
  let files: { path: string; content: Uint8Array }[];
  try {
    const added = await index.addDirectory({ path: documents });
    if (added.errors.length) throw new Error(`Pagefind could not read ${documents}: ${added.errors.join('; ')}`);
    if (added.page_count !== records.length) throw new Error(`Pagefind read ${added.page_count} of the ${records.length} documents in ${documents}`);
    const built = await index.getFiles();
    if (built.errors.length) throw new Error(`Pagefind could not build the index of ${documents}: ${built.errors.join('; ')}`);
    files = built.files;
  } finally {
    await pagefind.close();
  }
  await rm(documents, { recursive: true });
  const textOf = new Map(records.map((r) => [r.url, r.text]));
  const idOf = new Map<string, string>();
  for (const { path, content } of files) {
    const top = path.split('/')[0]!;
    if (shard === 0 ? UNUSED.test(top) : !SHARD_KEEPS.test(top)) continue;
    const given = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    let bytes: Uint8Array = given;
    const id = /^fragment\/(.+)\.pf_fragment$/.exec(path)?.[1];
    if (id !== undefined) {
      // Each fragment gets its record's original text in place of the key words it was indexed as.
      const fragment = readFragment(given, path);
      const text = textOf.get(fragment.url);
      if (text === undefined) throw new Error(`${path}: no search record for ${fragment.url}`);
      bytes = writeFragment(withText(fragment, text));
      idOf.set(fragment.url, id);
    } else if (LOADED_FIRST.test(path)) {
      bytes = await recompress(given, path);
    }
    const file = join(out, path);
    mkdirSync(dirname(file), { recursive: true });
    // Synchronous writes: the step has nothing else to do meanwhile, and each file skips a trip through the thread pool.
    writeFileSync(file, bytes);
  }
  return idOf;
}

/**
 * Indexes the records of the built site in `dist` as the shards its lexicon file names (src/lib/search/shards.ts),
 * written aside and moved into dist/pagefind/ once complete, then removes the records file; returns how many
 * pages were indexed.
 */
export async function indexSite(dist: string): Promise<number> {
  const recordsFile = join(dist, 'search', 'records.json');
  if (!existsSync(recordsFile)) throw new Error(`${recordsFile} not found: build the site with \`astro build\` first (\`npm run build\` runs both steps)`);
  const { records } = JSON.parse(await readFile(recordsFile, 'utf8')) as { records: SearchRecord[] };
  const lexiconFile = JSON.parse(await readFile(join(dist, 'search', 'lexicon.json'), 'utf8')) as SearchLexiconFile;
  const lexicon = compileLexicon(lexiconFile.groups);
  const shards = lexiconFile.shards;
  if (!Number.isInteger(shards) || shards < 1) throw new Error(`${join(dist, 'search', 'lexicon.json')}: «shards» is ${shards}, not a number of shards: rebuild with \`astro build\``);
  const work = join(dist, 'pagefind.tmp');
  await rm(work, { recursive: true, force: true });
  const ids = await writeShards(records.length, shards, async (shard, pages) => {
    const out = join(work, String(shard));
    await rm(out, { recursive: true, force: true });
    const idOf = await writeShard(shard, pages.map((p) => records[p]!), lexicon, out);
    return new Map(pages.map((p) => [p, idOf.get(records[p]!.url)!]));
  });
  const idOf = new Map(ids.flatMap((shard) => [...shard].map(([page, id]) => [records[page]!.url, id] as const)));
  await writeFile(join(work, '0', 'date-order.json'), JSON.stringify(newestFirst(records, idOf)));
  for (let shard = 1; shard < ids.length; shard++) await rename(join(work, String(shard)), join(work, '0', shardFolder(shard)));
  const out = join(dist, 'pagefind');
  await rm(out, { recursive: true, force: true });
  await rename(join(work, '0'), out);
  await rm(work, { recursive: true });
  await rm(recordsFile);
  return records.length;
}
