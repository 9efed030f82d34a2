/**
 * Places dated events on a horizontal time scale: a day is a point, a month or year a band as wide
 * as that month or year, an interval a bar; an event whose sources disagree shows each claimed date
 * and a thin line across the span between them. Events are packed into lanes so that nothing overlaps.
 * Pure: numbers in, numbers out — the same layout is drawn at build time and enhanced in the browser.
 */
import { scaleUtc } from 'd3-scale';
import { utcMonth } from 'd3-time';
import { markBox } from './geometry.ts';
import { assignLanes } from './lanes.ts';
import { timeTicks, type Tick } from './ticks.ts';
import type { KnownDate } from '../dates/date.ts';
import { compareSpans, spanOf } from '../dates/span.ts';
import { kindOf, type MarkKind } from './time.ts';

/** Which way time runs: right to left as Arabic reads (default), or left to right. */
export type Direction = 'rtl' | 'ltr';

/** What the layout needs of an event: its id and the dates it is drawn at (several when disputed). */
export interface TimelineItem {
  id: string;
  dates: KnownDate[];
}

/** Sizes and direction; every length is in SVG user units. */
export interface LayoutOptions {
  width?: number;
  direction?: Direction;
  /** Space kept free at both ends of the axis. */
  margin?: number;
  laneHeight?: number;
  /** Space above the first lane. */
  top?: number;
  /** Space below the last lane for the axis and its labels. */
  axisHeight?: number;
  pointRadius?: number;
  /** Least free space between two events in one lane. */
  gap?: number;
  /** Least drawn width of a band or bar, so that a short one stays visible. */
  minWidth?: number;
}

/** One drawn date: `x` is its left edge and `width` its extent (0 for a point), `cx` its middle. */
export interface MarkLayout {
  kind: MarkKind;
  date: KnownDate;
  start: number;
  end: number;
  x: number;
  width: number;
  cx: number;
}

/** One event: its lane, the vertical middle of that lane, its marks, and the span line if disputed. */
export interface EventLayout {
  id: string;
  lane: number;
  y: number;
  start: number;
  end: number;
  marks: MarkLayout[];
  /** The line between the earliest and latest claimed dates; null when there is one date. */
  span: { x: number; width: number } | null;
}

/** The whole picture, ready to draw. */
export interface TimelineLayout {
  direction: Direction;
  width: number;
  height: number;
  /** Time domain in UTC ms: earliest first. */
  domain: [number, number];
  /** Pixel positions of domain[0] and domain[1]: reversed when time runs right to left. */
  range: [number, number];
  lanes: number;
  laneHeight: number;
  top: number;
  /** Vertical position of the axis line. */
  axisY: number;
  pointRadius: number;
  /** Least drawn width of a band or bar. */
  minWidth: number;
  events: EventLayout[];
  ticks: AxisTick[];
}

/** A tick placed on the axis. */
export interface AxisTick extends Tick {
  x: number;
}

const DEFAULTS: Required<LayoutOptions> = {
  width: 960,
  direction: 'rtl',
  margin: 24,
  laneHeight: 22,
  top: 12,
  axisHeight: 48,
  pointRadius: 6,
  gap: 6,
  minWidth: 3,
};

/** A month before the first date and a month after the last, so that the ends are not clipped. */
function paddedDomain(spans: { start: number; end: number }[]): [number, number] {
  if (spans.length === 0) return [Date.UTC(2014, 0, 1), Date.UTC(2018, 0, 1)];
  const lo = Math.min(...spans.map((s) => s.start));
  const hi = Math.max(...spans.map((s) => s.end));
  return [utcMonth.offset(utcMonth.floor(new Date(lo)), -1).getTime(), utcMonth.offset(utcMonth.ceil(new Date(hi)), 1).getTime()];
}

/** The pixel range for a direction: time's start on the right for rtl, on the left for ltr. */
export function rangeFor(direction: Direction, width: number, margin: number): [number, number] {
  return direction === 'rtl' ? [width - margin, margin] : [margin, width - margin];
}

/** Lays out `items` (in any order); events come back in chronological order, ties by id. */
export function layoutTimeline(items: readonly TimelineItem[], options: LayoutOptions = {}): TimelineLayout {
  const o = { ...DEFAULTS, ...options };
  const spans = items.map((item) => {
    if (item.dates.length === 0) throw new Error(`event «${item.id}» has no date to draw`);
    return item.dates.map((date) => ({ date, ...spanOf(date) }));
  });
  const domain = paddedDomain(spans.flat());
  const range = rangeFor(o.direction, o.width, o.margin);
  const x = scaleUtc().domain(domain).range(range);
  const px = (t: number) => x(new Date(t));

  const events = spans.map((dated, i) => {
    const marks: MarkLayout[] = dated.map(({ date, start, end }) => {
      const kind = kindOf(date);
      return { kind, date, start, end, ...markBox(kind, start, end, px, o.minWidth) };
    });
    marks.sort(compareSpans);
    const start = Math.min(...marks.map((m) => m.start));
    const end = Math.max(...marks.map((m) => m.end));
    const left = Math.min(...marks.map((m) => (m.kind === 'point' ? m.cx - o.pointRadius : m.x)));
    const right = Math.max(...marks.map((m) => (m.kind === 'point' ? m.cx + o.pointRadius : m.x + m.width)));
    const spanLeft = Math.min(...marks.map((m) => m.cx));
    const span = marks.length > 1 ? { x: spanLeft, width: Math.max(...marks.map((m) => m.cx)) - spanLeft } : null;
    return { id: items[i]!.id, start, end, marks, span, left, right };
  });

  // Lanes are packed in time order (pixels from the axis start, point radii included), so rtl and
  // ltr get the same lanes.
  const extents = events.map((e) =>
    o.direction === 'rtl' ? { lo: range[0] - e.right, hi: range[0] - e.left } : { lo: e.left - range[0], hi: e.right - range[0] },
  );
  const laneOf = assignLanes(extents, o.gap);
  const lanes = laneOf.length ? Math.max(...laneOf) + 1 : 0;
  const axisY = o.top + lanes * o.laneHeight + 8;

  const laidOut: EventLayout[] = events
    .map((e, i) => ({
      id: e.id,
      lane: laneOf[i]!,
      y: o.top + laneOf[i]! * o.laneHeight + o.laneHeight / 2,
      start: e.start,
      end: e.end,
      marks: e.marks,
      span: e.span,
    }))
    .sort((a, b) => compareSpans(a, b) || a.id.localeCompare(b.id));

  return {
    direction: o.direction,
    width: o.width,
    height: axisY + o.axisHeight,
    domain,
    range,
    lanes,
    laneHeight: o.laneHeight,
    top: o.top,
    axisY,
    pointRadius: o.pointRadius,
    minWidth: o.minWidth,
    events: laidOut,
    ticks: timeTicks(domain[0], domain[1], Math.abs(range[1] - range[0])).map((t) => ({ ...t, x: px(t.t) })),
  };
}
