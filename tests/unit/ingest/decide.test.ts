/**
 * Decisions on whole pages, one kind of furniture at a time, each in several shapes: the article keeps
 * every sentence, the furniture goes with its reason. Pages written for these tests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestText, P, reasonsOf } from './helpers.ts';

const HEADLINE = 'القوات الحكومية تستعيد حي الجيزة البحرية في سرت';
const ARTICLE = [HEADLINE, '', P[0], '', P[1], '', P[2], '', P[3]];
/** The page with `before` above the article and `after` below it; line numbers of both are returned. */
function page(before: string[], after: string[] = []) {
  const text = [...before, ...ARTICLE, ...after].join('\n');
  const r = ingestText(text);
  const lineOf = (s: string) => text.split('\n').indexOf(s) + 1;
  return { r, lineOf };
}
const keepsTheArticle = (r: ReturnType<typeof ingestText>) => expect(r.paragraphs).toEqual([...P]);

describe('menus go, in any shape', () => {
  it.each([
    ['three words a line', ['الرئيسية محليات دولي', 'اقتصاد رياضة ثقافة', 'فيديو صور كاريكاتير']],
    ['one word a line', ['الرئيسية', 'محليات', 'دولي', 'اقتصاد', 'رياضة', 'ثقافة']],
    ['in English', ['Home', 'World', 'Sports', 'Contact us']],
    ['as a skip link and a breadcrumb', ['انتقل إلى المحتوى', 'الرئيسية » أخبار » ليبيا']],
  ])('a menu of %s', (_, menu) => {
    const { r, lineOf } = page(menu);
    keepsTheArticle(r);
    for (const m of menu) expect(reasonsOf(r, lineOf(m))[0], m).toMatch(/^(menu|breadcrumb|site-name)$/);
  });
});

describe('tickers go, as one line or one headline a line', () => {
  it('a ticker on one line, its headlines apart by runs of spaces', () => {
    const ticker = ['انقطاع الكهرباء عن أحياء في طرابلس', 'وزير الخارجية يلتقي نظيره الإيطالي', 'ارتفاع منسوب المياه في سد وادي كعام', 'افتتاح معرض الكتاب في طرابلس', 'مباراة حاسمة للمنتخب الليبي الليلة'].join('     ');
    const { r } = page(['عاجل: انفجار في بنغازي     ' + ticker]);
    keepsTheArticle(r);
    expect(reasonsOf(r, 1)).toEqual(['ticker']);
  });
  it('a ticker of one headline a line, under its label', () => {
    const lines = ['شريط الأخبار', 'انقطاع الكهرباء عن أحياء في طرابلس', 'وزير الخارجية يلتقي نظيره الإيطالي', 'ارتفاع منسوب المياه في سد وادي كعام'];
    const { r } = page(lines);
    keepsTheArticle(r);
    expect(r.title).toBe(HEADLINE);
    expect(r.removed.slice(0, 4).every((x) => x.reason === 'menu' || x.reason === 'ticker')).toBe(true);
  });
});

describe('tags, cookie banners and code go', () => {
  it('a tags line, and a tags list one per line under its label', () => {
    const one = page([], ['', 'الكلمات الدالة: سرت، الجيزة البحرية، حكومة الوفاق']);
    keepsTheArticle(one.r);
    expect(reasonsOf(one.r, one.lineOf('الكلمات الدالة: سرت، الجيزة البحرية، حكومة الوفاق'))).toEqual(['tags']);
    const list = page([], ['', 'الوسوم', 'سرت', 'الجيزة البحرية', 'حكومة الوفاق']);
    keepsTheArticle(list.r);
    expect(['الوسوم', 'سرت', 'حكومة الوفاق'].map((t) => reasonsOf(list.r, list.lineOf(t))[0])).toEqual(['tags', 'tags', 'tags']);
  });
  it.each([
    ['نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا، وباستمرارك في التصفح فإنك توافق على ذلك.'],
    ['قمنا بتحديث سياسة الخصوصية وشروط استخدام ملفات الارتباط على موقعنا'],
    ['We use cookies to improve your experience. By continuing you accept our cookies policy.'],
  ])('a cookie banner: «%s»', (banner) => {
    const { r } = page([banner, 'موافق']);
    keepsTheArticle(r);
    expect(reasonsOf(r, 1)).toEqual(['cookie']);
  });
  it('keeps a sentence of the article that quotes document.cookie: naming cookies does not make a banner', () => {
    const quote = 'وكتب المهاجمون في صفحة الموقع {document.cookie} ليسرقوا بيانات الزوار في طرابلس.';
    const text = [HEADLINE, '', P[0], '', quote, '', P[1], '', P[2], '', P[3]].join('\n');
    expect(ingestText(text).paragraphs).toContain(quote);
  });
  it('inline script, before or inside the article', () => {
    const script = '<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>';
    const text = [HEADLINE, '', P[0], script, P[1], '', '// paste this tag into the page head', P[2], P[3]].join('\n');
    const r = ingestText(text);
    keepsTheArticle(r);
    expect([reasonsOf(r, 4), reasonsOf(r, 7)]).toEqual([['code'], ['code']]);
  });
});

