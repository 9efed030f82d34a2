import { describe, expect, it } from 'vitest';
import { kindOf } from '../../../src/lib/timeline/time.ts';

describe('the mark shows the precision', () => {
  it('a day is a point, a month or a year a band, an interval a bar', () => {
    expect(kindOf({ value: '2015-12-17' })).toBe('point');
    expect(kindOf({ value: '2015-05' })).toBe('band');
    expect(kindOf({ value: '2015' })).toBe('band');
    expect(kindOf({ from: '2016-05-12', to: '2016-12-06' })).toBe('bar');
  });
});
