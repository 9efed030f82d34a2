/**
 * A small archive written for the view-model tests: four places of the gazetteer, three articles with
 * their texts and two events, each read through the schemas the content is read with.
 */
import { articleDetail, type ArticleWithText } from '../../../src/data/join/articles.ts';
import { eventViews } from '../../../src/data/join/events.ts';
import { articleSchema } from '../../../src/schemas/article.ts';
import { eventSchema } from '../../../src/schemas/event.ts';
import { placesFileSchema } from '../../../src/schemas/place.ts';

export const places = placesFileSchema.parse([
  { id: 'sirte', name: 'سرت', variants: ['سرته'], latin: 'Sirte', kind: 'city', country: 'LY', region: 'tripolitania', lat: 31.205, lon: 16.588 },
  { id: 'giza-bahriya', name: 'الجيزة البحرية', latin: 'Giza Bahriya', kind: 'site', country: 'LY', region: 'tripolitania', partOf: 'sirte' },
  { id: 'derna', name: 'درنة', latin: 'Derna', kind: 'city', country: 'LY', region: 'cyrenaica', lat: 32.767, lon: 22.639 },
  { id: 'misrata', name: 'مصراتة', variants: ['مصراته'], latin: 'Misrata', kind: 'city', country: 'LY', region: 'tripolitania', lat: 32.375, lon: 15.092 },
  { id: 'mosul', name: 'الموصل', latin: 'Mosul', kind: 'city', country: 'IQ', region: 'iraq', lat: 36.34, lon: 43.13 },
  { id: 'tobruk', name: 'طبرق', latin: 'Tobruk', kind: 'city', country: 'LY', region: 'cyrenaica', lat: 32.08, lon: 23.96 },
]);

/** An article's frontmatter through the schema, its date and places given. */
function article(slug: string, title: string, date: string, placeCounts: [string, number][]) {
  return articleSchema.parse({
    title,
    slug,
    publisher: 'رويترز',
    author: null,
    published: { date, approximate: false, basis: 'تاريخ الصفحة' },
    source: { file: `sources/${slug}.txt`, sha256: 'a'.repeat(64) },
    removed: [{ reason: 'breadcrumb', lines: 1 }],
    removedLines: [{ line: 1, reason: 'breadcrumb', text: 'الرئيسية / أخبار' }],
    places: placeCounts.map(([id, count]) => ({ id, count })),
  });
}

/** The three articles with their texts: two name Sirte (one three times, one once), one names Mosul and Sirte only in its frontmatter. */
export const articles: ArticleWithText[] = [
  {
    article: articleDetail({ data: article('2016-12-sirte-reuters', 'القوات تسيطر على سرت', '2016-12-05', [['sirte', 3], ['giza-bahriya', 1]]) }),
    text: 'أعلنت القوات الموالية للحكومة سيطرتها الكاملة على سرت. وقال متحدث إن المعارك في سرته انتهت في حي الجيزة البحرية. وعادت العائلات إلى سرت.',
  },
  {
    article: articleDetail({ data: article('2016-05-misrata', 'هجوم قرب مصراتة', '2016-05', [['misrata', 2], ['sirte', 1]]) }),
    text: 'هاجم التنظيم نقطة تفتيش غرب مصراتة. وانطلقت القوات من مصراته نحو سرت!',
  },
  {
    article: articleDetail({ data: article('2016-is-leaving', 'مقاتلون يغادرون', '2016', [['mosul', 1], ['sirte', 1]]) }),
    // The editors added Sirte by hand: the text names only Mosul.
    text: 'غادر مقاتلون ليبيا نحو الموصل في العراق.',
  },
];

export const articlesBySlug = new Map(articles.map(({ article }) => [article.slug, article] as const));

/** Two events: Derna (only events name it) in 2014, Sirte and Giza Bahriya in December 2016, told by two sources. */
export const events = [
  eventSchema.parse({
    id: '2016-12-sirte-liberated',
    title: 'تحرير سرت',
    description: 'أعلنت القوات الموالية للحكومة سيطرتها الكاملة على سرت.',
    type: 'control-change',
    places: ['sirte', 'giza-bahriya'],
    date: { value: '2016-12' },
    claims: [
      { article: '2016-12-sirte-reuters', quote: 'أعلنت القوات الموالية للحكومة سيطرتها الكاملة على سرت.', date: { value: '2016-12-05' } },
      { article: '2016-05-misrata', quote: 'وانطلقت القوات من مصراته نحو سرت!' },
    ],
  }),
  eventSchema.parse({
    id: '2014-derna-pledge',
    title: 'مبايعة في درنة',
    description: 'بايعت جماعة في درنة التنظيم.',
    type: 'pledge',
    places: ['derna'],
    date: { value: '2014-10' },
    claims: [{ article: '2016-is-leaving', quote: 'غادر مقاتلون ليبيا نحو الموصل في العراق.' }],
  }),
];

export const placeNames = new Map(places.map((p) => [p.id, p.name]));

/** The events joined, chronological. */
export const eventView = eventViews(events, articlesBySlug, placeNames);
