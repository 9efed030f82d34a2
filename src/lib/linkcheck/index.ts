/**
 * Internal link checker over a built site: every href, src and srcset of every HTML page must reach a
 * file of the build under the base path, and every #anchor an element of the target page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageAnchors, pageLinks } from './html.ts';
import { fileUrl, htmlFiles, urlFile } from './site.ts';

/** One link that does not resolve. */
export interface BrokenLink {
  /** URL path of the page holding the link, e.g. «/archive/about/». */
  page: string;
  /** The link as written in the page. */
  link: string;
  /** Why it does not resolve, e.g. «no such file in the build». */
  why: string;
}

export interface LinkCheckOptions {
  /** The built site's folder (Astro's outDir). */
  dist: string;
  /** The base path the site is built for and served under, «/» at a domain root. */
  base: string;
  /** The site's public origin (Astro's `site`): absolute links to it (canonical URLs) are checked too. */
  site?: string;
}

/** Stands for the site's origin when it has none: relative links resolve against it. */
const LOCAL_ORIGIN = 'http://site.invalid';

/** Fragments a browser always accepts: none, «top», and text fragments («#:~:text=…»). */
function anchorOf(hash: string): string | null {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, '')).split(':~:')[0]!;
  } catch {
    return hash;
  }
  return id === '' || id.toLowerCase() === 'top' ? null : id;
}

/** Every broken internal link and anchor of the site in `dist`, page by page, each reported once per page. */
export function checkLinks({ dist, base, site }: LinkCheckOptions): BrokenLink[] {
  const origins = new Set([LOCAL_ORIGIN, ...(site ? [new URL(site).origin] : [])]);
  const anchors = new Map<string, Set<string>>();
  const anchorsOf = (file: string) => {
    if (!anchors.has(file)) anchors.set(file, pageAnchors(readFileSync(join(dist, file), 'utf8')));
    return anchors.get(file)!;
  };
  const broken: BrokenLink[] = [];
  for (const file of htmlFiles(dist)) {
    const page = fileUrl(file, base);
    const seen = new Set<string>();
    for (const { url } of pageLinks(readFileSync(join(dist, file), 'utf8'))) {
      if (seen.has(url)) continue;
      seen.add(url);
      const why = linkProblem(url, page, { dist, base, origins, anchorsOf, self: file });
      if (why) broken.push({ page, link: url, why });
    }
  }
  return broken;
}

/** Why one link of `page` does not resolve, or null when it does or leaves the site. */
function linkProblem(
  url: string,
  page: string,
  ctx: { dist: string; base: string; origins: Set<string>; anchorsOf: (file: string) => Set<string>; self: string },
): string | null {
  // Other schemes (mailto:, data:, tel:) are not files of the site.
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^https?:/i.test(url)) return null;
  let resolved: URL;
  try {
    resolved = new URL(url, LOCAL_ORIGIN + page);
  } catch {
    return 'not a valid URL';
  }
  if (!ctx.origins.has(resolved.origin)) return null;
  const target = url.startsWith('#') ? { file: ctx.self } : urlFile(ctx.dist, resolved.pathname, ctx.base);
  if ('why' in target) return target.why;
  const id = anchorOf(resolved.hash);
  if (id === null || !target.file.endsWith('.html')) return null;
  return ctx.anchorsOf(target.file).has(id) ? null : `no element with id «${id}» in ${fileUrl(target.file, ctx.base)}`;
}

/** One line per broken link: «page → link: why». */
export function formatBroken(broken: BrokenLink[]): string {
  return broken.map((b) => `${b.page} → ${b.link}: ${b.why}`).join('\n');
}
