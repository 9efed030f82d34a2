import { describe, expect, it } from 'vitest';
import { articlePages } from '../../../src/data/join/article-pages.ts';
import { articleSummaries } from '../../../src/data/join/articles.ts';
import { citationsByArticle } from '../../../src/data/join/events.ts';
import { articles, eventView, places } from './fixtures.ts';

describe('article view-models', () => {
  it('list the newest first, a date known to the month or the year sorting by its start', () => {
    expect(articleSummaries(articles.map((a) => a.article.entry.data)).map((a) => [a.slug, a.published.label, a.published.precision])).toEqual([
      ['2016-12-sirte-reuters', '5 ديسمبر 2016', 'day'],
      ['2016-05-misrata', 'مايو 2016', 'month'],
      ['2016-is-leaving', '2016', 'year'],
    ]);
  });

  it('give each article its page, its raw text to download and to read, and its removed lines named in Arabic', () => {
    expect(articles[0]?.article).toMatchObject({
      href: '/articles/2016-12-sirte-reuters/',
      source: { file: 'sources/2016-12-sirte-reuters.txt', href: '/sources/2016-12-sirte-reuters.txt', viewHref: '/articles/2016-12-sirte-reuters/source/' },
      removed: [{ reason: 'breadcrumb', lines: 1, label: 'مسار تصفّح الموقع' }],
      removedLines: [{ line: 1, text: 'الرئيسية / أخبار', label: 'مسار تصفّح الموقع' }],
    });
  });
});

describe('an article page', () => {
  const pages = articlePages(articles.map((a) => a.article), places, citationsByArticle(eventView.events));

  it('names the places the article mentions as the gazetteer does, with their counts and pages', () => {
    expect(pages[0]?.places).toEqual([
      { id: 'sirte', name: 'سرت', count: 3, href: '/places/sirte/' },
      { id: 'giza-bahriya', name: 'الجيزة البحرية', count: 1, href: '/places/giza-bahriya/' },
    ]);
  });

  it('lists the sentences events quote from it, and none for an article no event quotes', () => {
    expect(pages.map((p) => [p.article.slug, p.citations.map((c) => c.anchor)])).toEqual([
      ['2016-12-sirte-reuters', ['quote-2016-12-sirte-liberated-1']],
      ['2016-05-misrata', ['quote-2016-12-sirte-liberated-2']],
      ['2016-is-leaving', ['quote-2014-derna-pledge-1']],
    ]);
    expect(articlePages(articles.map((a) => a.article), places, new Map())[0]?.citations).toEqual([]);
  });
});
