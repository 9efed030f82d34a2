/**
 * Where the built site will be served: its public origin (ARCHIVE_SITE) and the path under it
 * (ARCHIVE_BASE). astro.config.mjs builds for them and `npm run linkcheck` checks a build against them.
 */

/** The origin canonical URLs, feeds and the sitemap name when ARCHIVE_SITE is not set. */
export const DEFAULT_SITE = 'https://libya-archive.example.org';

/** The site's origin and base path from the environment, with their defaults. */
export function siteAddress(env: Record<string, string | undefined> = process.env): { site: string; base: string } {
  return { site: env.ARCHIVE_SITE?.trim() || DEFAULT_SITE, base: env.ARCHIVE_BASE?.trim() || '/' };
}
