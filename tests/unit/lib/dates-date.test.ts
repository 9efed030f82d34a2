import { describe, expect, it } from 'vitest';
import { coarser, dateText, ISO_DATE, isoPrecision, precisionOf } from '../../../src/lib/dates/date.ts';

describe('an ISO value carries its precision in its form', () => {
  it('reads the precision from the ISO form: «2014» year, «2014-10» month, «2014-11-13» day', () => {
    expect(precisionOf('2014')).toBe('year');
    expect(precisionOf('2014-10')).toBe('month');
    expect(precisionOf('2014-11-13')).toBe('day');
  });
  it('rejects a date written the Arabic way round (13/11/2014), a thirteenth month and a 32nd day', () => {
    expect(() => precisionOf('13/11/2014')).toThrow(/YYYY/);
    expect(() => precisionOf('2016-13')).toThrow(/2016-13/);
    expect(() => precisionOf('2016-12-32')).toThrow(/2016-12-32/);
  });
  it('leaves to the calendar whether a well-formed day exists: «2015-02-29» has the form of a day', () => {
    expect(ISO_DATE.test('2015-02-29')).toBe(true);
    expect(precisionOf('2015-02-29')).toBe('day');
  });
  it('does not take a month without its leading zero («2016-5») or a two-digit year', () => {
    expect(ISO_DATE.test('2016-5')).toBe(false);
    expect(ISO_DATE.test('16-05')).toBe(false);
  });
});

describe('isoPrecision reads input that may not be a date', () => {
  it('reads «2016-05» from a URL as a month, and gives null for «2016-13», «2016-5» or «مايو»', () => {
    expect(isoPrecision('2016-05')).toBe('month');
    expect([isoPrecision('2016-13'), isoPrecision('2016-5'), isoPrecision('مايو')]).toEqual([null, null, null]);
  });
});

describe('coarser gives the less precise of two precisions', () => {
  it('shows a range from «12 مايو» to «ديسمبر» no finer than a month, and from a month to a year as a year', () => {
    expect(coarser('day', 'month')).toBe('month');
    expect(coarser('month', 'year')).toBe('year');
    expect(coarser('day', 'day')).toBe('day');
  });
});

describe('dateText writes a date on one line, as content writes it', () => {
  it('writes «أيار 2015» as «2015-05» and «البنيان المرصوص» as «2016-05-12 → 2016-12»', () => {
    expect(dateText({ value: '2015-05' })).toBe('2015-05');
    expect(dateText({ from: '2016-05-12', to: '2016-12' })).toBe('2016-05-12 → 2016-12');
  });
  it('gives two claims of «May 2015» the same text and an interval a different one', () => {
    expect(dateText({ value: '2015-05' })).toBe(dateText({ value: '2015-05' }));
    expect(dateText({ from: '2015-05', to: '2015-06' })).not.toBe(dateText({ value: '2015-05' }));
  });
});
