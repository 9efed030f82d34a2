import { describe, expect, it } from 'vitest';
import { markerRadius } from '../../../src/lib/geo/scale.ts';

describe('markerRadius', () => {
  const range = { min: 4, max: 20 };

  it('gives the most mentioned place (سرت, 40 mentions) the largest marker', () => {
    expect(markerRadius(40, 40, range)).toBe(20);
  });

  it('gives a place mentioned once (بن جواد) the smallest marker', () => {
    expect(markerRadius(1, 40, range)).toBe(4);
  });

  it('grows area, not radius, with mentions: four times the mentions is less than four times the radius', () => {
    const r10 = markerRadius(10, 40, range);
    const r40 = markerRadius(40, 40, range);
    expect(r10).toBeGreaterThan(4);
    expect(r10).toBeLessThan(r40);
    expect(r40 / r10).toBeLessThan(4);
  });

  it('never goes below the minimum or above the maximum, whatever the inputs', () => {
    for (const [count, max] of [[0, 10], [-3, 10], [50, 10], [1, 0], [Number.NaN, 5]] as const) {
      const r = markerRadius(count, max, range);
      expect(r).toBeGreaterThanOrEqual(4);
      expect(r).toBeLessThanOrEqual(20);
    }
  });

  it('makes every marker the smallest when no place is mentioned more than once', () => {
    expect(markerRadius(1, 1, range)).toBe(4);
  });
});
