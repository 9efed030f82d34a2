import { describe, expect, it } from 'vitest';
import {
  dayFrom,
  readPublished,
  resolveParts,
  resolveRange,
  saysYear,
  shiftDay,
  shiftMonth,
  shiftYear,
  weekdayFrom,
} from '../../../src/lib/dates/parser/resolve.ts';

// The resolver sees no text: each case gives what an expression says and the publication date.
const pub = (date: string) => readPublished(date)!;

describe('readPublished reads the publication date at its precision', () => {
  it('knows «2016-12» to the month and no further', () => {
    expect(readPublished('2016-12')).toEqual({ y: 2016, m: 12, d: undefined });
  });
  it('gives nothing without a date and rejects a date written the Arabic way round', () => {
    expect(readPublished(undefined)).toBeUndefined();
    expect(() => readPublished('05/12/2016')).toThrow(/YYYY/);
  });
});

describe('resolveParts never invents a year', () => {
  it('keeps a written year whatever the publication date: «أيار 2015» is May 2015, not relative', () => {
    expect(resolveParts({ year: 2015, month: 5 }, false, pub('2020-01-01'))).toEqual({ value: '2015-05', relative: false, precision: 'month' });
  });
  it('gives «في ديسمبر» the latest December not after publication, marked relative', () => {
    expect(resolveParts({ month: 12 }, true, pub('2016-03'))).toEqual({ value: '2015-12', relative: true, precision: 'month' });
    expect(resolveParts({ month: 12 }, true, pub('2016-12'))).toMatchObject({ value: '2016-12' });
  });
  it('puts «في 20 ديسمبر» written on 5 December in the year before', () => {
    expect(resolveParts({ month: 12, day: 20 }, true, pub('2016-12-05'))).toMatchObject({ value: '2015-12-20', precision: 'day' });
  });
  it('gives a month no year when nothing introduces it: «ثورة السابع من فبراير» names a revolution', () => {
    expect(resolveParts({ month: 2, day: 7 }, false, pub('2016-12'))).toEqual({ value: null, relative: true, precision: 'day' });
  });
  it('cannot place a month in a publication known only to its year', () => {
    expect(resolveParts({ month: 5, day: 12 }, true, pub('2016'))).toMatchObject({ value: null, relative: true });
  });
  it('reads «جويلية الماضي» as the last July before publication, a year back when published in July', () => {
    expect(resolveParts({ month: 7, monthShift: 'past' }, false, pub('2016-08'))?.value).toBe('2016-07');
    expect(resolveParts({ month: 7, monthShift: 'past' }, false, pub('2016-07'))?.value).toBe('2015-07');
  });
  it('reads «مايو المقبل» as the next May and «مايو الجاري» as May of the publication year', () => {
    expect(resolveParts({ month: 5, monthShift: 'next' }, false, pub('2016-12'))?.value).toBe('2017-05');
    expect(resolveParts({ month: 5, monthShift: 'current' }, false, pub('2016-05'))?.value).toBe('2016-05');
  });
  it('reads «مارس من العام الماضي» from the publication year, and «مارس من العام نفسه» as unknown', () => {
    expect(resolveParts({ month: 3, yearShift: -1 }, false, pub('2016-12'))).toEqual({ value: '2015-03', relative: true, precision: 'month' });
    expect(resolveParts({ month: 3, yearUnknown: true }, true, pub('2016-12'))?.value).toBeNull();
  });
  it('leaves everything relative unresolved without a publication date', () => {
    expect(resolveParts({ month: 5 }, true, undefined)).toEqual({ value: null, relative: true, precision: 'month' });
  });
  it('gives no value to «29 فبراير» placed in a year that has no 29 February', () => {
    expect(resolveParts({ month: 2, day: 29 }, true, pub('2015-12'))?.value).toBeNull();
  });
  it('knows which parts say their year', () => {
    expect([saysYear({ year: 2016 }), saysYear({ yearShift: -1 }), saysYear({ monthShift: 'past' }), saysYear({ yearUnknown: true })]).toEqual([true, true, true, true]);
    expect(saysYear({ month: 5, day: 12 })).toBe(false);
  });
});

