import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Citation from '../../src/components/Citation.astro';
import { summary } from './fixtures.ts';

const render = async (over: Record<string, unknown>) =>
  (await AstroContainer.create()).renderToString(Citation, { props: { article: summary(over) } });

describe('the citation box', () => {
  it('isolates a Latin author, the title and the publisher so that they cannot reorder the date beside them', async () => {
    const html = await render({ author: 'John Smith', publisher: 'Reuters' });
    expect(html).toContain('<bdi>John Smith</bdi>');
    expect(html).toContain('<bdi>القوات تسيطر على سرت</bdi>');
    expect(html).toContain('<bdi>Reuters</bdi>');
  });

  it('gives a date known to the month as its month only, and says when the original link is unknown', async () => {
    const html = await render({ url: null });
    expect(html).toMatch(/<time datetime="2016-12"[^>]*>ديسمبر 2016<\/time>/);
    expect(html).not.toMatch(/\d ديسمبر 2016/);
    expect(html).toContain('الرابط الأصلي غير معروف.');
  });

  it('marks an inferred date as an estimate and shows the original address left to right', async () => {
    const html = await render({ url: 'https://example.org/news/1', published: { date: '2016-12-05', approximate: true, basis: 'تقرير «يوم الاثنين»' } });
    expect(html).toContain('5 ديسمبر 2016</time> (تاريخ تقديري)');
    expect(html).toMatch(/<bdi dir="ltr"[^>]*>https:\/\/example\.org\/news\/1<\/bdi>/);
  });

  it('says the publisher is unknown rather than leave a gap', async () => {
    expect(await render({ publisher: null })).toContain('ناشر غير معروف');
  });
});
