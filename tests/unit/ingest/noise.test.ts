import { describe, expect, it } from 'vitest';
import { lineNoise } from '../../../src/ingest/steps/noise.ts';
import { ingestText, reasonsOf } from './helpers.ts';

const PARAGRAPH = 'وقال المتحدث باسم القوات إن القوات تسيطر على حي الجيزة البحرية في سرت حيث استسلم عدد من المقاتلين.';

describe('noise: lines are judged by their shape, not by a list of known sites', () => {
  it('sees a breadcrumb trail from the home link: «الرئيسية » أخبار » ليبيا»', () => {
    expect(lineNoise('الرئيسية » أخبار » ليبيا', 0)).toBe('breadcrumb');
    expect(lineNoise('أخبار / المغرب العربي / ليبيا / سرت تتحرر', 0)).toBe('breadcrumb');
  });
  it('sees a ticker: a long line of headlines separated by runs of spaces', () => {
    const ticker = Array.from({ length: 6 }, (_, i) => `عنوان خبر غير ذي صلة رقم ${i} عن الطقس والرياضة`).join('     ');
    expect(lineNoise(ticker, 0)).toBe('ticker');
  });
  it('sees a bare URL and a «read the source» link', () => {
    expect(lineNoise('https://example.org/news/123', 10)).toBe('url');
    expect(lineNoise('اضغط هنا لقراءة المقال من المصدر', 10)).toBe('source-link');
  });
  it('sees share, follow and contact promotions, and copyright lines', () => {
    expect(lineNoise('تابعونا على تويتر وفيسبوك', 10)).toBe('promo');
    expect(lineNoise('شارك على فيسبوك', 10)).toBe('promo');
    expect(lineNoise('© جميع الحقوق محفوظة لموقع الأخبار 2016', 10)).toBe('promo');
  });
  it('keeps a sentence of the article that merely names a social network', () => {
    expect(lineNoise('ونشر التنظيم على تويتر صورا لمقاتليه في سرت، بحسب ما رصدته وكالات الأنباء في الأسبوع الماضي.', 10)).toBeNull();
  });
  it('sees image captions and image-report widgets', () => {
    expect(lineNoise('*الصورة: مقاتلون في سرت/ رويترز', 3)).toBe('caption');
    expect(lineNoise('الصورة: مقاتلون في سرت', 3)).toBe('caption');
    expect(lineNoise('أبلغ عن هذه الصورة', 3)).toBe('image-widget');
  });
  it('sees publication and update timestamps', () => {
    expect(lineNoise('نشر في: 12/05/2016 - 10:30', 3)).toBe('timestamp');
    expect(lineNoise('آخر تحديث: 06/12/2016 14:05', 3)).toBe('timestamp');
    expect(lineNoise('2016-12-06 14:05', 3)).toBe('timestamp');
    expect(lineNoise('منذ 3 ساعات', 3)).toBe('timestamp');
  });
  it('sees a Latin site name alone near the top, but not further down', () => {
    expect(lineNoise('alwasat', 1)).toBe('site-name');
    expect(lineNoise('alwasat', 30)).toBeNull();
  });
  it('keeps every ordinary paragraph', () => {
    expect(lineNoise(PARAGRAPH, 0)).toBeNull();
  });
  it('drops the related-articles tail and the unrelated article after it', () => {
    const text = [PARAGRAPH, '', 'اقرأ أيضا:', '', 'مقال آخر لا علاقة له بليبيا عن الانتخابات في بلد بعيد.', 'وفقرة ثانية منه.'].join('\n');
    const result = ingestText(text);
    expect(result.paragraphs).toEqual([PARAGRAPH]);
    expect(result.removed.map((r) => [r.line, r.reason])).toEqual([
      [3, 'related-tail'],
      [5, 'related-tail'],
      [6, 'related-tail'],
    ]);
  });
  it('removes a caption repeated later without its marker, and a caption glued to a paragraph', () => {
    const text = ['*الصورة: قناص من مصراتة', PARAGRAPH, 'قناص من مصراتة', `${PARAGRAPH} *حطام`, PARAGRAPH.replace('عدد', 'عشرات')].join('\n');
    const result = ingestText(text);
    expect(result.paragraphs).toEqual([PARAGRAPH, PARAGRAPH, PARAGRAPH.replace('عدد', 'عشرات')]);
    expect(result.removed.map((r) => `${r.line}:${r.reason}:${r.text}`)).toEqual([
      '1:caption:*الصورة: قناص من مصراتة',
      '3:caption:قناص من مصراتة',
      '4:caption:*حطام',
    ]);
  });
  it('takes the headline the breadcrumb names, and the Latin site name alone at the top as publisher', () => {
    const result = ingestText(`الرئيسية / دولي / سرت تتحرر من التنظيم\nalyoum\n\nسرت تتحرر من التنظيم\n\n${PARAGRAPH}`);
    expect([result.title, result.publisher]).toEqual(['سرت تتحرر من التنظيم', 'alyoum']);
    expect([1, 2, 4].map((n) => reasonsOf(result, n))).toEqual([['breadcrumb'], ['site-name'], ['title']]);
  });
});