describe('a related box inside the article goes; the article goes on after it', () => {
  it.each([
    ['with a heading', ['اقرأ أيضا', 'مهرجان الزيتون يعود إلى ترهونة بعد غياب', 'أسعار الذهب تتراجع في الأسواق المحلية']],
    ['without a heading', ['مهرجان الزيتون يعود إلى ترهونة بعد غياب', 'أسعار الذهب تتراجع في الأسواق المحلية', 'المنتخب يستعد لمواجهة ودية في تونس']],
    ['as one line', ['اقرأ أيضا: مهرجان الزيتون يعود إلى ترهونة بعد غياب']],
  ])('%s', (_, box) => {
    const text = [HEADLINE, '', P[0], P[1], ...box, P[2], P[3]].join('\n');
    const r = ingestText(text);
    keepsTheArticle(r);
    for (const line of box) expect(reasonsOf(r, text.split('\n').indexOf(line) + 1)[0]).toMatch(/^related(-tail)?$/);
  });
  it('keeps a short line between two paragraphs as a subheading, and drops an advertisement label there', () => {
    const text = [HEADLINE, '', P[0], '', 'معارك الشوارع', '', P[1], '', 'إعلان', '', P[2], P[3]].join('\n');
    const r = ingestText(text);
    expect(r.headings).toEqual(['معارك الشوارع']);
    expect(reasonsOf(r, 9)).toEqual(['promo']);
  });
  it('drops a caption after its label, and the short line under a photo credit', () => {
    const text = [HEADLINE, '', P[0], '', 'تعليق الصورة:', '', 'أسرة تعود إلى منزلها في درنة بعد انتهاء المعارك في المدينة القديمة', '', P[1], '© REUTERS / AHMED ALI', 'جنود في شارع بسرت', P[2], P[3]].join('\n');
    const r = ingestText(text);
    keepsTheArticle(r);
    expect([5, 7, 10, 11].map((n) => reasonsOf(r, n)[0])).toEqual(['caption', 'caption', 'caption', 'caption']);
  });
});

describe('byline before, signature after', () => {
  it('takes both as the author’s and keeps them out of the text', () => {
    const r = ingestText(['بقلم: سالم الورفلي', ...ARTICLE, '', 'سالم الورفلي'].join('\n'));
    keepsTheArticle(r);
    expect(r.author).toBe('سالم الورفلي');
    expect(r.removed.map((x) => x.reason)).toEqual(['byline', 'title', 'signature']);
  });
});

describe('pages written in several shapes at once (tests/fixtures/ingest/pages)', () => {
  const fixture = (name: string) => ingestText(readFileSync(`tests/fixtures/ingest/pages/${name}`, 'utf8'), name);
  it('an English menu, a cookie banner, a one-line ticker, a byline, a script, a related box, tags and comments', () => {
    const r = fixture('menu-english.txt');
    expect([r.title, r.author, r.published?.date, r.publisher]).toEqual(['القوات الحكومية تستعيد حي الجيزة البحرية في سرت', 'سالم الورفلي', '2016-05-12', null]);
    expect(r.paragraphs).toHaveLength(4);
    expect(r.headings).toEqual(['معارك الشوارع']);
    expect(new Set(r.removed.map((x) => x.reason))).toEqual(new Set(['cookie', 'menu', 'ticker', 'title', 'byline', 'timestamp', 'code', 'related', 'tags', 'promo', 'comment']));
  });
  it('a ticker one headline a line, a name with its city, a quote as subheading, a signature and comments', () => {
    const r = fixture('ticker-lines.txt');
    expect([r.title, r.author, r.published?.date]).toEqual(['عودة النازحين إلى أحياء درنة القديمة بعد انتهاء المعارك', 'محمد الهادي', '2016-06-20']);
    expect(r.headings).toEqual(['“عدنا إلى بيوتنا”']);
    expect(r.paragraphs).toHaveLength(4);
    expect(r.text).not.toMatch(/شريط|طرابلس|التعليقات|سالم/);
  });
});

