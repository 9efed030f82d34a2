/** Bytes a reader downloads for a first search: the search page opened with a query, until results are ready. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../e2e/support/browser.ts';
import { serveStatic } from '../../e2e/support/static-server.ts';

/** What a first search costs, and how long a second one takes once the index is loaded. */
export interface SearchCost {
  /** Encoded bytes until the first results show (page, script, Pagefind, lexicon, index chunks, fragments). */
  bytes: number;
  /** Seconds from navigation to the first results. */
  seconds: number;
  /** Seconds from submitting a second query to its results, and the bytes it added. */
  nextSeconds: number;
  nextBytes: number;
}

/** Measures a first search from the search page's URL and a second one typed in its box; null without a search page. */
export async function firstSearch(dist: string, query = 'سرت', next = 'مصراتة'): Promise<SearchCost | null> {
  if (!existsSync(join(dist, 'search', 'index.html'))) return null;
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => {
      bytes += e.encodedDataLength;
    });
    const start = performance.now();
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => (document.querySelector('archive-search') as HTMLElement | null)?.dataset.state === 'ready', null, {
      timeout: 60_000,
    });
    const seconds = (performance.now() - start) / 1000;
    const before = bytes;
    await page.fill('#search-q', next);
    const typed = performance.now();
    await page.press('#search-q', 'Enter');
    await page.waitForFunction((q) => {
      const el = document.querySelector('archive-search') as HTMLElement | null;
      return el?.dataset.state === 'ready' && (el.querySelector('[data-status]')?.textContent ?? '').includes(q);
    }, next, { timeout: 60_000 });
    return { bytes: before, seconds, nextSeconds: (performance.now() - typed) / 1000, nextBytes: bytes - before };
  } finally {
    await browser.close();
    await server.close();
  }
}
