import { describe, expect, it } from 'vitest';
import { dateKey, kindOf, monthOf, spanOf } from '../../../src/lib/timeline/time.ts';

const DAY = 86_400_000;

describe('a date covers exactly the time its precision says', () => {
  it('«13 نوفمبر 2014» (2014-11-13) covers one day', () => {
    expect(spanOf('2014-11-13')).toEqual({ start: Date.UTC(2014, 10, 13), end: Date.UTC(2014, 10, 14) });
  });
  it('«أكتوبر 2014» (2014-10) covers the whole month, 31 days', () => {
    const { start, end } = spanOf('2014-10');
    expect(start).toBe(Date.UTC(2014, 9, 1));
    expect((end - start) / DAY).toBe(31);
  });
  it('«شباط 2016» covers the 29 days of a leap February', () => {
    const { start, end } = spanOf('2016-02');
    expect((end - start) / DAY).toBe(29);
  });
  it('«عام 2015» covers the whole year, up to the first instant of 2016', () => {
    expect(spanOf('2015')).toEqual({ start: Date.UTC(2015, 0, 1), end: Date.UTC(2016, 0, 1) });
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
});

describe('the mark shows the precision', () => {
  it('a day is a point, a month or a year a band, an interval a bar', () => {
    expect(kindOf('2015-12-17')).toBe('point');
    expect(kindOf('2015-05')).toBe('band');
    expect(kindOf('2015')).toBe('band');
    expect(kindOf({ from: '2016-05-12', to: '2016-12-06' })).toBe('bar');
  });
  it('two claims of «May 2015» have the same key, an interval a different one', () => {
    expect(dateKey('2015-05')).toBe(dateKey('2015-05'));
    expect(dateKey({ from: '2015-05', to: '2015-06' })).not.toBe(dateKey('2015-05'));
  });
  it('an instant in the middle of May 2016 belongs to the month «2016-05»', () => {
    expect(monthOf(Date.UTC(2016, 4, 17, 12))).toBe('2016-05');
  });
});
