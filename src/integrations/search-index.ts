/**
 * Builds the Pagefind index after `astro build`, through Pagefind's Node API. Pages are not indexed
 * from their HTML: each record (src/data/search.ts, written to dist/search/records.json by the build)
 * is indexed as its analysed text — one ASCII key word per word of the original (src/lib/search) — so
 * matching is Arabic-aware. Each result's fragment then gets the original text in place of the keys,
 * so excerpts are shown as written. The records file is then removed from the site.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { indexText } from '../lib/search/analyze.ts';
import { compileLexicon, type Lexicon } from '../lib/search/lexicon.ts';
import { EVERY_PAGE, joinKeys } from '../lib/search/tokens.ts';
import { chunksOf } from '../lib/search/words.ts';
import { readFragment, withText, writeFragment } from '../lib/search/fragment.ts';
import type { SearchLexiconFile, SearchRecord } from '../data/search.ts';

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
    record.date ? `<span data-pagefind-sort="date">${record.date}</span>` : '',
    '</body></html>',
  ].join('');
}

/** Every fragment gets its record's original text in place of the key words it was indexed as. */
async function putOriginalText(dir: string, records: readonly SearchRecord[]): Promise<void> {
  const textOf = new Map(records.map((r) => [r.url, r.text]));
  for (const name of await readdir(dir)) {
    const file = `${dir}/${name}`;
    const fragment = readFragment(await readFile(file), file);
    const text = textOf.get(fragment.url);
    if (text === undefined) throw new Error(`search index: ${file}: no record for ${fragment.url}`);
    await writeFile(file, writeFragment(withText(fragment, text)));
  }
}

/** The Astro integration. */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'archive-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const recordsFile = `${out}search/records.json`;
        const { records } = JSON.parse(await readFile(recordsFile, 'utf8')) as { records: SearchRecord[] };
        const lexiconFile = JSON.parse(await readFile(`${out}search/lexicon.json`, 'utf8')) as SearchLexiconFile;
        const lexicon = compileLexicon(lexiconFile.groups);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`search index: Pagefind did not start: ${errors.join('; ')}`);
        for (const record of records) {
          const added = await index.addHTMLFile({ url: record.url, content: recordHtml(record, lexicon) });
          if (added.errors.length) throw new Error(`search index: ${record.url}: ${added.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: `${out}pagefind` });
        if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
        await pagefind.close();
        await putOriginalText(`${out}pagefind/fragment`, records);
        await rm(recordsFile);
        // Pagefind also writes its ready-made UIs; the site has its own search page, so they are not published.
        for (const name of await readdir(`${out}pagefind`)) {
          if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name)) await rm(`${out}pagefind/${name}`);
        }
        logger.info(`Pagefind index of ${records.length} pages written in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
