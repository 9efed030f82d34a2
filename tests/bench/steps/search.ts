/** Bytes a reader downloads for a first search: the search page opened with a query, until results are ready. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../e2e/support/browser.ts';
import { serveStatic } from '../../e2e/support/static-server.ts';

/** Total encoded bytes and seconds until `archive-search` is ready; null when the site has no search page. */
export async function firstSearch(dist: string, query = 'سرت'): Promise<{ bytes: number; seconds: number } | null> {
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
    return { bytes, seconds };
  } finally {
    await browser.close();
    await server.close();
  }
}
