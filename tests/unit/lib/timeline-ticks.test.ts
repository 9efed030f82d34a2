import { describe, expect, it } from 'vitest';
import { timeTicks } from '../../../src/lib/timeline/ticks.ts';

const MONTHS = /^(يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر) \d{4}$/;

describe('axis ticks read like every other date of the site', () => {
  it('names months in Libyan usage with Western digits over one year: «مايو 2016»', () => {
    const ticks = timeTicks(Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1), 1400);
    expect(ticks.length).toBeGreaterThan(1);
    for (const t of ticks) expect(t.label).toMatch(MONTHS);
    expect(ticks.map((t) => t.label)).toContain('مايو 2016');
  });
  it('falls back to years over the whole period 2014–2017 on a narrow axis: «2015»', () => {
    const ticks = timeTicks(Date.UTC(2014, 0, 1), Date.UTC(2017, 11, 31), 500);
    expect(ticks.map((t) => t.label)).toEqual(['2014', '2015', '2016', '2017']);
  });
  it('skips years when even one a year is too dense: every other year on a very narrow axis', () => {
    const ticks = timeTicks(Date.UTC(2014, 0, 1), Date.UTC(2017, 11, 31), 400);
    expect(ticks.map((t) => t.label)).toEqual(['2014', '2016']);
  });
  it('names days when zoomed into a fortnight: «12 مايو 2016»', () => {
    const ticks = timeTicks(Date.UTC(2016, 4, 10), Date.UTC(2016, 4, 14), 900);
    expect(ticks.map((t) => t.label)).toContain('12 مايو 2016');
    expect(ticks.every((t) => t.iso.length === 10)).toBe(true);
  });
  it('leaves room between labels: no more ticks than the axis length allows', () => {
    for (const length of [300, 700, 1200, 3000]) {
      const ticks = timeTicks(Date.UTC(2014, 0, 1), Date.UTC(2017, 6, 1), length, 110);
      expect(ticks.length).toBeLessThanOrEqual(Math.max(1, Math.floor(length / 110)));
    }
  });
  it('places each tick at the first instant of the period it names', () => {
    const ticks = timeTicks(Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1), 1400);
    for (const t of ticks) expect(new Date(t.t).toISOString().startsWith(t.iso)).toBe(true);
  });
});