describe('the article’s first sentences above a box still belong to it', () => {
  it('steps back over a «اقرأ أيضا» box with its headlines and dates to two short opening sentences', () => {
    const opening = ['تداول ناشطون منذ مساء أمس على مواقع التواصل نبأ إغلاق الطريق الساحلي غرب سرت .', 'إلا أن السلطات لم تؤكد الخبر أو تنفه، وأغلقت مكاتبها أمس .'];
    const box = ['إقرأ أيضاً', 'المنتخب يستعد لمواجهة ودية في تونس', 'ديسمبر 25, 2020', 'أسعار الذهب تتراجع في الأسواق المحلية', 'ديسمبر 25, 2020'];
    const r = ingestText([HEADLINE, '', opening[0], '', opening[1], '', ...box, '', P[0], '', P[1]].join('\n'));
    expect(r.paragraphs).toEqual([...opening, P[0], P[1]]);
    expect(r.removed.map((x) => x.reason)).toEqual(['title', 'related-tail', 'related-tail', 'timestamp', 'related-tail', 'timestamp']);
  });
});

describe('places are tagged from the article only', () => {
  it('tags no place that only the ticker, the menu or a related box names (بنغازي، مصراتة، طرابلس، ترهونة، تونس)', async () => {
    const { run } = await import('../../../src/ingest/run.ts');
    const { placeCounter } = await import('../../../src/ingest/steps/tag.ts');
    const { validatePlaces } = await import('../../../src/check/rules/places.ts');
    const countPlaces = placeCounter(validatePlaces(readFileSync('content/places.yaml', 'utf8'), 'content/places.yaml').places);
    const tagged = (name: string) => run(readFileSync(`tests/fixtures/ingest/pages/${name}`), name, {}, { countPlaces }).places.map((p) => p.id);
    expect(tagged('menu-english.txt')).toEqual(['giza-bahriya', 'sirte']);
    expect(tagged('ticker-lines.txt')).toEqual(['derna']);
    expect(tagged('saved-page.html')).toEqual(['derna']);
  });
});

describe('a comment policy right under the article, with no heading, goes', () => {
  it.each([
    ['an invitation to the reader', ['نرحب بتعليقاتكم على هذا الخبر، ونرجو منك الالتزام بآداب الحوار عند كتابة تعليقك، ويحتفظ الموقع بحق حذف أي تعليق يخالف شروط النشر.']],
    ['a disclaimer that points below', ['الآراء المنشورة أدناه تعبر عن وجهات نظر أصحابها ولا تعبر بالضرورة عن رأي الموقع.']],
    ['both, one after the other', ['يمكنك مشاركة رأيك في التعليقات أدناه، مع مراعاة سياسة الخصوصية وشروط الاستخدام.', 'الآراء المنشورة أدناه تعبر عن وجهات نظر أصحابها ولا تعبر بالضرورة عن رأي الموقع.']],
  ])('%s', (_, policy) => {
    const { r, lineOf } = page([], ['', ...policy]);
    keepsTheArticle(r);
    for (const line of policy) expect(reasonsOf(r, lineOf(line))).toEqual(['comment']);
  });
  it('keeps the article’s own last sentence about a policy, which addresses no reader', () => {
    const news = 'وأعلنت الشركة في بيان أنها ستحدث سياسة الخصوصية وشروط الاستخدام لمستخدميها في ليبيا اعتبارا من الشهر المقبل، بعد انتقادات واسعة.';
    const r = ingestText([...ARTICLE, '', news].join('\n'));
    expect(r.paragraphs).toEqual([...P, news]);
  });
  it('never cuts a sentence that speaks to the reader from the middle of the article', () => {
    const middle = 'ويقول الطبيب لكل مريض: يمكنك العودة إلى بيتك، لكن التعليقات على حالتك تبقى في سجل المستشفى وفق سياسة الخصوصية.';
    const r = ingestText([HEADLINE, '', P[0], '', middle, '', P[1], '', P[2]].join('\n'));
    expect(r.paragraphs).toEqual([P[0], middle, P[1], P[2]]);
  });
});
