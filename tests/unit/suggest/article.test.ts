import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { containsNormalized } from '../../../src/lib/arabic.ts';
import { validatePlaces } from '../../../src/check/rules/places.ts';
import { MIN_QUOTE_WORDS, type ArchiveEvent } from '../../../src/schemas/event.ts';
import { run as ingest } from '../../../src/ingest/run.ts';
import { mdxToPlainText } from '../../../src/lib/mdx-text.ts';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import { buildArchive, suggestArticle } from '../../../src/suggest/article.ts';
import type { Proposal } from '../../../src/suggest/types.ts';

const places = validatePlaces(readFileSync('content/places.yaml', 'utf8'), 'content/places.yaml').places;

/** The proposals for a text published on `published`, against `events`. */
function suggest(text: string, published = '2016-11-20', events: ArchiveEvent[] = []): Proposal[] {
  return suggestArticle({ slug: 'fixture', text, published: { date: published, approximate: false } }, buildArchive(places, events));
}

/** The one proposal whose quote starts with `start`. */
function one(list: Proposal[], start: string): Proposal {
  const found = list.filter((p) => p.quote.startsWith(start));
  expect(found, `one proposal starting «${start}» among ${list.map((p) => `«${p.quote}»`).join(', ')}`).toHaveLength(1);
  return found[0]!;
}

