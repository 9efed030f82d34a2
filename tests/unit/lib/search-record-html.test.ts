import { describe, expect, it } from 'vitest';
import type { SearchRecord } from '../../../src/data/search.ts';
import { recordHtml } from '../../../src/search-index/index-site.ts';
import { compileLexicon } from '../../../src/lib/search/lexicon.ts';

const lexicon = compileLexicon([{ id: 'sirte', names: ['سرت', 'Sirte'] }]);
const record: SearchRecord = {
  url: '/articles/x/',
  type: 'article',
  title: 'معركة سرت',
  text: 'معركة سرت\nقال مسؤول <script>alert(1)</script> إن القتال انتهى.',
  detail: 'ديسمبر 2016 · رويترز',
  filters: { type: ['article'], place: ['sirte'], publisher: ['رويترز & شركاه'] },
  date: '2016-12',
};

describe('the document Pagefind indexes for a record', () => {
  const html = recordHtml(record, lexicon);
  const body = /<div data-pagefind-body>(.*?)<\/div>/.exec(html)![1]!.replace(/<[^>]+>/g, ' ').trim().split(/\s+/);

  it('holds one key word per chunk of the original text, the title first', () => {
    expect(body).toHaveLength(record.text.split(/\s+/).length);
    expect(body[1]).toBe('srtu-ppsirteu');
  });

  it('marks the first word with the key of every page, so filters alone search one small index chunk', () => {
    expect(body[0]!.split('-')).toContain('pu');
  });

  it('keeps the title and filters as escaped metadata, and markup in an article never becomes markup', () => {
    expect(html).toContain('<p data-pagefind-meta="title">معركة سرت</p>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<span data-pagefind-filter="publisher">رويترز &amp; شركاه</span>');
    // Dates order results through the index step's date-order.json, not a Pagefind sort every search would download.
    expect(html).not.toContain('data-pagefind-sort');
  });

  it('leaves the original text out of the metadata, which Pagefind would index a second time', () => {
    expect(html).not.toContain('data-pagefind-meta="text"');
    expect(html).not.toContain('القتال');
  });
});
