import { describe, expect, it } from 'vitest';
import { daysIn, endOf, isCalendarDate, isoAt, startOf } from '../../../src/lib/dates/calendar.ts';

describe('a value begins and ends where its precision says, in UTC', () => {
  it('«13 نوفمبر 2014» begins at midnight UTC and ends at the next midnight', () => {
    expect(startOf('2014-11-13')).toBe(Date.UTC(2014, 10, 13));
    expect(endOf('2014-11-13')).toBe(Date.UTC(2014, 10, 14));
  });
  it('«أكتوبر 2014» ends with the first instant of November, «عام 2015» with the first of 2016', () => {
    expect(endOf('2014-10')).toBe(Date.UTC(2014, 10, 1));
    expect(endOf('2015')).toBe(Date.UTC(2016, 0, 1));
  });
  it('the last day of a year ends at the first instant of the next, whatever the clock', () => {
    expect(endOf('2016-12-31')).toBe(Date.UTC(2017, 0, 1));
  });
});

describe('an impossible date is an error, never a silently shifted one', () => {
  it('rejects 30 February 2016 instead of rolling it over to March', () => {
    expect(() => startOf('2016-02-30')).toThrow(/2016-02-30/);
  });
  it('rejects a thirteenth month', () => {
    expect(() => startOf('2016-13')).toThrow(/2016-13/);
  });
  it('rejects a date written the Arabic way round (13/11/2014)', () => {
    expect(() => startOf('13/11/2014')).toThrow(/YYYY/);
  });
});

describe('isCalendarDate', () => {
  it('accepts 29 February in a leap year («29 شباط 2016») and refuses it in 2015', () => {
    expect(isCalendarDate('2016-02-29')).toBe(true);
    expect(isCalendarDate('2015-02-29')).toBe(false);
  });

  it('refuses a thirteenth month and a 31st of April', () => {
    expect(isCalendarDate('2016-13')).toBe(false);
    expect(isCalendarDate('2016-04-31')).toBe(false);
  });
});

describe('daysIn counts the days of a month', () => {
  it('gives «فبراير 2016» 29 days, «فبراير 2015» and «فبراير 1900» 28, «فبراير 2000» 29', () => {
    expect([daysIn(2, 2016), daysIn(2, 2015), daysIn(2, 1900), daysIn(2, 2000)]).toEqual([29, 28, 28, 29]);
  });
  it('lets «29 فبراير» stand when the year is not known, and knows no thirteenth month', () => {
    expect(daysIn(2)).toBe(29);
    expect(daysIn(4)).toBe(30);
    expect(daysIn(13)).toBe(0);
  });
});

describe('isoAt gives the ISO value of the day, month or year an instant falls in', () => {
  it('an instant in the middle of May 2016 belongs to the month «2016-05», the day «2016-05-17» and the year «2016»', () => {
    const t = Date.UTC(2016, 4, 17, 12);
    expect([isoAt(t, 'day'), isoAt(t, 'month'), isoAt(t, 'year')]).toEqual(['2016-05-17', '2016-05', '2016']);
  });
  it('the last millisecond of 2016 is still «2016-12-31»', () => {
    expect(isoAt(Date.UTC(2017, 0, 1) - 1, 'day')).toBe('2016-12-31');
  });
});
