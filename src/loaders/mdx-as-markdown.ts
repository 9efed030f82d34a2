/**
 * A content loader for the ingest's .mdx articles that renders their bodies with Astro's Markdown
 * pipeline: the ingest escapes every body to CommonMark-compatible text (src/ingest/steps/escape.ts),
 * so no article needs to become a JavaScript module, which is what made large builds slow and heavy.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ProblemsError, ReportError, reportText } from '../check/format.ts';
import { pendingCheck } from '../check/pending.ts';
import { shownPath } from '../check/read.ts';
import { readArticle } from '../check/rules/articles.ts';
import { cleanStrings } from '../lib/text-hygiene.ts';

/**
 * An article that will not load is usually reported by the build's content check too, with every other
 * problem, each on its line: the check's report comes first, then the error met here (which the check
 * may not see, a rendering failure for one).
 */
async function explained(file: string, error: unknown): Promise<unknown> {
  const report = await pendingCheck()?.catch(() => undefined);
  if (!report || report.problems.length === 0) return error;
  const text = `${reportText(report)}\n\nwhile loading ${file}: ${error instanceof Error ? error.message : String(error)}`;
  // A file's problems are the whole message; another failure keeps its stack trace, which is the archive's to fix.
  return error instanceof ReportError ? new ReportError(text) : new Error(text);
}

/**
 * Loads every `*.mdx` file of `base` (relative to the project root) as a Markdown-rendered entry, its
 * frontmatter read through the article schema by the check's own reader: a file that does not pass
 * throws the lines `npm run check` prints for it. The check runs every other rule, once, beside the load.
 */
export function mdxAsMarkdown({ base }: { base: string }): Loader {
  return {
    name: 'mdx-as-markdown',
    load: async (context: LoaderContext) => {
      const { config, store, renderMarkdown, generateDigest, watcher } = context;
      const root = decodeURIComponent(config.root.pathname);
      const dir = resolve(root, base);

      const sync = async (name: string) => {
        const path = join(dir, name);
        const contents = await readFile(path, 'utf8');
        const digest = generateDigest(contents);
        const article = readArticle(shownPath(path), contents);
        if (!article.ok) throw new ProblemsError(article.problems);
        const id = article.data.slug;
        // An unchanged file keeps the entry the data store cached from the last build.
        if (store.get(id)?.digest === digest) return id;
        const rendered = await renderMarkdown(article.body, { fileURL: new URL(`file://${path}`) });
        // Fields reach pages, feeds and data files as text with no control, noncharacter or unpaired bidi
        // control (the body is cleaned as it renders): a character a hand edit let in cannot break them.
        // No body: the store is bundled into the build whole, and the pages need only the rendered HTML.
        store.set({ id, data: cleanStrings(article.data), filePath: relative(root, path).split('\\').join('/'), digest, rendered });
        return id;
      };

      const syncChecked = (name: string) => sync(name).catch(async (error: unknown) => Promise.reject(await explained(shownPath(join(dir, name)), error)));

      const syncAll = async () => {
        const names = (await readdir(dir)).filter((n) => n.endsWith('.mdx')).sort();
        const ids = new Set<string>();
        // A few files at a time: enough to overlap reads with rendering without holding every body at once.
        for (let i = 0; i < names.length; i += 16) {
          for (const id of await Promise.all(names.slice(i, i + 16).map(syncChecked))) ids.add(id);
        }
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      };

      await syncAll();
      watcher?.add(dir);
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(dir) && path.endsWith('.mdx')) void syncAll();
      });
    },
  };
}
