import { describe, expect, it } from 'vitest';
import {
  compareDates,
  contains,
  coveringDate,
  daysOf,
  isOrderedInterval,
  monthsOf,
  nested,
  spanOf,
} from '../../../src/lib/dates/span.ts';

const DAY = 86_400_000;

describe('a date covers exactly the time its precision says', () => {
  it('«13 نوفمبر 2014» (2014-11-13) covers one day', () => {
    expect(spanOf({ value: '2014-11-13' })).toEqual({ start: Date.UTC(2014, 10, 13), end: Date.UTC(2014, 10, 14) });
  });
  it('«أكتوبر 2014» (2014-10) covers the whole month, 31 days', () => {
    const { start, end } = spanOf({ value: '2014-10' });
    expect(start).toBe(Date.UTC(2014, 9, 1));
    expect((end - start) / DAY).toBe(31);
  });
  it('«شباط 2016» covers the 29 days of a leap February', () => {
    const { start, end } = spanOf({ value: '2016-02' });
    expect((end - start) / DAY).toBe(29);
  });
  it('«عام 2015» covers the whole year, up to the first instant of 2016', () => {
    expect(spanOf({ value: '2015' })).toEqual({ start: Date.UTC(2015, 0, 1), end: Date.UTC(2016, 0, 1) });
  });
  it('«بين أيار وكانون الأول 2016» runs from the start of May to the end of December', () => {
    expect(spanOf({ from: '2016-05', to: '2016-12' })).toEqual({ start: Date.UTC(2016, 4, 1), end: Date.UTC(2017, 0, 1) });
  });
  it('an interval from a day to a month ends with that month: 12 May → December 2016', () => {
    expect(spanOf({ from: '2016-05-12', to: '2016-12' }).end).toBe(Date.UTC(2017, 0, 1));
  });
});

describe('an impossible date is an error, never a silently shifted one', () => {
  it('rejects an interval that ends before it begins (December → May 2016)', () => {
    expect(() => spanOf({ from: '2016-12', to: '2016-05' })).toThrow(/ends before it starts/);
  });
  it('rejects «30 فبراير 2016» inside a date', () => {
    expect(() => spanOf({ value: '2016-02-30' })).toThrow(/2016-02-30/);
  });
});

describe('isOrderedInterval', () => {
  it('accepts «من 12 ماي إلى كانون الأول 2016» (a day to a month)', () => {
    expect(isOrderedInterval({ from: '2016-05-12', to: '2016-12' })).toBe(true);
  });

  it('refuses an interval that ends before it starts', () => {
    expect(isOrderedInterval({ from: '2016-12', to: '2016-05' })).toBe(false);
  });

  it('refuses an end that holds its start or a start that holds its end (write 2016-05 → 2016-12), and a one-date interval', () => {
    expect(isOrderedInterval({ from: '2016-05', to: '2016' })).toBe(false);
    expect(isOrderedInterval({ from: '2016', to: '2016-05' })).toBe(false);
    expect(isOrderedInterval({ from: '2016-05', to: '2016-05' })).toBe(false);
  });
});

describe('daysOf gives the first and last day a date covers', () => {
  it('gives «كانون الأول/ديسمبر 2016» its first and last day', () => {
    expect(daysOf(spanOf({ value: '2016-12' }))).toEqual({ from: '2016-12-01', to: '2016-12-31' });
  });

  it('ends a leap February on the 29th and a year on 31 December', () => {
    expect(daysOf(spanOf({ value: '2016-02' }))).toEqual({ from: '2016-02-01', to: '2016-02-29' });
    expect(daysOf(spanOf({ value: '2015' }))).toEqual({ from: '2015-01-01', to: '2015-12-31' });
  });

  it('gives a day itself at both ends, and an interval from the start of `from` to the end of `to`', () => {
    expect(daysOf(spanOf({ value: '2014-11-13' }))).toEqual({ from: '2014-11-13', to: '2014-11-13' });
    expect(daysOf(spanOf({ from: '2014-10', to: '2014-11-13' }))).toEqual({ from: '2014-10-01', to: '2014-11-13' });
  });
});

describe('monthsOf gives the months a value covers', () => {
  it('lets «عام 2016» cover its twelve months, January to December, and a day only its month', () => {
    expect(monthsOf('2016')).toHaveLength(12);
    expect([monthsOf('2016')[0], monthsOf('2016')[11]]).toEqual(['2016-01', '2016-12']);
    expect(monthsOf('2016-12-05')).toEqual(['2016-12']);
    expect(monthsOf('2016-12')).toEqual(['2016-12']);
  });
});

describe('nesting and covering', () => {
  it('sees «2016-12-05» inside «كانون الأول 2016», and May and June 2015 as neither inside the other', () => {
    expect(contains(spanOf({ value: '2016-12' }), spanOf({ value: '2016-12-05' }))).toBe(true);
    expect(nested(spanOf({ value: '2016-12-05' }), spanOf({ value: '2016-12' }))).toBe(true);
    expect(nested(spanOf({ value: '2015-05' }), spanOf({ value: '2015-06' }))).toBe(false);
  });

  it('covers «تشرين الأول 2014» and «13 نوفمبر 2014» with October to 13 November', () => {
    expect(coveringDate([{ value: '2014-11-13' }, { value: '2014-10' }])).toEqual({ from: '2014-10', to: '2014-11-13' });
  });

  it('takes a date that already covers the others as it is written: «أوائل عام 2015» holds May and June', () => {
    expect(coveringDate([{ value: '2015-05' }, { value: '2015' }, { value: '2015-06' }])).toEqual({ value: '2015' });
  });

  it('refuses to cover nothing', () => {
    expect(() => coveringDate([])).toThrow(/at least one date/);
  });
});

describe('compareDates puts dates in chronological order', () => {
  it('orders by start, and at equal starts puts the shorter first: «1 مايو 2016», «مايو 2016», «12 مايو 2016», «ديسمبر 2016»', () => {
    const dates = [{ value: '2016-12' }, { value: '2016-05-12' }, { value: '2016-05' }, { value: '2016-05-01' }];
    expect([...dates].sort(compareDates)).toEqual([{ value: '2016-05-01' }, { value: '2016-05' }, { value: '2016-05-12' }, { value: '2016-12' }]);
  });
  it('sees a date written twice as equal', () => {
    expect(compareDates({ from: '2016-05', to: '2016-12' }, { from: '2016-05', to: '2016-12' })).toBe(0);
  });
});
