/**
 * The order of pages by date for the search page's «newest» and «oldest»: written by the index step as
 * Pagefind page ids, newest first, and read only when a reader asks for it — kept out of Pagefind's own
 * sort index, which every first search would download inside its metadata.
 */

/** A page with the date it is ordered by, if it has one. */
export interface DatedPage {
  url: string;
  /** ISO date at its precision («2016», «2016-12», «2016-12-05»). */
  date?: string;
}

/** Ids of the dated pages, newest first; equal dates by URL, so the order never depends on the input's. */
export function newestFirst(pages: readonly DatedPage[], idOf: ReadonlyMap<string, string>): string[] {
  return pages
    .filter((p): p is Required<DatedPage> => p.date !== undefined && idOf.has(p.url))
    .sort((a, b) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url))
    .map((p) => idOf.get(p.url)!);
}
