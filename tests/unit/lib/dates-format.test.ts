import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/lib/dates/format.ts';

describe('formatDate shows a date exactly as precisely as it is known', () => {
  it('a year alone stays a year: «2016»', () => {
    expect(formatDate('2016')).toBe('2016');
  });
  it('a month is named in Libyan usage with Western digits: «2016-12» → «ديسمبر 2016»', () => {
    expect(formatDate('2016-12')).toBe('ديسمبر 2016');
    expect(formatDate('2015-05')).toBe('مايو 2015');
  });
  it('a day keeps its day: «2016-12-05» → «5 ديسمبر 2016»', () => {
    expect(formatDate('2016-12-05')).toBe('5 ديسمبر 2016');
  });
  it('never shifts a day with the clock: the first and last days of a year stay in that year', () => {
    expect(formatDate('2017-01-01')).toBe('1 يناير 2017');
    expect(formatDate('2016-12-31')).toBe('31 ديسمبر 2016');
  });
  it('refuses a day that does not exist rather than show another: «30 فبراير 2016» is not «1 مارس 2016»', () => {
    expect(() => formatDate('2016-02-30')).toThrow(/2016-02-30/);
  });
  it('refuses anything that is not an ISO value at its precision', () => {
    expect(() => formatDate('13/11/2014')).toThrow(/YYYY/);
  });
});
