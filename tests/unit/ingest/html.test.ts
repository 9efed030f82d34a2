/** A saved HTML page: Readability finds the article, the page's own metadata gives its facts, nothing in it runs. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/ingest/errors.ts';
import { readHtml } from '../../../src/ingest/html/read.ts';
import { render, renderLines } from '../../../src/ingest/html/render.ts';
import { parseHTML } from 'linkedom';
import { ingestText } from './helpers.ts';

const SAVED = readFileSync('tests/fixtures/ingest/pages/saved-page.html', 'utf8');
const TEXT = readFileSync('tests/fixtures/ingest/pages/ticker-lines.txt', 'utf8');

function refusal(html: string, file = 'page.html'): string {
  try {
    ingestText(html, file);
  } catch (e) {
    expect(e).toBeInstanceOf(IngestError);
    return (e as IngestError).line();
  }
  throw new Error('the page was accepted');
}

describe('saved HTML: the same article as the page’s text', () => {
  const html = ingestText(SAVED, 'page.html');
  const text = ingestText(TEXT, 'page.txt');
  it('keeps the same paragraphs and subheading as the text dump of the same article', () => {
    expect(html.paragraphs).toEqual(text.paragraphs);
    expect(html.headings).toEqual(text.headings);
  });
  it('takes title, date, author, address and publisher from what the page states, each with its basis', () => {
    expect([html.title, html.titleFrom, html.titleBasis]).toEqual(['عودة النازحين إلى درنة بعد انتهاء المعارك', 'heading', '<h1>']);
    expect(html.published).toEqual({ date: '2016-06-20', approximate: false, basis: 'بيانات الصفحة: JSON-LD datePublished «2016-06-20T09:15:00+02:00».' });
    expect([html.author, html.url, html.publisher]).toEqual(['محمد الهادي', 'https://example.org/news/derna-return', 'صحيفة الوادي']);
  });
  it('records what it removed with the raw HTML line it stands on: menu, cookie, byline, caption, related box, copyright', () => {
    const byReason = (reason: string) => html.removed.filter((r) => r.reason === reason).map((r) => r.text);
    expect(byReason('caption')).toEqual(['أسرة تعود إلى منزلها في درنة']);
    expect(byReason('byline')).toEqual(['محمد الهادي – طرابلس']);
    expect(byReason('related-tail')).toEqual(['اقرأ أيضا', 'مهرجان الزيتون يعود إلى ترهونة', 'أسعار الذهب تتراجع في الأسواق']);
    expect(byReason('cookie')).toHaveLength(1);
    const lines = SAVED.split('\n');
    for (const r of html.removed) expect(lines[r.line - 1], r.text).toContain(r.text.split(' ')[0]);
  });
  it('gives no text to scripts, styles or buttons, and runs none of them', () => {
    expect(html.text).not.toMatch(/alert|document|display|إعلان يكتبه السكربت|موافق/);
    expect((globalThis as { document?: unknown }).document).toBeUndefined();
  });
  it('lays out blocks as a browser does: one line each, a blank line around paragraphs', () => {
    const { document } = parseHTML('<html><body><ul><li>أ</li><li>ب</li></ul><p>ج <b>د</b></p><div>هـ<br>و</div><script>x()</script></body></html>');
    expect(renderLines(document as never)).toEqual(['أ', 'ب', '', 'ج د', '', 'هـ', 'و']);
  });
  it('finds Readability’s article, or says it found too little', () => {
    expect(readHtml(SAVED).inArticle).not.toBeNull();
    expect(readHtml('<html><body><p>سطر قصير</p></body></html>').inArticle).toBeNull();
  });
});

describe('saved HTML: bad input gets one clear line', () => {
  it('refuses a page with no article in it', () => {
    expect(refusal(readFileSync('tests/fixtures/ingest/pages/no-article.html', 'utf8'))).toMatch(/^ingest: page\.html [^/]+ \/ the page has no article text .* — /);
  });
  it('refuses a page in another language', () => {
    expect(refusal(readFileSync('tests/fixtures/ingest/pages/english.html', 'utf8'))).toMatch(/^ingest: page\.html [^/]+ \/ the page is not in Arabic — /);
  });
  it('refuses a page over 5 MB', () => {
    const huge = `<html><body>${'<p>سطر</p>'.repeat(600_000)}</body></html>`;
    expect(refusal(huge)).toMatch(/over the 5 MB limit/);
  });
  it('takes a page saved without a .html name by its doctype', () => {
    expect(ingestText(SAVED, 'saved-page.txt').titleFrom).toBe('heading');
  });
});

describe('a page in Arabic script but another language', () => {
  it('refuses Persian: letters Arabic never writes, and the Persian yeh and kaf', () => {
    const persian = ['این گزارش از تهران است و پلیس می‌گوید که چند نفر در این حادثه زخمی شدند و به بیمارستان منتقل شدند.', 'مأموران پلیس آگاهی در محل حاضر شدند و بررسی شواهد نشان داد که سارق از پنجره وارد خانه شده بود.'];
    expect(() => ingestText(persian.join('\n\n'))).toThrow(/the article is not in Arabic/);
  });
});

describe('saved HTML: a picture’s label printed under it', () => {
  const page = (figure: string) =>
    `<html><head><title>عودة النازحين إلى درنة</title></head><body><article><h1>عودة النازحين إلى درنة</h1><img alt="عودة النازحين إلى درنة" src="lead.jpg"><p>عادت عشرات الأسر إلى أحياء درنة القديمة بعد انتهاء المعارك التي استمرت أشهرا، وبدأت فرق البلدية رفع الأنقاض من الشوارع الرئيسية.</p><div>${figure}</div><p>وقال رئيس المجلس البلدي إن المدارس ستفتح أبوابها الشهر المقبل، وإن شبكة المياه أصلحت في معظم الأحياء التي عاد إليها السكان.</p><p>وأضاف أن المجلس يحتاج إلى دعم الحكومة لإعادة بناء المستشفى الرئيسي، الذي دمر جزء كبير منه خلال المعارك الأخيرة في المدينة.</p></article></body></html>`;
  it('takes the line that repeats the picture’s «alt» for its caption, and keeps the headline that the lead picture repeats', () => {
    const r = ingestText(page('<img alt="أسرة تعود إلى منزلها" src="a.jpg"><br><span>أسرة تعود إلى منزلها</span>'), 'page.html');
    expect(r.removed.filter((x) => x.reason === 'caption').map((x) => x.text)).toEqual(['أسرة تعود إلى منزلها']);
    expect(r.title).toBe('عودة النازحين إلى درنة');
    expect(r.paragraphs).toHaveLength(3);
  });
  it('keeps a subheading that no picture names', () => {
    const r = ingestText(page('<img alt="أسرة تعود إلى منزلها" src="a.jpg"><br><span>إعادة الإعمار</span>'), 'page.html');
    expect(r.headings).toEqual(['إعادة الإعمار']);
  });
});

describe('saved HTML: a line that is all a link', () => {
  const page = (between: string) =>
    `<html><head><title>عودة النازحين إلى درنة</title></head><body><article><h1>عودة النازحين إلى درنة</h1><p>عادت عشرات الأسر إلى أحياء درنة القديمة بعد انتهاء المعارك التي استمرت أشهرا، وبدأت فرق البلدية رفع الأنقاض من الشوارع الرئيسية.</p>${between}<p>وقال رئيس المجلس البلدي إن المدارس ستفتح أبوابها الشهر المقبل، وإن شبكة المياه أصلحت في معظم الأحياء التي عاد إليها السكان.</p><p>وأضاف أن المجلس يحتاج إلى دعم الحكومة لإعادة بناء المستشفى الرئيسي، الذي دمر جزء كبير منه خلال المعارك الأخيرة في المدينة.</p></article></body></html>`;
  it('is another article’s headline inside the article, not a subheading; a subheading with a link in it stays', () => {
    const teaser = ingestText(page('<p><a href="/olive">مهرجان الزيتون يعود إلى ترهونة</a></p>'), 'page.html');
    expect(teaser.headings).toEqual([]);
    expect(teaser.removed.find((x) => x.text === 'مهرجان الزيتون يعود إلى ترهونة')?.reason).toBe('related');
    const heading = ingestText(page('<h2>إعادة إعمار <a href="/tag/derna">درنة</a></h2>'), 'page.html');
    expect(heading.headings).toEqual(['إعادة إعمار درنة']);
  });
  it('marks the lines whose every letter is a link’s, and lays out the page as before', () => {
    const { document } = parseHTML('<html><body><p><a href="/a">أ ب</a></p><p>ج <a href="/d">د</a></p><div><a href="/e"><img src="e.jpg"></a>هـ</div></body></html>');
    const { lines, linked } = render(document as never);
    expect(lines).toEqual(['أ ب', '', 'ج د', '', 'هـ']);
    expect([...linked]).toEqual([0]);
  });
});
