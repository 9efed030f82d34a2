/** Marker sizes: a marker's area grows with how much the archive says about the place. */

/** Smallest and largest marker radius, in pixels. */
export interface RadiusRange {
  min: number;
  max: number;
}

/**
 * Radius for a place mentioned `count` times when the most mentioned place has `maxCount`:
 * square-root scale (area proportional to mentions), `min` for a single mention, `max` for the top.
 */
export function markerRadius(count: number, maxCount: number, range: RadiusRange = { min: 5, max: 18 }): number {
  // When nothing is said more than once, no place stands out.
  if (!(count > 0) || !(maxCount > 1)) return range.min;
  const share = Math.min(1, Math.sqrt(count / maxCount));
  // One mention is the smallest share: it maps to `min`, so a single mention stays visible but small.
  const floor = Math.sqrt(1 / maxCount);
  const t = (share - floor) / (1 - floor);
  return Math.round((range.min + Math.max(0, t) * (range.max - range.min)) * 10) / 10;
}
