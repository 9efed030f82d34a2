/**
 * Planar operations on lines and rings in degrees: simplification, clipping to a rectangle, rounding.
 * Enough for a basemap cut to one region; no general-purpose polygon algebra.
 */
import type { Bbox, Position } from './bbox.ts';

function segmentDistance2(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/**
 * Douglas–Peucker: drops points closer than `tolerance` to the simplified line. Both ends are kept,
 * so arcs shared by two countries still meet after each is simplified.
 */
export function simplifyLine(points: readonly Position[], tolerance: number): Position[] {
  if (points.length <= 2 || tolerance <= 0) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const tol2 = tolerance * tolerance;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let maxD = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(points[i]!, points[first]!, points[last]!);
      if (d > maxD) [maxD, index] = [d, i];
    }
    if (index > 0 && maxD > tol2) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

type Edge = { inside: (p: Position) => boolean; cut: (a: Position, b: Position) => Position };

function edgesOf([west, south, east, north]: Bbox): Edge[] {
  const atX = (x: number) => (a: Position, b: Position): Position => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  const atY = (y: number) => (a: Position, b: Position): Position => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  return [
    { inside: (p) => p[0] >= west, cut: atX(west) },
    { inside: (p) => p[0] <= east, cut: atX(east) },
    { inside: (p) => p[1] >= south, cut: atY(south) },
    { inside: (p) => p[1] <= north, cut: atY(north) },
  ];
}

/**
 * Sutherland–Hodgman: the part of a closed ring inside the rectangle, closed again; null when nothing
 * with an area is left. Parts outside become runs along the rectangle's edge, which only a fill shows.
 */
export function clipRing(ring: readonly Position[], bbox: Bbox): Position[] | null {
  let points = ring.slice(0, ring.length > 1 && samePoint(ring[0]!, ring[ring.length - 1]!) ? -1 : undefined);
  for (const edge of edgesOf(bbox)) {
    if (points.length === 0) break;
    const input = points;
    points = [];
    let prev = input[input.length - 1]!;
    for (const current of input) {
      if (edge.inside(current)) {
        if (!edge.inside(prev)) points.push(edge.cut(prev, current));
        points.push(current);
      } else if (edge.inside(prev)) {
        points.push(edge.cut(prev, current));
      }
      prev = current;
    }
  }
  const open = dedupe(points);
  if (open.length < 3) return null;
  return [...open, open[0]!];
}

/** Liang–Barsky on one segment: the parameters where it enters and leaves the rectangle, or null. */
function clipSegment(a: Position, b: Position, [west, south, east, north]: Bbox): [number, number] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const checks: [number, number][] = [
    [-dx, a[0] - west],
    [dx, east - a[0]],
    [-dy, a[1] - south],
    [dy, north - a[1]],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return null;
    }
  }
  return [t0, t1];
}

const lerp = (a: Position, b: Position, t: number): Position => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

/** The pieces of an open line that lie inside the rectangle, each with at least two points. */
export function clipLine(line: readonly Position[], bbox: Bbox): Position[][] {
  const pieces: Position[][] = [];
  let current: Position[] = [];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const t = clipSegment(a, b, bbox);
    if (!t) {
      if (current.length) pieces.push(current);
      current = [];
      continue;
    }
    const start = lerp(a, b, t[0]);
    if (current.length === 0) current.push(start);
    current.push(lerp(a, b, t[1]));
    // The segment leaves the rectangle before its end: the piece ends here.
    if (t[1] < 1) {
      pieces.push(current);
      current = [];
    }
  }
  if (current.length) pieces.push(current);
  return pieces.map(dedupe).filter((p) => p.length >= 2);
}

function samePoint(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Removes consecutive repeated points. */
export function dedupe(points: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const p of points) if (out.length === 0 || !samePoint(out[out.length - 1]!, p)) out.push(p);
  return out;
}

/** Rounds every coordinate to `digits` decimals (3 ≈ 100 m) and removes the repeats this creates. */
export function roundLine(points: readonly Position[], digits: number): Position[] {
  const k = 10 ** digits;
  return dedupe(points.map(([x, y]) => [Math.round(x * k) / k, Math.round(y * k) / k]));
}
