/** Longitude/latitude rectangles: the frame every map of the archive shows. */

/** [west, south, east, north] in decimal degrees, as in GeoJSON. */
export type Bbox = readonly [west: number, south: number, east: number, north: number];

/** A longitude/latitude pair, GeoJSON order. */
export type Position = [lon: number, lat: number];

/**
 * Libya and the edges of its neighbours: Tunis and Sousse to the north-west, In Amenas to the west,
 * the Egyptian border to the east, the Chad and Niger borders to the south.
 */
export const LIBYA_FRAME: Bbox = [7, 18.5, 28, 37.6];

/** True when the point lies inside the rectangle (edges included). */
export function inBbox([lon, lat]: readonly [number, number], [west, south, east, north]: Bbox): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

/** True when two rectangles overlap (touching counts). */
export function bboxesIntersect(a: Bbox, b: Bbox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** The smallest rectangle holding every point; null for no points. */
export function bboxOf(points: readonly (readonly [number, number])[]): Bbox | null {
  if (points.length === 0) return null;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    if (x < west) west = x;
    if (x > east) east = x;
    if (y < south) south = y;
    if (y > north) north = y;
  }
  return [west, south, east, north];
}