describe('resolveRange completes one end from the other', () => {
  it('gives «بين أيار وكانون الأول 2016» the shared year, and 2016 as the one year holding it', () => {
    expect(resolveRange({ month: 5 }, { month: 12, year: 2016 })).toEqual({
      value: '2016',
      interval: { from: '2016-05', to: '2016-12' },
      precision: 'month',
      relative: false,
    });
  });
  it('puts the first month of «من نوفمبر إلى فبراير 2016» in the year before', () => {
    expect(resolveRange({ month: 11 }, { month: 2, year: 2016 })).toMatchObject({ value: null, interval: { from: '2015-11', to: '2016-02' } });
  });
  it('gives «من 8 إلى 19 دجنبر 2025» its month as the value and days as its ends', () => {
    expect(resolveRange({ month: 12, day: 8 }, { month: 12, day: 19, year: 2025 })).toMatchObject({
      value: '2025-12',
      interval: { from: '2025-12-08', to: '2025-12-19' },
      precision: 'day',
    });
  });
  it('gives «من مايو 2016 إلى ديسمبر» the first end\'s year, and a range of two years the coarser precision', () => {
    expect(resolveRange({ month: 5, year: 2016 }, { month: 12 })).toMatchObject({ interval: { from: '2016-05', to: '2016-12' } });
    expect(resolveRange({ year: 2014 }, { month: 3, year: 2017 })).toMatchObject({ value: null, precision: 'year' });
  });
  it('is one date when both ends are the same: «من 2016 إلى 2016»', () => {
    expect(resolveRange({ year: 2016 }, { year: 2016 })).toEqual({ value: '2016', precision: 'year', relative: false });
  });
  it('is no range when it runs backwards: «من 2017 إلى 2014»', () => {
    expect(resolveRange({ year: 2017 }, { year: 2014 })).toBeNull();
  });
  it('marks a range relative when an end leans on the publication date, and unresolved without one', () => {
    expect(resolveRange({ month: 5 }, { month: 12, monthShift: 'past' }, pub('2017-01'))).toMatchObject({
      interval: { from: '2016-05', to: '2016-12' },
      relative: true,
    });
    expect(resolveRange({ month: 5 }, { month: 12, monthShift: 'past' })).toEqual({ value: null, precision: 'month', relative: true });
  });
});

describe('shifts from the publication date', () => {
  it('moves the year, the month across January and the day across a month end', () => {
    expect(shiftYear(pub('2016-12'), -1)).toBe('2015');
    expect(shiftMonth(pub('2016-01'), -1)).toBe('2015-12');
    expect(shiftDay(pub('2016-12-01'), -1)).toBe('2016-11-30');
    expect(shiftDay(pub('2016-02-28'), 1)).toBe('2016-02-29');
  });
  it('gives nothing finer than the publication date is known: «الشهر الماضي» against a year, «أمس» against a month', () => {
    expect(shiftMonth(pub('2016'), -1)).toBeNull();
    expect(shiftDay(pub('2016-12'), -1)).toBeNull();
    expect(shiftYear(undefined, -1)).toBeNull();
  });
  it('dates «اليوم الاثنين» on a Monday, and refuses it on a Tuesday', () => {
    expect(dayFrom(pub('2016-12-05'), 0, 1)).toBe('2016-12-05');
    expect(dayFrom(pub('2016-12-06'), 0, 1)).toBeNull();
    expect(dayFrom(pub('2016-12-06'), -1)).toBe('2016-12-05');
  });
  it('dates «الاثنين» to the Monday on or before publication, «الاثنين الماضي» a week back when published on a Monday', () => {
    expect(weekdayFrom(pub('2016-12-07'), 1)).toBe('2016-12-05');
    expect(weekdayFrom(pub('2016-12-07'), 1, 'past')).toBe('2016-12-05');
    expect(weekdayFrom(pub('2016-12-05'), 1, 'past')).toBe('2016-11-28');
    expect(weekdayFrom(pub('2016-12-05'), 1)).toBe('2016-12-05');
  });
  it('dates «الاثنين المقبل» to the next Monday, a week on when published on a Monday', () => {
    expect(weekdayFrom(pub('2016-12-07'), 1, 'next')).toBe('2016-12-12');
    expect(weekdayFrom(pub('2016-12-05'), 1, 'next')).toBe('2016-12-12');
  });
  it('dates no weekday against a publication known only to the month', () => {
    expect(weekdayFrom(pub('2016-12'), 1, 'past')).toBeNull();
  });
});
