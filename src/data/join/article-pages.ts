/**
 * Everything an article page shows, joined before rendering: the article, the gazetteer places it
 * mentions (linking to their pages) and the event claims that quote it (anchors for source links). Pure;
 * src/data/article-pages.ts gives it the content.
 */
import { placeHref } from '../../lib/paths.ts';
import type { Place } from '../../schemas/place.ts';
import type { ArticleDetail, EntryOf } from './articles.ts';
import type { Citation } from './events.ts';

/** One article page. */
export interface ArticlePage<E extends EntryOf = EntryOf> {
  article: ArticleDetail<E>;
  places: { id: string; name: string; count: number; href: string }[];
  /** Sentences of this article that event claims quote, each with the anchor event pages link to. */
  citations: Citation[];
}

/** Each article's page: its places named as the gazetteer names them, and the sentences events quote from it (`citations`, by slug). */
export function articlePages<E extends EntryOf>(articles: readonly ArticleDetail<E>[], places: readonly Place[], citations: ReadonlyMap<string, Citation[]>): ArticlePage<E>[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  return articles.map((article) => ({
    article,
    places: article.entry.data.places.map(({ id, count }) => ({ id, count, name: byId.get(id)?.name ?? id, href: placeHref(id) })),
    citations: citations.get(article.slug) ?? [],
  }));
}
