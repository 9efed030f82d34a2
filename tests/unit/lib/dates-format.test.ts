import { describe, expect, it } from 'vitest';
import { dateView, formatDate } from '../../../src/lib/dates/format.ts';

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

describe('an event date reads at its precision, never more', () => {
  it('shows «تشرين الأول/أكتوبر 2014» as the month alone: «أكتوبر 2014»', () => {
    expect(dateView({ value: '2014-10' })).toEqual({ label: 'أكتوبر 2014', times: [{ datetime: '2014-10', label: 'أكتوبر 2014' }] });
  });
  it('shows «13 نوفمبر 2014» with its day', () => {
    expect(dateView({ value: '2014-11-13' }).label).toBe('13 نوفمبر 2014');
  });
  it('shows a year alone as the year: «2015»', () => {
    expect(dateView({ value: '2015' }).label).toBe('2015');
  });
  it('shows «البنيان المرصوص» from 12 May to December 2016 as two dates, each with its own <time>', () => {
    const view = dateView({ from: '2016-05-12', to: '2016-12' });
    expect(view.label).toBe('12 مايو 2016 – ديسمبر 2016');
    expect(view.times.map((t) => t.datetime)).toEqual(['2016-05-12', '2016-12']);
  });
});