describe('the dated claims of an article', () => {
  it('proposes a sentence with a date and a toll as a casualty report dated to the day, with its figures', () => {
    const p = one(suggest('وقال مسؤول طبي إن 14 جنديا قتلوا وأصيب 40 آخرون في اشتباكات بمدينة درنة يوم 3 أكتوبر 2016.'), 'وقال مسؤول');
    expect(p.type).toBe('casualty-report');
    expect(p.date).toEqual({ value: '2016-10-03' });
    expect(p.places).toEqual(['derna']);
    expect(p.figures.map((f) => [f.label, f.value, f.bound, f.unit])).toEqual([
      ['killed', 14, 'exact', 'people'],
      ['wounded', 40, 'exact', 'people'],
    ]);
    expect(p.cues).toContain('قتلوا');
  });

  it('resolves a relative date («الشهر الماضي») against a publication known to the month, and says so', () => {
    const p = one(suggest('وأعلنت القوات الحكومية الشهر الماضي سيطرتها على ميناء المدينة بعد معارك عنيفة.'), 'وأعلنت');
    expect(p.date).toEqual({ value: '2016-10' });
    expect(p.draft.id).toBe('2016-10-control-change');
  });

  it('leaves a relative date undated when the publication is known only to its year, never inventing one', () => {
    const list = suggestArticle(
      { slug: 'fixture', text: 'وفي 12 مايو بدأت القوات الحكومية هجومها لاستعادة مدينة سرت من التنظيم.', published: { date: '2016', approximate: true } },
      buildArchive(places, []),
    );
    const p = one(list, 'وفي 12 مايو');
    expect(p.date).toBeNull();
    expect(p.note).toMatch(/«12 مايو» cannot be dated from the text/);
  });

  it('gives a year-only mention («في عام 2015») its year and nothing finer', () => {
    const p = one(suggest('وقد سيطر التنظيم على مدينة سرت في عام 2015 بعد انسحاب الكتائب المحلية منها.'), 'وقد سيطر');
    expect(p.date).toEqual({ value: '2015' });
    expect(p.type).toBe('control-change');
    expect(p.places).toEqual(['sirte']);
  });

  it('reads a figure in words («ثلاثة من عناصر الشرطة قتلوا») as three killed', () => {
    const p = one(suggest('وقالت مصادر أمنية إن ثلاثة من عناصر الشرطة قتلوا في هجوم انتحاري استهدف حاجزا قرب مصراتة يوم الأحد.'), 'وقالت مصادر');
    expect(p.figures.map((f) => [f.label, f.value, f.words])).toEqual([['killed', 3, 'ثلاثة من عناصر الشرطة قتلوا']]);
    expect(p.type).toBe('attack');
    expect(p.date).toEqual({ value: '2016-11-20' });
  });

  it('gives a date range («من 5 إلى 9 مايو 2016») as an interval', () => {
    const p = one(suggest('وشنت الطائرات غارات جوية متواصلة على مواقع التنظيم في سرت من 5 إلى 9 مايو 2016.'), 'وشنت');
    expect(p.date).toEqual({ from: '2016-05-05', to: '2016-05-09' });
    expect(p.type).toBe('air-strike');
  });

  it('proposes a sentence with no date, undated, when a specific word says something happened', () => {
    const p = one(suggest('وفرضت القوات حصارا على آخر الأحياء التي يتحصن فيها مقاتلو التنظيم في المدينة.'), 'وفرضت');
    expect(p.date).toBeNull();
    expect(p.type).toBe('siege');
    expect(p.draft.id).toBe('undated-siege');
  });

  it('leaves out what is only feared or foreseen, and what says no more than «قال»', () => {
    expect(suggest('ويخشى مسؤولون أن يشن التنظيم هجمات جديدة على المدن الساحلية في الأشهر المقبلة.')).toEqual([]);
    expect(suggest('وقال الباحث إن الوضع في المنطقة معقد للغاية ويحتاج إلى حلول سياسية.')).toEqual([]);
  });

  it('dates a statement by the date outside its quoted speech, not by a date inside it', () => {
    const p = one(suggest('وقال المتحدث العسكري أمس إن “القوات ستدخل المدينة قبل نهاية ديسمبر مهما كانت الخسائر” في بيان مصور.'), 'وقال المتحدث');
    expect(p.date).toEqual({ value: '2016-11-19' });
    expect(p.type).toBe('statement');
  });

  it('uses a date found only inside quoted speech, with a note for the editor', () => {
    const p = one(suggest('وقال قائد الكتيبة: “لقد حررنا الحي الأخير من المدينة في 2 ديسمبر 2016 بعد معارك طويلة”.'), 'وقال قائد');
    expect(p.date).toEqual({ value: '2016-12-02' });
    expect(p.note).toMatch(/inside quoted speech/);
  });

  it('cuts a sentence that dates two different things into two clauses, each with its own date', () => {
    const list = suggest('وبدأت القوات في 12 مايو 2016 هجومها لاستعادة مدينة سرت التي سيطر عليها مقاتلو التنظيم في يونيو 2015.');
    expect(list.map((p) => [p.quote, p.date])).toEqual([
      ['وبدأت القوات في 12 مايو 2016 هجومها لاستعادة مدينة سرت', { value: '2016-05-12' }],
      ['التي سيطر عليها مقاتلو التنظيم في يونيو 2015.', { value: '2015-06' }],
    ]);
  });

  it('dates a count «منذ» a day as the span from that day to the publication', () => {
    const p = one(suggest('ومنذ 3 أغسطس 2016 نفذت الطائرات أكثر من 200 غارة جوية على مواقع التنظيم.'), 'ومنذ');
    expect(p.date).toEqual({ from: '2016-08-03', to: '2016-11-20' });
    expect(p.figures.map((f) => [f.label, f.value, f.bound])).toEqual([['air-strikes', 200, 'more-than']]);
  });

  it('gives a sentence with a same-time word («حينها») the date of the sentence before it', () => {
    const list = suggest('وأعلن التنظيم في مارس 2015 قيام ولاية في مدينة درنة. وحذر مسؤولون حينها من تمدده نحو مدن الساحل الأخرى.');
    expect(one(list, 'وحذر').date).toEqual({ value: '2015-03' });
  });

  it('names the places of the sentence, or of its paragraph when the sentence names none', () => {
    const list = suggest('اندلعت معارك عنيفة في بنغازي خلال الليل. وأعلنت القوات في 4 نوفمبر 2016 سيطرتها على حي الصابري بالكامل.');
    expect(one(list, 'وأعلنت').places).toEqual(['benghazi']);
  });

  it('quotes the article exactly: every quote is in the text and long enough for the check', () => {
    const text = 'وقال مسؤول طبي إن 14 جنديا قتلوا في اشتباكات بمدينة درنة يوم 3 أكتوبر 2016.\nوفرضت القوات حصارا على آخر الأحياء التي يتحصن فيها مقاتلو التنظيم في المدينة.';
    const list = suggest(text);
    expect(list).toHaveLength(2);
    for (const p of list) {
      expect(containsNormalized(text, p.quote)).toBe(true);
      expect(p.quote.split(/\s+/).length).toBeGreaterThanOrEqual(MIN_QUOTE_WORDS);
    }
  });

  it('does not propose again a sentence the archive already quotes from the same article', () => {
    const text = 'وفرضت القوات حصارا على آخر الأحياء التي يتحصن فيها مقاتلو التنظيم في المدينة.';
    const event: ArchiveEvent = {
      id: '2016-11-siege',
      title: 'حصار',
      description: 'حصار آخر الأحياء.',
      type: 'siege',
      places: [],
      date: { value: '2016-11' },
      claims: [{ article: 'fixture', quote: 'وفرضت القوات حصارا على آخر الأحياء التي يتحصن فيها مقاتلو التنظيم' }],
    };
    expect(suggest(text, '2016-11-20', [event])).toEqual([]);
  });
});

describe('what the ingest can count before it writes', () => {
  it('gives the same suggestions from the ingest\'s cleaned text as from the article it writes', () => {
    const raw = readFileSync('tests/fixtures/suggest/raw/2016-12-sirte-review.txt');
    const meta = { slug: '2016-12-sirte-fixture-review', publisher: null, published: { date: '2016-12', approximate: true, basis: 'اختبار' } };
    const result = ingest(raw, 'review.txt', meta, { countPlaces: () => [] });
    expect(result.missing).toEqual([]);
    const article = { slug: result.slug!, published: result.published!, headings: result.headings };
    const archive = buildArchive(places, []);
    const fromIngest = suggestArticle({ ...article, text: result.text }, archive);
    const body = splitFrontmatter(result.mdx!)!.body;
    const fromArticle = suggestArticle({ ...article, text: mdxToPlainText(body) }, archive);
    expect(fromIngest.map((p) => p.quote)).toEqual(fromArticle.map((p) => p.quote));
    expect(fromIngest).toHaveLength(3);
  });
});
