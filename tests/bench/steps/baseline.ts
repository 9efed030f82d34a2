/**
 * The baseline: a bare Astro site, plain Markdown in one content collection, one page per article,
 * built with the repository's own node_modules and indexed with the Pagefind CLI.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { YAML_STYLE } from '../../../src/ingest/steps/frontmatter.ts';
import type { GeneratedArticle } from './corpus.ts';

const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ build: { format: 'directory' } });
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: './articles' }),
  schema: z.object({ title: z.string(), date: z.string() }),
});
export const collections = { articles };
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{entry.data.title}</title></head>
<body><main data-pagefind-body><h1>{entry.data.title}</h1><p>{entry.data.date}</p><Content /></main></body></html>
`;

/** Writes the bare site for `articles` into `dir`; its node_modules is a link to `repoRoot`'s. */
export function writeBaseline(dir: string, repoRoot: string, articles: readonly GeneratedArticle[]): void {
  mkdirSync(join(dir, 'articles'), { recursive: true });
  mkdirSync(join(dir, 'src/pages/articles'), { recursive: true });
  symlinkSync(resolve(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }));
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/content.config.ts'), COLLECTIONS);
  writeFileSync(join(dir, 'src/pages/articles/[slug].astro'), PAGE);
  for (const a of articles) {
    const front = stringify({ title: a.data.title, date: a.data.published.date }, YAML_STYLE);
    writeFileSync(join(dir, 'articles', `${a.data.slug}.md`), `---\n${front}---\n\n${a.body}\n`);
  }
}
