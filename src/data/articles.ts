/**
 * Articles for the pages: the only module that reads the articles collection. The view-models are
 * joined by the pure functions of ./join/articles.ts; this module gives them the collection.
 */
import { readFile } from 'node:fs/promises';
import { getCollection, type CollectionEntry } from 'astro:content';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { mdxToPlainText } from '../lib/mdx-text.ts';
import { articleDetail, articleSummaries, REMOVAL_LABELS, type ArticleDetail as Detail, type ArticleSummary, type ArticleWithText } from './join/articles.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
/** An article with what its own page needs, the collection entry it renders among it. */
export type ArticleDetail = Detail<ArticleEntry>;
export { REMOVAL_LABELS, type ArticleSummary };

/** Every article, newest first. */
export async function listArticles(): Promise<ArticleSummary[]> {
  return articleSummaries((await getCollection('articles')).map((e) => e.data));
}

/** Every article with what its page needs: body entry, provenance and removed lines. */
export async function articleDetails(): Promise<ArticleDetail[]> {
  return (await getCollection('articles')).map(articleDetail);
}

let textsCache: Promise<Map<string, string>> | undefined;

/**
 * The plain text of every article, by slug, computed once per build: places, events, search and exports
 * read it. It comes from the files, not the content store, which keeps only the rendered HTML (the store
 * is bundled into the build whole: 252 MB at 10,000 articles when it held the bodies as well).
 */
export function articleTexts(): Promise<Map<string, string>> {
  textsCache ??= getCollection('articles').then(async (entries) => {
    const texts = new Map<string, string>();
    for (const e of entries) {
      // Only the body is needed: the loader has parsed this file's YAML already.
      const parts = splitFrontmatter(await readFile(e.filePath!, 'utf8'));
      if (!parts) throw new Error(`${e.filePath}: no frontmatter — the file changed while the site was built; build again`);
      texts.set(e.data.slug, mdxToPlainText(parts.body));
    }
    return texts;
  });
  return textsCache;
}

/** Every article with its plain text: what places, search and exports join. */
export async function articlesWithText(): Promise<ArticleWithText[]> {
  const [details, texts] = await Promise.all([articleDetails(), articleTexts()]);
  return details.map((article) => ({ article, text: texts.get(article.slug) ?? '' }));
}
