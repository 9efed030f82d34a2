/** The places an article's frontmatter names are in the gazetteer. */
import { nearestId } from '../../lib/events/nearest.ts';
import type { Finding, Problem } from '../problem.ts';
import { articleProblems, type CheckedArticle } from './articles.ts';

/** Each `places[i].id` of the article must be a gazetteer id; the nearest one is suggested. */
export function checkArticlePlaces(article: CheckedArticle, placeIds: ReadonlySet<string>): Problem[] {
  const found: Finding[] = [];
  article.data.places.forEach(({ id }, i) => {
    if (placeIds.has(id)) return;
    const near = nearestId(id, placeIds);
    found.push({
      path: ['places', i, 'id'],
      code: 'unknown-place',
      arg: id,
      message: `place «${id}» is not in the gazetteer — ${near ? `did you mean «${near}»? ` : ''}use an id from places.yaml, or add the place there`,
    });
  });
  return articleProblems(article, found);
}
