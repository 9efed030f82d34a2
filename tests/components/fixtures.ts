/** An article as the lists and the citation box receive it: frontmatter through the schema, then the summary join. */
import { summarizeArticle, type ArticleSummary } from '../../src/data/join/articles.ts';
import { articleSchema } from '../../src/schemas/article.ts';

export function summary(over: Record<string, unknown> = {}): ArticleSummary {
  return summarizeArticle(articleSchema.parse({
    title: 'القوات تسيطر على سرت',
    slug: '2016-12-sirte',
    publisher: 'رويترز',
    author: null,
    published: { date: '2016-12', approximate: false, basis: 'تاريخ الصفحة' },
    source: { file: 'sources/2016-12-sirte.txt', sha256: 'a'.repeat(64) },
    removed: [],
    removedLines: [],
    places: [],
    ...over,
  }));
}
