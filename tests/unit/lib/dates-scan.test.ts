import { describe, expect, it } from 'vitest';
import { readPublished } from '../../../src/lib/dates/parser/resolve.ts';
import { scanDate, scanQualified, scanRange, scanRelative, scanYearSpan } from '../../../src/lib/dates/parser/scan.ts';
import { read } from './support/date-tokens.ts';

describe('scanRange', () => {
  it('gives «من 2014 إلى 2017» as one mention, «من» included, and the token it ends on', () => {
    const [cur, i] = read('سيطر التنظيم من 2014 إلى 2017 على أجزاء', 'من');
    expect(scanRange(cur, i)).toEqual({
      mention: { text: 'من 2014 إلى 2017', start: 13, end: 29, value: null, interval: { from: '2014', to: '2017' }, precision: 'year', relative: false },
      last: i + 3,
    });
  });
  it('leaves the clitic out of «وبين أيار وكانون الأول 2016»', () => {
    const found = scanRange(...read('وبين أيار وكانون الأول 2016', 'وبين'));
    expect(found?.mention).toMatchObject({ text: 'بين أيار وكانون الأول 2016', start: 1, value: '2016' });
  });
  it('finds nothing in a range that runs backwards, «من 2017 إلى 2014», so other readings may try', () => {
    expect(scanRange(...read('من 2017 إلى 2014', 'من'))).toBeNull();
  });
});

describe('scanYearSpan', () => {
  it('gives «الفترة 2014-2017» a span of years, explicit', () => {
    expect(scanYearSpan(...read('تقرير عن الفترة 2014-2017 في ليبيا', '2014'))?.mention).toMatchObject({
      text: '2014-2017',
      value: null,
      interval: { from: '2014', to: '2017' },
      relative: false,
    });
  });
});

describe('scanQualified', () => {
  it('gives «أوائل عام 2015» the year, qualifier kept in the text', () => {
    expect(scanQualified(...read('في أوائل عام 2015 وأقام', 'أوائل'))?.mention).toMatchObject({ text: 'أوائل عام 2015', value: '2015', relative: false });
  });
  it('resolves «مطلع العام الماضي» and «نهاية الشهر الماضي» against the publication date', () => {
    const pub = readPublished('2016-12');
    const [cur, i] = read('منذ مطلع العام الماضي', 'مطلع');
    expect(scanQualified(cur, i, pub)?.mention).toMatchObject({ text: 'مطلع العام الماضي', value: '2015', precision: 'year', relative: true });
    const [cur2, k] = read('في نهاية الشهر الماضي', 'نهاية');
    expect(scanQualified(cur2, k, pub)?.mention).toMatchObject({ value: '2016-11', precision: 'month' });
  });
  it('does not qualify a day: «منتصف 12 مايو» is left to the date scanner', () => {
    expect(scanQualified(...read('منتصف 12 مايو 2016', 'منتصف'))).toBeNull();
  });
});

describe('scanDate', () => {
  it('gives «في مايو» the last May before publication when a temporal word introduces it', () => {
    const [cur, i] = read('وفي مايو انطلقت العملية', 'مايو');
    expect(scanDate(cur, i, readPublished('2016-12'), -1)?.mention).toMatchObject({ text: 'مايو', value: '2016-05', relative: true });
  });
  it('finds no date in «تيريزا ماي», a month name with no date context', () => {
    expect(scanDate(...read('قالت تيريزا ماي إن', 'ماي'), readPublished('2016-12'), -1)).toBeNull();
  });
  it('reads «ب2014» as a year glued to its preposition', () => {
    expect(scanDate(...read('بدأ ب2014 ثم', '2014'), undefined, -1)?.mention).toMatchObject({ text: '2014', value: '2014' });
  });
  it('points from «في 2014» to the coordinated «و2015», which is read as a year only when carried', () => {
    const [cur, i] = read('شهدت المدينة في 2014 و2015 معارك', '2014');
    const first = scanDate(cur, i, undefined, -1);
    expect(first?.mention.value).toBe('2014');
    expect(first?.carry).toBe(i + 2); // «و» is a token of its own before a number
    expect(scanDate(cur, i + 2, undefined, -1)).toBeNull();
    expect(scanDate(cur, i + 2, undefined, i + 2)?.mention).toMatchObject({ text: '2015', value: '2015' });
  });
  it('keeps the bare «5» of «في 5 و6 ديسمبر 2016» as the fifth of December, and drops a bare day with nothing after it', () => {
    const [cur, i] = read('أعلن التحرير في 5 و6 ديسمبر 2016', '5');
    expect(scanDate(cur, i, undefined, -1)?.mention).toMatchObject({ text: '5', value: '2016-12-05' });
    expect(scanDate(...read('في 5 منها', '5'), undefined, -1)).toBeNull();
  });
});

describe('scanRelative', () => {
  const pub = readPublished('2016-12-07');
  it('resolves «العام الماضي», «الشهر الماضي» and «أمس» against a publication known to the day', () => {
    expect(scanRelative(...read('العام الماضي', 'العام'), pub)?.mention).toMatchObject({ value: '2015', precision: 'year', relative: true });
    expect(scanRelative(...read('الشهر الماضي', 'الشهر'), pub)?.mention).toMatchObject({ value: '2016-11', precision: 'month' });
    expect(scanRelative(...read('قال أمس', 'أمس'), pub)?.mention).toMatchObject({ text: 'أمس', value: '2016-12-06', precision: 'day' });
  });
  it('resolves «الاثنين الماضي» written on a Wednesday to the Monday before', () => {
    expect(scanRelative(...read('أعلنت الاثنين الماضي القوات', 'الاثنين'), pub)?.mention).toMatchObject({ text: 'الاثنين الماضي', value: '2016-12-05' });
  });
  it('reports «العام نفسه» nowhere on its own: it only completes a month', () => {
    expect(scanRelative(...read('في العام نفسه', 'العام'), pub)).toBeNull();
  });
});
