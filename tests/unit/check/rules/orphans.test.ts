import { describe, expect, it } from 'vitest';
import type { CheckedArticle } from '../../../../src/check/rules/articles.ts';
import { checkOrphans } from '../../../../src/check/rules/orphans.ts';

/** A checked article naming its raw file; only what the rule reads. */
const article = (slug: string, ext = 'txt') => ({ file: `content/articles/${slug}.mdx`, data: { source: { file: `sources/${slug}.${ext}` } } }) as unknown as CheckedArticle;
const sources = (names: string[]) => ({
  root: 'content',
  hashes: new Map(names.filter((n) => !n.endsWith('.meta.yaml')).map((n) => [`sources/${n}`, 'x'])),
  metas: new Map(names.filter((n) => n.endsWith('.meta.yaml')).map((n) => [`sources/${n}`, { file: `content/sources/${n}`, text: '' }])),
});
const orphans = (names: string[], files: string[], articles: CheckedArticle[]) => checkOrphans(sources(names), files.map((f) => ({ file: f, text: '' })), articles).map((p) => p.file);

describe('sources no article uses', () => {
  it('reports a raw text and a sidecar no article names, and not those an article names', () => {
    const a = article('2016-12-sirte');
    expect(orphans(['2016-12-sirte.txt', '2016-12-sirte.meta.yaml', '2016-01-old.txt', '2016-01-old.meta.yaml'], [a.file], [a])).toEqual([
      'content/sources/2016-01-old.meta.yaml',
      'content/sources/2016-01-old.txt',
    ]);
  });

  it('reports the text dump beside the saved page an article uses', () => {
    const a = article('2016-06-derna', 'html');
    expect(orphans(['2016-06-derna.html', '2016-06-derna.txt', '2016-06-derna.meta.yaml'], [a.file], [a])).toEqual(['content/sources/2016-06-derna.txt']);
  });

  it('does not report the sources of an article whose frontmatter does not pass (its own problem is reported)', () => {
    expect(orphans(['2016-12-sirte.txt', '2016-12-sirte.meta.yaml'], ['content/articles/2016-12-sirte.mdx'], [])).toEqual([]);
  });
});
