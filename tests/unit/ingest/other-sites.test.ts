/**
 * Page furniture the five seeds do not have, as other sites print it: timestamps, share and follow
 * buttons, «اقرأ أيضا» boxes, copyright and comment sections. Found by pattern; the article loses nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/ingest/run.ts';
import { toLines } from '../../../src/ingest/steps/lines.ts';
import { publicationDay } from '../../../src/ingest/metadata/published.ts';
import { lineNoise } from '../../../src/ingest/steps/noise.ts';
import { repairLines } from '../../../src/ingest/steps/repair.ts';
import { ingestText } from './helpers.ts';

const bytes = readFileSync(new URL('../../fixtures/ingest/other-site.txt', import.meta.url));
const result = run(bytes, 'other-site.txt', {}, { countPlaces: () => [] });
const reasonOf = (line: number) => result.removed.filter((r) => r.line === line).map((r) => r.reason);

describe('other sites: timestamps are metadata, not text', () => {
  it('takes the publication date from «نشر في: 12/05/2016 - 10:30» when no editor gave one', () => {
    expect(result.published).toEqual({
      date: '2016-05-12',
      approximate: false,
      basis: 'الصفحة تذكر «نشر في: 12/05/2016 - 10:30» (السطر 2).',
    });
  });
  it('removes the update time, «منذ 3 ساعات» and a date alone on a line, with the month written out', () => {
    expect([3, 4, 19].map(reasonOf)).toEqual([['timestamp'], ['timestamp'], ['timestamp']]);
    expect(lineNoise('الأحد 4 ديسمبر 2016', 20)).toBe('timestamp');
    expect(lineNoise('يوم الخميس 12 مايو 2016 الساعة 10:30 بتوقيت ليبيا', 20)).toBe('timestamp');
  });
  it('never dates the article by an update time: «آخر تحديث: 19 مايو 2016»', () => {
    expect(publicationDay('آخر تحديث: الخميس 19 مايو 2016 - 11:45')).toBeNull();
    expect(publicationDay('نشر في: 12/05/2016 - 10:30')).toBe('2016-05-12');
  });
  it('keeps a sentence of the article that merely contains a date', () => {
    expect(lineNoise('وفي 12 مايو 2016 أطلقت القوات عمليتها لاستعادة مدينة سرت من التنظيم.', 20)).toBeNull();
  });
});

describe('other sites: buttons, boxes and the comment section', () => {
  it('removes share, follow and subscribe lines: «شارك على فيسبوك», «تابعونا على تويتر», «اشترك في النشرة»', () => {
    expect([8, 9, 20].map(reasonOf)).toEqual([['promo'], ['promo'], ['promo']]);
    expect(lineNoise('شارك المقال', 30)).toBe('promo');
  });
  it('keeps the sentence «وأرسل التنظيم رسائل عبر تطبيق واتساب…» (it addresses no reader)', () => {
    expect(result.paragraphs).toContain('وأرسل التنظيم رسائل عبر تطبيق واتساب إلى أنصاره في المدينة، بحسب مصادر محلية.');
  });
  it('removes «اقرأ أيضا: …» with its headline on one line, and the headline an «اقرأ أيضا» introduces', () => {
    expect([12, 14, 15].map(reasonOf)).toEqual([['related-tail'], ['related-tail'], ['related-tail']]);
  });
  it('goes on with the article after an «اقرأ أيضا» box', () => {
    expect(result.paragraphs).toContain('وقال مسعف إن ثلاثة من المقاتلين قتلوا وأصيب عشرة آخرون في المعارك الأخيرة.');
    expect(result.paragraphs).toContain('وقالت مصادر إن الوضع هادئ الآن.');
  });
  it('still takes the rest of the page when «اقرأ أيضا» is followed by another article’s sentences', () => {
    const page = ['وقال المتحدث إن القوات تسيطر على حي الجيزة البحرية في سرت.', 'اقرأ أيضا:', 'مقال آخر عن الانتخابات في بلد بعيد.'];
    expect(ingestText(page.join('\n')).paragraphs).toEqual([page[0]]);
  });
  it('removes the copyright line and the comment section after «التعليقات»', () => {
    expect([21, 22, 23].map(reasonOf)).toEqual([['promo'], ['comment'], ['comment']]);
  });
});

describe('other sites: the article text itself is kept whole', () => {
  it('does not cut «(أ.ف.ب)» or «د.محمد» at their dots', () => {
    expect(result.paragraphs[0]).toBe('سرت (أ.ف.ب) - قالت القوات الليبية إنها تقدمت في سرت اليوم، وفق ما أفاد د.محمد الغصري للصحفيين في المدينة.');
  });
  it('gives a glued comma its space and folds a double space: «البحرية،وأن القوات  تحاصر»', () => {
    expect(result.paragraphs).toContain('وأضاف أن المعارك مستمرة في حي الجيزة البحرية، وأن القوات تحاصر المباني.');
  });
  it('splits sentences glued after a closing quote: «إليها”.وبين»', () => {
    const units = repairLines(toLines('وقال إن “القوات لن تعود إليها”.وبين أن “المعارك مستمرة في سرت”.'));
    expect(units.map((u) => u.text)).toEqual(['وقال إن “القوات لن تعود إليها”.', 'وبين أن “المعارك مستمرة في سرت”.']);
  });
  it('does not take «كتب التاريخ فصلا جديدا…» below the first paragraph for a byline', () => {
    expect(result.author).toBeNull();
    expect(result.text).toContain('كتب التاريخ فصلا جديدا في المدينة');
    const top = ingestText('كتب خالد الغالي\nانهار تنظيم داعش في ليبيا بشكل سريع خلال سنة 2016، ولم يعد يسيطر إلا على جيوب صغيرة في الجنوب والوسط.');
    expect(top.author).toBe('خالد الغالي');
  });
  it('keeps the headline as the title and nothing of the page furniture in the text', () => {
    expect(result.title).toBe('قوات الوفاق تتقدم في سرت');
    for (const noise of ['نشر في', 'شارك', 'تابعونا', 'اقرأ أيضا', 'هجوم انتحاري', 'اشترك', '©', 'التعليقات', 'كلام جميل', 'منذ 3']) {
      expect(result.text).not.toContain(noise);
    }
  });
});
