import { describe, expect, it } from 'vitest';
import { readArticleFile, splitFrontmatter } from '../../../src/lib/frontmatter.ts';

describe('article files', () => {
  it('split at the closing «---» even with a BOM and Windows line endings', () => {
    expect(splitFrontmatter('\uFEFF---\r\ntitle: "سرت"\r\n---\r\nنص')).toEqual({ yaml: 'title: "سرت"', body: 'نص' });
  });
  it('have no frontmatter when the first line is not «---»', () => {
    expect(splitFrontmatter('نص\n---\ntitle: x\n---\n')).toBeNull();
  });
});

describe('reading an article file without its schema (the benchmark and the search tests)', () => {
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
