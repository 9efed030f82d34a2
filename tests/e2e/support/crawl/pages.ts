/** What the crawl visits: every HTML file of a built site, each as the address a reader opens and the kind of page it is. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from '../../../../src/lib/linkcheck/site.ts';

/** The kinds of pages the site builds; rules say which kinds they hold for. */
export type PageKind =
  | 'home'
  | 'about'
  | 'article'
  | 'source'
  | 'places'
  | 'place'
  | 'event'
  | 'map'
  | 'timeline'
  | 'search'
  | 'data'
  | 'not-found'
  | 'other';

/** One page of the built site as the crawl visits it. */
export interface SitePage {
  /** The address the crawl opens, under the base path («/about/»; an unknown address for the 404 page). */
  path: string;
  /** The file it is served from, relative to dist («about/index.html», «404.html»). */
  file: string;
  /** The page's path as the budgets name it («/about/», «/404.html»). */
  budgetPath: string;
  kind: PageKind;
  /** The HTTP status a static host answers with. */
  status: 200 | 404;
  /** True for the largest page of its kind (the most elements of its template), which a costly rule checks for all of its kind. */
  largestOfKind: boolean;
}

/** An address no page has: the host answers it with 404.html. */
export const UNKNOWN_ADDRESS = '/no-such-page/';

/** The kind of page at a URL path («/articles/x/» → article, «/articles/x/source/» → source). */
export function kindOf(path: string): PageKind {
  const fixed: Record<string, PageKind> = {
    '/': 'home',
    '/about/': 'about',
    '/places/': 'places',
    '/map/': 'map',
    '/timeline/': 'timeline',
    '/search/': 'search',
    '/data/': 'data',
  };
  if (fixed[path]) return fixed[path];
  if (/^\/articles\/[^/]+\/$/.test(path)) return 'article';
  if (/^\/articles\/[^/]+\/source\/$/.test(path)) return 'source';
  if (/^\/places\/[^/]+\/$/.test(path)) return 'place';
  if (/^\/events\/[^/]+\/$/.test(path)) return 'event';
  return 'other';
}

/** The id in a page's address: «/articles/2016-12-sirte-reuters/» → «2016-12-sirte-reuters», «/places/sirte/» → «sirte». */
export const idOf = (page: SitePage): string => page.path.split('/')[2] ?? '';

/** Every HTML file of the site in `dist` (built for the domain root), in file order; 404.html is opened through an unknown address. */
export function sitePages(dist = 'dist'): SitePage[] {
  const pages: SitePage[] = htmlFiles(dist).map((file) => {
    if (file === '404.html') return { path: UNKNOWN_ADDRESS, file, budgetPath: '/404.html', kind: 'not-found', status: 404, largestOfKind: false };
    const path = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
    return { path, file, budgetPath: path, kind: kindOf(path), status: 200, largestOfKind: false };
  });
  const largest = new Map<PageKind, { page: SitePage; size: number }>();
  for (const page of pages) {
    const size = statSync(join(dist, page.file)).size;
    if (size > (largest.get(page.kind)?.size ?? -1)) largest.set(page.kind, { page, size });
  }
  for (const { page } of largest.values()) page.largestOfKind = true;
  return pages;
}

/** Pages whose purpose needs JavaScript (map, timeline, search); every other page ships none. */
export const SCRIPTED: ReadonlySet<PageKind> = new Set(['home', 'map', 'timeline', 'search']);

/** Reading pages: the budgets hold them to no JavaScript, little CSS and HTML close to their text. */
const READING: ReadonlySet<PageKind> = new Set(['article', 'place', 'places', 'about']);

/** True for a reading page. */
export const isReading = (page: SitePage) => READING.has(page.kind);

/** A test for pages of the given kinds. */
export const ofKind =
  (...kinds: PageKind[]) =>
  (page: SitePage): boolean =>
    kinds.includes(page.kind);
