import { describe, expect, it } from 'vitest';
import { assignLanes } from '../../../src/lib/timeline/lanes.ts';

describe('lanes keep events from overlapping', () => {
  it('puts the fall of Sirte and the Skhirat agreement in one lane when they are far apart', () => {
    expect(assignLanes([{ lo: 0, hi: 10 }, { lo: 50, hi: 60 }])).toEqual([0, 0]);
  });
  it('moves «البنيان المرصوص» to a second lane when it overlaps the US strikes', () => {
    expect(assignLanes([{ lo: 0, hi: 100 }, { lo: 60, hi: 120 }])).toEqual([0, 1]);
  });
  it('keeps the gap: marks 4 px apart share a lane only when the gap is at most 4', () => {
    expect(assignLanes([{ lo: 0, hi: 10 }, { lo: 14, hi: 20 }], 4)).toEqual([0, 0]);
    expect(assignLanes([{ lo: 0, hi: 10 }, { lo: 14, hi: 20 }], 5)).toEqual([0, 1]);
  });
  it('fills the first free lane again rather than opening a new one', () => {
    expect(assignLanes([{ lo: 0, hi: 30 }, { lo: 10, hi: 20 }, { lo: 25, hi: 40 }])).toEqual([0, 1, 1]);
  });
  it('returns lanes in the input order whatever order the extents come in', () => {
    expect(assignLanes([{ lo: 60, hi: 120 }, { lo: 0, hi: 100 }])).toEqual([1, 0]);
  });
});
