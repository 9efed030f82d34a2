/**
 * Every address of the site, under the base path it is built for: pages, data files and client scripts
 * build their links here and nowhere else. The base is ARCHIVE_BASE, which astro.config.mjs gives Vite
 * as `import.meta.env.BASE_URL` (in pages, bundles and tests alike); absolute URLs are on ARCHIVE_SITE.
 */

/** Joins the site's base path (e.g. «/» or «/libya-archive/») and a root-relative path. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** A root-relative path of the site under its base path: «/places/» → «/libya-archive/places/». */
function sitePath(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** A path of the site (from this module) as an absolute URL on its public origin, for canonical links, feeds and data. */
export function absoluteUrl(href: string): string {
  return new URL(href, import.meta.env.SITE).href;
}

/** The site's pages and files that have one address each. */
const PAGES = {
  home: '/',
  timeline: '/timeline/',
  map: '/map/',
  places: '/places/',
  about: '/about/',
  search: '/search/',
  data: '/data/',
  rss: '/rss.xml',
  sitemap: '/sitemap-index.xml',
  favicon: '/favicon.svg',
  /** The interactive map's basemap (GeoJSON). */
  basemap: '/map/basemap.json',
  /** The interactive map's places, with their articles and events (GeoJSON). */
  mapPlaces: '/map/places.json',
  /** The timeline's events, as <archive-timeline> redraws and filters them. */
  timelineEvents: '/timeline/events.json',
  /** What the search page reads queries with, and the order of results by date. */
  searchLexicon: '/search/lexicon.json',
  pagefind: '/pagefind/pagefind.js',
  dateOrder: '/pagefind/date-order.json',
} as const;

/** One of the site's pages or files, at an anchor of it when `hash` is given: pageHref('home', 'articles') → «/#articles». */
export function pageHref(page: keyof typeof PAGES, hash?: string): string {
  return sitePath(hash === undefined ? PAGES[page] : `${PAGES[page]}#${hash}`);
}

/** An article's page, at the anchor of a quoted sentence when `anchor` is given. */
export function articleHref(slug: string, anchor?: string): string {
  return sitePath(anchor === undefined ? `/articles/${slug}/` : `/articles/${slug}/#${anchor}`);
}

/** The raw text of an article, as received: the file to download. */
export function sourceHref(slug: string): string {
  return sitePath(`/sources/${slug}.txt`);
}

/** The page that shows an article's raw text. */
export function sourceViewHref(slug: string): string {
  return sitePath(`/articles/${slug}/source/`);
}

/** A place's page. */
export function placeHref(id: string): string {
  return sitePath(`/places/${id}/`);
}

/** An event's page. */
export function eventHref(id: string): string {
  return sitePath(`/events/${id}/`);
}

/** A file of the open data, e.g. «events.csv». */
export function dataHref(file: string): string {
  return sitePath(`/data/${file}`);
}

/** The build-time SVG basemap of one width, which the static maps draw with <use>. */
export function basemapSvgHref(width: number): string {
  return sitePath(`/map/basemap-${width}.svg`);
}
