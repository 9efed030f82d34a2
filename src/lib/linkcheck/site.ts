/** The built site as files on disk and the URLs they answer, under a base path. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML file below `dist`, as paths relative to it with «/» separators, sorted. */
export function htmlFiles(dist: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) files.push(relative(dist, path).split(sep).join('/'));
    }
  };
  walk(dist);
  return files.sort();
}

/** Normalizes a base path to start and end with «/» («archive» → «/archive/»). */
export function normalizeBase(base: string): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** The URL path a file is served at: «about/index.html» under «/archive/» → «/archive/about/». */
export function fileUrl(file: string, base: string): string {
  return normalizeBase(base) + file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * The file a URL path is served from, as a static host answers it (a folder serves its index.html),
 * or why none: outside the base path, or nothing there.
 */
export function urlFile(dist: string, pathname: string, base: string): { file: string } | { why: string } {
  const b = normalizeBase(base);
  if (!pathname.startsWith(b) && `${pathname}/` !== b) return { why: `outside the base path ${b}` };
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(b.length));
  } catch {
    return { why: 'malformed percent-encoding' };
  }
  if (rel.split('/').includes('..')) return { why: 'climbs out of the site' };
  const path = join(dist, rel);
  if (existsSync(path) && statSync(path).isFile()) return { file: rel };
  const index = join(path, 'index.html');
  if (existsSync(index)) return { file: rel === '' ? 'index.html' : `${rel.replace(/\/$/, '')}/index.html` };
  return { why: 'no such file in the build' };
}

/**
 * The origin and base path a site was built for, read from the canonical link of its home page
 * (`<link rel="canonical" href="https://host/base/">`); undefined when the home page has none.
 */
export function builtAddress(dist: string): { site: string; base: string } | undefined {
  const home = join(dist, 'index.html');
  if (!existsSync(home)) return undefined;
  const tag = /<link\b[^>]*\brel=["']?canonical["']?[^>]*>/i.exec(readFileSync(home, 'utf8'))?.[0];
  const href = tag && /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1];
  if (!href) return undefined;
  try {
    const url = new URL(href);
    return { site: url.origin, base: normalizeBase(url.pathname) };
  } catch {
    return undefined;
  }
}
