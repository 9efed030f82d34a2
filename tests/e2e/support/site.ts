/** The pages of the built site, found by walking dist/ so that every new page is tested without a list to update. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** URL paths of every HTML page in dist/ («/», «/about/», «/articles/x/» …), 404 page excluded. */
export function builtPages(dist = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') {
        const rel = relative(dist, dir).split(sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/** One page of each type: the first article stands for all articles. */
export function pageTypes(pages: string[]): Record<string, string> {
  const types: Record<string, string> = {};
  for (const p of pages) {
    const type = p === '/' ? 'home' : p.replace(/^\/([^/]+)\/.*$/, '$1') + (p.endsWith('/source/') ? '-source' : '');
    types[type] ??= p;
  }
  return types;
}
