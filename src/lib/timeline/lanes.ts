/** Packs horizontal extents into as few lanes as possible so that no two marks in a lane touch. */

/** A horizontal extent in time order: `lo` is where it begins along the axis, `hi` where it ends. */
export interface Extent {
  lo: number;
  hi: number;
}

/**
 * Greedy interval packing: each extent, taken in order of its beginning, goes to the first lane whose
 * last mark ended at least `gap` before it. Returns one lane index per extent, in the input order.
 */
export function assignLanes(extents: readonly Extent[], gap = 0): number[] {
  const order = extents.map((_, i) => i).sort((a, b) => extents[a]!.lo - extents[b]!.lo || extents[a]!.hi - extents[b]!.hi || a - b);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(extents.length).fill(0);
  for (const i of order) {
    const { lo, hi } = extents[i]!;
    let lane = laneEnds.findIndex((end) => end + gap <= lo);
    if (lane === -1) lane = laneEnds.push(hi) - 1;
    else laneEnds[lane] = hi;
    lanes[i] = lane;
  }
  return lanes;
}
