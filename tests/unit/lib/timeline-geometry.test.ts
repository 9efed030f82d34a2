import { describe, expect, it } from 'vitest';
import { linearTime } from '../../../src/lib/timeline/geometry.ts';

const domain: [number, number] = [Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)];

describe('the time → pixel map of a chart', () => {
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
