/** The pages of the built site, found by walking dist/ so that every new page is tested without a list to update. */
import { fileUrl, htmlFiles } from '../../../src/lib/linkcheck/site.ts';

/** URL paths of every HTML page in dist/ («/», «/about/», «/articles/x/» …), 404 page excluded: the link checker's walk. */
export function builtPages(dist = 'dist'): string[] {
  return htmlFiles(dist)
    .filter((f) => f.endsWith('index.html'))
    .map((f) => fileUrl(f, '/'))
    .sort();
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
