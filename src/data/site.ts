/**
 * The archive's name and addresses, for every page, feed and data file: paths under the base path the
 * site is built for, and absolute URLs on its public origin (ARCHIVE_BASE and ARCHIVE_SITE, read by
 * astro.config.mjs).
 */
import { withBase } from '../lib/paths.ts';

/** The archive's name, as pages, feeds, citations and data packages give it. */
export const SITE_NAME = 'أرشيف ليبيا';

/** A root-relative path of the site under its base path: «/places/» → «/libya-archive/places/». */
export function sitePath(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** A path of the site (from sitePath) as an absolute URL on its public origin, for canonical links, feeds and data. */
export function absoluteUrl(href: string): string {
  return new URL(href, import.meta.env.SITE).href;
}
