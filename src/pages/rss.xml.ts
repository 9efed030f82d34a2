// RSS 2.0 feed of the articles, newest first (the order of listArticles). RSS dates must be full dates, so a
// date known only to the month or year is given as its first day, and the description says the real precision.
// Every text is cleaned of what XML forbids (one control character in one title made the whole feed unreadable),
// and the publisher and author are isolates, so that neither can reorder the words around them.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { listArticles } from '../data/articles.ts';
import { startOf } from '../lib/dates/calendar.ts';
import { PRECISION_WORDS } from '../lib/dates/format.ts';
import { clean, isolate } from '../lib/text-hygiene.ts';
import { SITE_NAME } from '../data/site.ts';
import { pageHref, absoluteUrl } from '../lib/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const articles = await listArticles();
  return rss({
    title: `${SITE_NAME}: المقالات`,
    description: 'مقالات أرشيف تنظيم الدولة الإسلامية في ليبيا (2014–2017)، الأحدث أولًا، كل مقال بناشره وتاريخه ومصدره.',
    site: absoluteUrl(pageHref('home')),
    customData: '<language>ar</language>',
    items: articles.map((a) => ({
      title: clean(a.title),
      link: a.href,
      pubDate: new Date(startOf(a.published.iso)),
      description: clean(
        [
          `الناشر: ${a.publisher === null ? 'غير معروف' : isolate(a.publisher)}`,
          `الكاتب: ${a.author === null ? 'غير موقّع' : isolate(a.author)}`,
          `تاريخ النشر: ${a.published.label} (دقة التاريخ: ${PRECISION_WORDS[a.published.precision]}${a.published.approximate ? '، تقديري' : ''})`,
        ].join(' · '),
      ),
    })),
  });
};
