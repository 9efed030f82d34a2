import { describe, expect, it } from 'vitest';
import type { Position } from '../../../src/lib/geo/bbox.ts';
import { bboxOf, bboxesIntersect, inBbox, LIBYA_FRAME } from '../../../src/lib/geo/bbox.ts';
import { clipLine, clipRing, roundLine, simplifyLine } from '../../../src/lib/geo/lines.ts';

const square: Position[] = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];

describe('frame', () => {
  it('holds سرت, طرابلس, تونس and عين أم الناس but not الموصل or الصخيرات', () => {
    expect(inBbox([16.59, 31.21], LIBYA_FRAME)).toBe(true); // Sirte
    expect(inBbox([13.19, 32.89], LIBYA_FRAME)).toBe(true); // Tripoli
    expect(inBbox([10.18, 36.81], LIBYA_FRAME)).toBe(true); // Tunis
    expect(inBbox([9.64, 28.05], LIBYA_FRAME)).toBe(true); // In Amenas
    expect(inBbox([43.13, 36.34], LIBYA_FRAME)).toBe(false); // Mosul
    expect(inBbox([-7.1, 33.85], LIBYA_FRAME)).toBe(false); // Skhirat
  });

  it('finds the rectangle around points and tells when two rectangles overlap', () => {
    expect(bboxOf([[3, 1], [-2, 5], [4, -1]])).toEqual([-2, -1, 4, 5]);
    expect(bboxOf([])).toBeNull();
    expect(bboxesIntersect([0, 0, 2, 2], [2, 2, 3, 3])).toBe(true);
    expect(bboxesIntersect([0, 0, 2, 2], [2.1, 0, 3, 1])).toBe(false);
  });
});

describe('simplifyLine', () => {
  it('drops points that stray less than the tolerance and keeps both ends', () => {
    const line: Position[] = [[0, 0], [1, 0.001], [2, -0.001], [3, 0]];
    expect(simplifyLine(line, 0.01)).toEqual([[0, 0], [3, 0]]);
  });

  it('keeps a corner farther than the tolerance from the shortcut and drops the wobble before it', () => {
    const line: Position[] = [[0, 0], [1, 0.001], [2, 0], [3, 1], [4, 2]];
    expect(simplifyLine(line, 0.01)).toEqual([[0, 0], [2, 0], [4, 2]]);
  });

  it('keeps a closed ring closed: its first and last points are the ends', () => {
    const ring = simplifyLine(square, 0.5);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(ring.length).toBeGreaterThanOrEqual(4);
  });
});

describe('clipRing', () => {
  it('cuts a square to the part inside the rectangle, closed', () => {
    const ring = clipRing(square, [5, 5, 20, 20])!;
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(bboxOf(ring)).toEqual([5, 5, 10, 10]);
  });

  it('leaves a ring wholly inside untouched', () => {
    expect(clipRing(square, [-1, -1, 11, 11])).toEqual(square);
  });

  it('returns nothing for a ring wholly outside', () => {
    expect(clipRing(square, [20, 20, 30, 30])).toBeNull();
  });
});

describe('clipLine', () => {
  it('splits a line that leaves and re-enters the rectangle into two pieces', () => {
    const line: Position[] = [[0, 1], [4, 1], [4, 5], [6, 5], [6, 1], [10, 1]];
    const pieces = clipLine(line, [0, 0, 10, 3]);
    expect(pieces).toEqual([
      [[0, 1], [4, 1], [4, 3]],
      [[6, 3], [6, 1], [10, 1]],
    ]);
  });

  it('cuts a segment crossing the whole rectangle at both edges', () => {
    expect(clipLine([[-5, 1], [15, 1]], [0, 0, 10, 2])).toEqual([[[0, 1], [10, 1]]]);
  });

  it('returns no piece for a line outside', () => {
    expect(clipLine([[20, 20], [30, 30]], [0, 0, 10, 10])).toEqual([]);
  });
});

describe('roundLine', () => {
  it('rounds to the given decimals and removes the repeats this makes', () => {
    expect(roundLine([[16.5891, 31.2089], [16.5893, 31.2091], [16.6, 31.3]], 3)).toEqual([[16.589, 31.209], [16.6, 31.3]]);
  });
});
