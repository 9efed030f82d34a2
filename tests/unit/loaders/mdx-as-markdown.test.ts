import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../../../src/lib/frontmatter.ts';

describe('reading an article file for the Markdown loader', () => {
  it('separates the YAML frontmatter from the escaped body, keeping dates as strings', () => {
    const file = '---\ntitle: "سقوط سرت"\nslug: "2016-12-sirte"\npublished:\n  date: "2016-12-05"\n---\n\nسيطرت القوات على سرت \\*بالكامل\\*.\n';
    expect(readArticleFile('a.mdx', file)).toEqual({
      data: { title: 'سقوط سرت', slug: '2016-12-sirte', published: { date: '2016-12-05' } },
      body: '\nسيطرت القوات على سرت \\*بالكامل\\*.\n',
    });
  });

  it('names the file when it has no frontmatter', () => {
    expect(() => readArticleFile('content/articles/sirte.mdx', 'سرت')).toThrow(/^content\/articles\/sirte\.mdx: no frontmatter/);
  });

  it('names the file when the frontmatter is not a mapping of fields', () => {
    expect(() => readArticleFile('content/articles/sirte.mdx', '---\n- سرت\n---\nنص')).toThrow(/^content\/articles\/sirte\.mdx: the frontmatter must be a YAML mapping/);
  });
});
