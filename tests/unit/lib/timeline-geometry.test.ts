import { describe, expect, it } from 'vitest';
import { linearTime, markBox } from '../../../src/lib/timeline/geometry.ts';
import { spanOf } from '../../../src/lib/dates/span.ts';

const domain: [number, number] = [Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)];

describe('the time → pixel map the browser zooms with', () => {
  it('puts 1 January 2016 on the right edge and 2017 on the left when time runs right to left', () => {
    const { px } = linearTime(domain, [900, 100]);
    expect(px(domain[0])).toBe(900);
    expect(px(domain[1])).toBe(100);
  });
  it('reads an instant back from its pixel, both ways round', () => {
    for (const range of [[900, 100], [100, 900]] as [number, number][]) {
      const { px, time } = linearTime(domain, range);
      const sirte = Date.UTC(2016, 11, 6);
      expect(time(px(sirte))).toBeCloseTo(sirte, -1);
    }
  });
});

describe('where a mark lands', () => {
  const { px } = linearTime(domain, [900, 100]);
  it('sits a day of «6 ديسمبر 2016» at the middle of that day, with no width', () => {
    const { start, end } = spanOf({ value: '2016-12-06' });
    const box = markBox('point', start, end, px, 3);
    expect(box.width).toBe(0);
    expect(box.cx).toBeCloseTo(px(start + 43_200_000), 9);
  });
  it('spans «أيار 2016» from its first to its last instant, right to left', () => {
    const { start, end } = spanOf({ value: '2016-05' });
    const box = markBox('band', start, end, px, 3);
    expect(box.x).toBeCloseTo(px(end), 9);
    expect(box.x + box.width).toBeCloseTo(px(start), 9);
  });
  it('widens a band thinner than the least width around its middle', () => {
    const { start, end } = spanOf({ value: '2016-05' });
    const box = markBox('band', start, end, px, 200);
    expect(box.width).toBe(200);
    expect(box.cx).toBeCloseTo((px(start) + px(end)) / 2, 9);
  });
});
