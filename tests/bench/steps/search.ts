/** Bytes a reader downloads for a first search: the search page opened with a query, until results are ready. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzSize } from '../../budgets/check.ts';
import { launchBrowser } from '../../e2e/support/browser.ts';
import { serveStatic } from '../../e2e/support/static-server.ts';

// Text a host compresses; Pagefind's index chunks, fonts and WebAssembly are sent as they are.
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|txt|xml)$/;

/** Bytes of a file as a host sends it: gzipped when it is text (a local server does not compress). */
function sentBytes(file: string): number {
  const body = readFileSync(file);
  return COMPRESSIBLE.test(file) ? gzSize(body) : body.length;
}

/** What a first search costs, and how long a second one takes once the index is loaded. */
export interface SearchCost {
  /** Bytes until the first results show (page, styles, fonts, script, Pagefind, lexicon, index chunks, fragments), text gzipped. */
  bytes: number;
  /** Of those, what search alone adds: its script, Pagefind's files and the lexicon. */
  searchBytes: number;
  /** Seconds from navigation to the first results. */
  seconds: number;
  /** Seconds from submitting a second query to its results, and the bytes it added. */
  nextSeconds: number;
  nextBytes: number;
}

/** Measures a first search from the search page's URL and a second one typed in its box; null without a search page. */
export async function firstSearch(dist: string, query = 'سرت', next = 'مصراتة'): Promise<SearchCost | null> {
  if (!existsSync(join(dist, 'search', 'index.html'))) return null;
  const served: string[] = [];
  // Counted on the server, so the requests of Pagefind's web worker are included.
  const server = await serveStatic(dist, '/', (file) => served.push(file));
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const start = performance.now();
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => (document.querySelector('archive-search') as HTMLElement | null)?.dataset.state === 'ready', null, {
      timeout: 60_000,
    });
    const seconds = (performance.now() - start) / 1000;
    const first = served.splice(0);
    const bytes = first.reduce((sum, f) => sum + sentBytes(f), 0);
    // Search's own files: its page script, Pagefind and the lexicon (not the page, styles or fonts).
    const searchBytes = first.filter((f) => /[/\\](pagefind[/\\]|search[/\\]lexicon\.json|_astro[/\\][^/\\]+\.js$)/.test(f)).reduce((sum, f) => sum + sentBytes(f), 0);
    await page.fill('#search-q', next);
    const typed = performance.now();
    await page.press('#search-q', 'Enter');
    await page.waitForFunction((q) => {
      const el = document.querySelector('archive-search') as HTMLElement | null;
      return el?.dataset.state === 'ready' && (el.querySelector('[data-status]')?.textContent ?? '').includes(q);
    }, next, { timeout: 60_000 });
    const nextSeconds = (performance.now() - typed) / 1000;
    return { bytes, searchBytes, seconds, nextSeconds, nextBytes: served.reduce((sum, f) => sum + sentBytes(f), 0) };
  } finally {
    await browser.close();
    await server.close();
  }
}
