/** Where a mark lands for a given time → pixel mapping: shared by the build-time layout and the zooming browser. */
import type { MarkKind } from './time.ts';

/** Left edge, drawn width (0 for a point) and middle of a mark. */
export interface MarkBox {
  x: number;
  width: number;
  cx: number;
}

/** A point sits at the middle of its day; a band or bar covers [start, end), never thinner than `minWidth`. */
export function markBox(kind: MarkKind, start: number, end: number, px: (t: number) => number, minWidth: number): MarkBox {
  if (kind === 'point') {
    const cx = px((start + end) / 2);
    return { x: cx, width: 0, cx };
  }
  const a = px(start);
  const b = px(end);
  const width = Math.max(Math.abs(b - a), minWidth);
  const x = Math.min(a, b) - (width - Math.abs(b - a)) / 2;
  return { x, width, cx: x + width / 2 };
}

/** The linear time → pixel map of a domain onto a range (reversed when time runs right to left), and its inverse. */
export function linearTime(domain: readonly [number, number], range: readonly [number, number]) {
  const k = (range[1] - range[0]) / (domain[1] - domain[0]);
  return {
    px: (t: number) => range[0] + (t - domain[0]) * k,
    time: (x: number) => domain[0] + (x - range[0]) / k,
  };
}
