/** Drives the search page as a reader does: through its URL, waiting until the results are shown. */
import type { Page } from 'playwright-core';

/** Opens /search/?<query> and waits for the results. */
export async function openSearch(page: Page, siteUrl: string, query: string): Promise<void> {
  await page.goto(`${siteUrl}search/?${query}`);
  await waitForResults(page);
}

/** Waits until <archive-search> has shown the results of the latest search. */
export async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('archive-search')?.getAttribute('data-state') === 'ready');
}

/** The paths of the results shown, in order («/articles/2016-12-sirte-reuters/»). */
export function resultPaths(page: Page): Promise<string[]> {
  return page.$$eval('.search-result h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The paths of every result, in order, pressing «more» until all are shown. */
export async function allResultPaths(page: Page): Promise<string[]> {
  while (await page.isVisible('[data-more]')) {
    const shown = await page.locator('.search-result').count();
    await page.click('[data-more]');
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, shown);
  }
  return resultPaths(page);
}
