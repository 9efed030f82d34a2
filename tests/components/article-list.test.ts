import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ArticleList from '../../src/components/ArticleList.astro';
import { summary } from './fixtures.ts';

const render = async (props: Record<string, unknown>) => (await AstroContainer.create()).renderToString(ArticleList, { props });

describe('a list of articles', () => {
  it('links each title to its page inside an isolate, at the heading level asked for', async () => {
    const html = await render({ articles: [summary()], headingLevel: 3 });
    expect(html).toMatch(/<h3><a href="\/articles\/2016-12-sirte\/"><bdi>القوات تسيطر على سرت<\/bdi><\/a><\/h3>/);
  });

  it('shows a year-only date as the year, with its precision said to screen readers', async () => {
    const html = await render({ articles: [summary({ published: { date: '2016', approximate: false, basis: 'سنة الأحداث' } })] });
    expect(html).toMatch(/<time datetime="2016"[^>]*>2016<\/time>/);
    expect(html).toContain('(دقة التاريخ: ');
  });

  it('puts an estimate badge whose title says how the date was inferred', async () => {
    const html = await render({ articles: [summary({ published: { date: '2016-12-05', approximate: true, basis: 'تقرير «يوم الاثنين»' } })] });
    expect(html).toMatch(/<span class="badge" title="تقرير «يوم الاثنين»"[^>]*>تقديري<\/span>/);
  });

  it('names an unsigned article\'s unknown publisher and no author', async () => {
    const html = await render({ articles: [summary({ publisher: null, author: null })] });
    expect(html).toContain('ناشر غير معروف');
    expect(html.match(/<bdi>/g)).toHaveLength(1);
  });
});
