import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePlaces } from '../../../src/check/rules/places.ts';
import type { ArchiveEvent } from '../../../src/schemas/event.ts';
import type { ArticleInput } from '../../../src/suggest/article.ts';
import { covers, measure, withoutArticle } from '../../../src/suggest/eval/measure.ts';

const places = validatePlaces(readFileSync('content/places.yaml', 'utf8'), 'content/places.yaml').places;

/** A raw fixture as suggest reads an article: its paragraphs, one per line, without the headline. */
function article(slug: string, file: string, published: string): ArticleInput {
  const text = readFileSync(`tests/fixtures/suggest/raw/${file}`, 'utf8').split(/\n+/).slice(1).filter(Boolean).join('\n');
  return { slug, text, published: { date: published, approximate: false } };
}

const FIRST = article('2016-08-sirte-fixture-advance', '2016-08-sirte-advance.txt', '2016-08-09');
const SECOND = article('2016-12-sirte-fixture-review', '2016-12-sirte-review.txt', '2016-12');

/** The offensive told by both articles, with the dates they disagree on. */
const OFFENSIVE: ArchiveEvent = {
  id: '2016-05-sirte-offensive-fixture',
  title: 'بدء هجوم القوات الحكومية لاستعادة سرت',
  description: 'بدأت القوات الحكومية هجومها لاستعادة مدينة سرت من التنظيم.',
  type: 'offensive',
  places: ['sirte'],
  date: { from: '2016-04-30', to: '2016-05-12' },
  claims: [
    { article: FIRST.slug, quote: 'وكانت القوات الحكومية قد بدأت هجومها لاستعادة مدينة سرت من التنظيم في 12 مايو', date: { value: '2016-05-12' } },
    { article: SECOND.slug, quote: 'وبدأت القوات الحكومية في 30 أبريل 2016 هجومها لاستعادة مدينة سرت من التنظيم', date: { value: '2016-04-30' } },
  ],
};
/** A casualty count only the second article gives, with a date the editors inferred. */
const TOLL: ArchiveEvent = {
  id: '2016-sirte-campaign-toll-fixture',
  title: 'حصيلة قتلى الحملة',
  description: 'أكثر من 650 قتيلا من القوات الحكومية.',
  type: 'casualty-report',
  places: ['sirte'],
  date: { value: '2016' },
  claims: [{ article: SECOND.slug, quote: 'إن أكثر من 650 من عناصر القوات الحكومية قتلوا خلال الحملة', date: { value: '2016' }, note: 'Inferred from the article\'s publication.' }],
};

describe('the measure of suggest against an answer', () => {
  const m = measure([FIRST, SECOND], places, [OFFENSIVE, TOLL], [{ article: SECOND.slug, quote: 'أعلنت القوات الموالية', accept: true, why: 'the liberation of the city' }]);

  it('reads each article against the others only: an event its own claims alone source is gone', () => {
    expect(withoutArticle([OFFENSIVE, TOLL], SECOND.slug).map((e) => [e.id, e.claims.length])).toEqual([[OFFENSIVE.id, 1]]);
  });

  it('counts a claim as suggested when a suggestion holds its quote, or lies within it and covers half of it', () => {
    expect(covers('وقال إن أكثر من 650 من عناصر القوات الحكومية قتلوا خلال الحملة.', TOLL.claims[0]!.quote)).toBe(true);
    expect(covers('أكثر من 650 من عناصر', TOLL.claims[0]!.quote)).toBe(false);
    expect(m.figures.recall).toEqual({ hits: 3, of: 3 });
  });

  it('expects the match of the other source, or a new event when no other article sources it', () => {
    const byQuote = new Map(m.claims.map((c) => [c.quote.slice(0, 10), c.match]));
    expect(byQuote.get('وبدأت القو')).toEqual({ expected: OFFENSIVE.id, got: OFFENSIVE.id, right: true });
    expect(byQuote.get('إن أكثر من')).toEqual({ expected: null, got: null, right: true });
  });

  it('sets apart a date the editors inferred that the suggestion rightly leaves out', () => {
    const toll = m.claims.find((c) => c.event === TOLL.id)!;
    expect(toll.date).toEqual({ expected: '2016', got: 'none', right: false, inferred: true });
    expect(m.figures.dateGiven.of).toBe(m.figures.date.of - 1);
  });

  it('finds each later source of a disputed event as a conflict', () => {
    expect(m.disputes).toEqual([{ event: OFFENSIVE.id, article: SECOND.slug, found: true, got: `conflict ${OFFENSIVE.id}` }]);
  });

  it('counts as precise the suggestions that are claims or judged acceptable, and lists the rest', () => {
    const judged = m.extras.filter((e) => e.judgement);
    expect(judged.map((e) => e.suggestion.quote.slice(0, 20))).toEqual(['أعلنت القوات الموالي']);
    expect(m.figures.precision.of).toBe(m.suggestions.length);
    expect(m.figures.precision.hits).toBe(m.suggestions.length - m.extras.length + 1);
  });
});
