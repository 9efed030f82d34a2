/**
 * Everything an article page shows, joined before rendering: the article, the gazetteer places it
 * mentions (linking to their pages) and the event claims that quote it (anchors for source links).
 */
import { articleDetails, type ArticleDetail } from './articles.ts';
import { quotesByArticle } from './events.ts';
import { gazetteer } from './gazetteer.ts';
import { placeHref } from '../lib/paths.ts';

export interface ArticlePage {
  article: ArticleDetail;
  places: { id: string; name: string; count: number; href: string }[];
  /** Sentences of this article that event claims quote, each with the anchor event pages link to. */
  citations: { anchor: string; quote: string; event: { id: string; title: string; href: string } }[];
}

export async function articlePages(): Promise<ArticlePage[]> {
  const byId = new Map(gazetteer().map((p) => [p.id, p]));
  const quotes = await quotesByArticle();
  return (await articleDetails()).map((article) => ({
    article,
    places: article.entry.data.places.map(({ id, count }) => ({
      id,
      count,
      name: byId.get(id)?.name ?? id,
      href: placeHref(id),
    })),
    citations: quotes.get(article.slug) ?? [],
  }));
}
