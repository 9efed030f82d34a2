import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explicitDates, parseDates } from '../../../src/lib/dates/index.ts';

/**
 * The five seed articles, whole and raw (boilerplate, tickers and related-article tails included), with
 * every date expression a careful reader finds in them. Explicit dates do not depend on the publication
 * date; relative ones are resolved against the month (or year) each article was published in.
 */
interface Seed {
  slug: string;
  file: string;
  published: string;
  explicit: [string, string][];
  /** Every mention, explicit or not: [text, value]. */
  all: [string, string | null][];
}

const SEEDS: Seed[] = [
  {
    slug: '2016-12-is-collapse-libya-irfaasawtak',
    file: '000_731515f2e7a1dc05.txt',
    published: '2016-12',
    explicit: [
      ['سنة 2016', '2016'],
      ['نيسان/أبريل 2016', '2016-04'],
      ['شباط/ فبراير 2015', '2015-02'],
      ['تشرين الأول/أكتوبر 2014', '2014-10'],
      ['أيار/مايو 2015', '2015-05'],
      ['كانون الأول/ديسمبر 2015', '2015-12'],
      ['الحادي عشر من سبتمبر 2001', '2001-09-11'], // in the related-article tail
      ['عام 2021', '2021'], // in the related-article tail
    ],
    all: [
      ['سنة 2016', '2016'],
      ['نيسان/أبريل 2016', '2016-04'],
      ['شباط/ فبراير 2015', '2015-02'],
      ['تشرين الأول/أكتوبر 2014', '2014-10'],
      ['أيار/مايو 2015', '2015-05'],
      ['كانون الأول/ديسمبر 2015', '2015-12'],
      ['أيار/مايو', '2016-05'],
      ['نهاية تشرين الأول/أكتوبر', '2016-10'],
      ['الأسبوع الأول من كانون الأول/ديسمبر', '2016-12'],
      ['الحادي عشر من سبتمبر 2001', '2001-09-11'],
      ['عام 2021', '2021'],
      ['١١ سبتمبر', null],
    ],
  },
  {
    slug: '2016-12-is-after-sirte',
    file: '001_b8c8b28ebd90ee3c.txt',
    published: '2016-12',
    explicit: [
      ['أبريل (نيسان) 2016', '2016-04'],
      ['13 نوفمبر عام 2014', '2014-11-13'],
      ['يونيو/حزيران 2015', '2015-06'],
    ],
    all: [
      ['الاثنين الماضي', null],
      ['مطلع العام الماضي', '2015'],
      ['مارس / آذار من العام الماضي', '2015-03'],
      ['أبريل (نيسان) 2016', '2016-04'],
      ['13 نوفمبر عام 2014', '2014-11-13'],
      ['يونيو/حزيران 2015', '2015-06'],
      ['هذا العام', '2016'],
      ['العام الماضي', '2015'],
      ['السابع من فبراير', null],
    ],
  },
  {
    slug: '2016-is-leaving-libya-elmaouid',
    file: '002_1f6a6a192af01ecb.txt',
    published: '2016',
    explicit: [
      ['2009', '2009'],
      ['جوان 2015', '2015-06'],
      ['عام 2011', '2011'],
    ],
    all: [
      ['جويلية الماضي', null],
      ['الشهر الماضي', null],
      ['العام الماضي', '2015'],
      ['العام الماضي', '2015'],
      ['2009', '2009'],
      ['العام الماضي', '2015'],
      ['الثلاثاء', null],
      ['12 ماي', null],
      ['جوان 2015', '2015-06'],
      ['عام 2011', '2011'],
    ],
  },
  {
    slug: '2016-12-sirte-reuters',
    file: '003_2738f8024ceab370.txt',
    published: '2016-12',
    explicit: [
      ['2021', '2021'], // ticker
      ['من 8 إلى 19 دجنبر 2025', '2025-12-08'], // ticker, twice
      ['من 8 إلى 19 دجنبر 2025', '2025-12-19'],
      ['أوائل عام 2015', '2015'],
      ['2011', '2011'],
      ['2014', '2014'],
      ['يونيو 2015', '2015-06'],
    ],
    all: [
      ['لليوم الأحد', null],
      ['2021', '2021'],
      ['اليوم السبت', null],
      ['غدا الأحد', null],
      ['من 8 إلى 19 دجنبر 2025', '2025-12'],
      ['من 8 إلى 19 دجنبر 2025', '2025-12'],
      ['الاثنين', null],
      ['أوائل عام 2015', '2015'],
      ['مايو أيار', '2016-05'],
      ['الأول من أغسطس آب', '2016-08-01'],
      ['اليوم', null], // «في وقت سابق اليوم»: the publication day, known only approximately
      ['اليوم الاثنين', null],
      ['اليوم', null], // «مساء اليوم»
      ['مارس آذار', '2016-03'],
      ['2011', '2011'],
      ['2014', '2014'],
      ['يونيو 2015', '2015-06'],
      ['2014', '2014'],
      ['منتصف ايار/مايو', '2016-05'],
      ['2011', '2011'],
    ],
  },
  {
    slug: '2017-08-is-havens-khashana',
    file: '004_89b814e3b23096b3.txt',
    published: '2017-08',
    explicit: [
      ['السنة 2015', '2015'],
      ['2014', '2014'],
      ['مطلع 2013', '2013'],
    ],
    all: [
      ['الأربعاء', null],
      ['السنة 2015', '2015'],
      ['2014', '2014'],
      ['مطلع 2013', '2013'],
    ],
  },
];

/** The raw text as ingest keeps it (content/sources/<slug>.txt), or the seed it was made from. */
function raw(seed: Seed): string {
  const candidates = [
    new URL(`../../../content/sources/${seed.slug}.txt`, import.meta.url),
    new URL(`file:///work/shared/seeds/${seed.file}`),
  ];
  const found = candidates.find((url) => existsSync(url));
  if (!found) throw new Error(`raw text of ${seed.slug} not found in content/sources/ (run ingest)`);
  return readFileSync(found, 'utf8');
}

describe('parseDates over each whole seed article', () => {
  it.each(SEEDS)('finds exactly the explicit dates a reader finds in $slug', (seed) => {
    const text = raw(seed);
    const expected = seed.explicit.map(([t, value]) => ({ text: t, value }));
    expect(explicitDates(parseDates(text))).toEqual(expected);
    expect(explicitDates(parseDates(text, { published: { date: seed.published, approximate: true } }))).toEqual(expected);
  });

  it.each(SEEDS)('finds every date expression of $slug and resolves the relative ones it can', (seed) => {
    const text = raw(seed);
    const found = parseDates(text, { published: { date: seed.published, approximate: true } });
    expect(found.map((m) => [m.text, m.value])).toEqual(seed.all);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
