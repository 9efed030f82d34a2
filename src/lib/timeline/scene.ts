/**
 * A laid-out chart as a list of simple shapes, before it is SVG: the layouts (horizontal.ts, vertical.ts)
 * produce it, the renderer (render.ts) draws it, and tests measure it. Lengths are px at the width the
 * chart was laid out for; the renderer writes horizontal positions as percentages of that width, so the
 * same drawing stays valid on any wider screen (marks move apart, labels keep their size).
 */
import type { GroupShape, TypeGroup } from './groups.ts';
import type { ItemKind } from './items.ts';

/** An axis-aligned box: x0 ≤ x1, y0 ≤ y1. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One shape of the chart. */
export type Shape =
  /** A group's symbol centred on (x, y). */
  | { kind: 'symbol'; x: number; y: number; shape: GroupShape }
  /** The dashed ring around a mark whose sources disagree. */
  | { kind: 'ring'; x: number; y: number; r: number }
  /** A filled box: what a month or a few weeks cover, or an event's (invisible) target. */
  | { kind: 'rect'; box: Box; role: 'extent' | 'target' }
  /** A straight line. */
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; role: LineRole }
  /** Lines of text; `x` is where a line starts (its right end, right to left), its middle, or its end; `y` the first baseline. */
  | { kind: 'text'; x: number; y: number; lines: string[]; lineHeight: number; role: TextRole; anchor?: 'start' | 'middle' | 'end' };

/** What a line is for, which is how it is styled. */
export type LineRole = 'between-dates' | 'bracket' | 'bracket-date' | 'leader' | 'axis' | 'tick' | 'grid';

/** What a text is for. */
export type TextRole = 'label' | 'context-label' | 'tick';

/** One event as drawn: its shapes, and the box its label occupies (null when its label gave way). */
export interface DrawnEvent {
  id: string;
  kind: ItemKind;
  group: TypeGroup;
  dateConflict: boolean;
  figureConflict: boolean;
  shapes: Shape[];
  label: Box | null;
  /** Boxes of its marks (symbols and rings), which no label may cover. */
  marks: Box[];
}

/** A chart ready to draw. */
export interface ChartLayout {
  orientation: 'horizontal' | 'vertical';
  /** The width it was laid out for, px. */
  width: number;
  height: number;
  /** [start, end) in UTC ms of the time shown. */
  domain: [number, number];
  /** Row units of the horizontal marks (each 24 px), so a redraw can keep the same height. */
  rowUnits: number;
  /** Events in chronological order: the order of the links and of the arrow keys. */
  events: DrawnEvent[];
  /** Axis, ticks and grid, drawn behind the events. */
  axis: Shape[];
  /** The band under the axis where a period can be brushed (horizontal only). */
  brush: Box | null;
}

/** True when two boxes overlap by more than a hair. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 - 0.01 && b.x0 < a.x1 - 0.01 && a.y0 < b.y1 - 0.01 && b.y0 < a.y1 - 0.01;
}
