/** Timestamps Arabic pages print with English or French month names. */
import { describe, expect, it } from 'vitest';
import { parseDates } from '../../../src/lib/dates/index.ts';

const values = (text: string) => parseDates(text).map((d) => [d.text, d.value]);

describe('dates: Latin month names', () => {
  it('reads «March 3, 2016», «Mar 3 2016» and «3 March 2016» to the day', () => {
    expect(values('March 3, 2016')).toEqual([['March 3, 2016', '2016-03-03']]);
    expect(values('Mar 3 2016')).toEqual([['Mar 3 2016', '2016-03-03']]);
    expect(values('3 March 2016')).toEqual([['3 March 2016', '2016-03-03']]);
  });
  it('reads French months: «12 mai 2016», «3 février 2015»', () => {
    expect(values('12 mai 2016')).toEqual([['12 mai 2016', '2016-05-12']]);
    expect(values('3 février 2015')).toEqual([['3 février 2015', '2015-02-03']]);
  });
  it('takes no English word for a month without a date around it: «he may come in March»', () => {
    expect(values('he may come in March')).toEqual([]);
  });
  it('refuses a day the month does not have: «February 30, 2016»', () => {
    expect(values('February 30, 2016').filter(([, v]) => v === '2016-02-30')).toEqual([]);
  });
});

describe('dates: the month-day-year order with an Arabic month', () => {
  it('reads «ديسمبر 25, 2020» and «مايو 3، 2016» to the day, but not «في مايو 25 شخصا»', () => {
    expect(values('ديسمبر 25, 2020')).toEqual([['ديسمبر 25, 2020', '2020-12-25']]);
    expect(values('مايو 3، 2016')).toEqual([['مايو 3، 2016', '2016-05-03']]);
    expect(values('قتل في مايو 25 شخصا').map(([, v]) => v)).not.toContain('2025-05-25');
  });
});
