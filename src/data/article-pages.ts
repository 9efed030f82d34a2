/** Every article page's view-model (./join/article-pages.ts), from the articles, the gazetteer and the events' quotes. */
import { articleDetails, type ArticleEntry } from './articles.ts';
import { quotesByArticle } from './events.ts';
import { gazetteer } from './gazetteer.ts';
import { articlePages as join, type ArticlePage as Page } from './join/article-pages.ts';

/** One article page, with the collection entry it renders. */
export type ArticlePage = Page<ArticleEntry>;

/** Every article page. */
export async function articlePages(): Promise<ArticlePage[]> {
  return join(await articleDetails(), gazetteer(), await quotesByArticle());
}
