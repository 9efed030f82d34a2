/**
 * Moves labels along one axis so that none overlaps the next, each as close as it can stay to where it
 * wants to be: the least-squares answer, found by pooling neighbours that push each other (the pool
 * adjacent violators algorithm), so a crowded week spreads evenly above and below its dates instead of
 * piling up after them.
 */

/** A label to place: where its top would ideally be, and its height. */
export interface Wanted {
  at: number;
  size: number;
}

/**
 * Tops for labels given in order along the axis, with `gap` between consecutive ones and none above
 * `min`: `top[i + 1] ≥ top[i] + size[i] + gap`, with the sum of squared moves as small as it can be.
 */
export function dodge(wanted: readonly Wanted[], gap: number, min = Number.NEGATIVE_INFINITY): number[] {
  // Shift each label by the room the ones before it need, so the constraint becomes «non-decreasing».
  const offsets: number[] = [];
  let room = 0;
  for (const w of wanted) {
    offsets.push(room);
    room += w.size + gap;
  }
  const targets = wanted.map((w, i) => w.at - offsets[i]!);
  // Pools of consecutive labels moved together: their mean target and how many they hold.
  const pools: { mean: number; count: number }[] = [];
  for (const t of targets) {
    pools.push({ mean: t, count: 1 });
    while (pools.length > 1 && pools[pools.length - 2]!.mean > pools[pools.length - 1]!.mean) {
      const b = pools.pop()!;
      const a = pools.pop()!;
      const count = a.count + b.count;
      pools.push({ mean: (a.mean * a.count + b.mean * b.count) / count, count });
    }
  }
  const tops: number[] = [];
  let lower = min;
  for (const pool of pools) {
    const value = Math.max(pool.mean, lower);
    for (let k = 0; k < pool.count; k += 1) tops.push(value + offsets[tops.length]!);
    lower = value;
  }
  return tops;
}
