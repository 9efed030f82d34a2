/**
 * The narrow chart, for phones: time runs down the page along an axis near the right edge, and every
 * event has its title on a row of its own to the left, joined to its date by a leader — a list that keeps
 * the shape of time. Each year (each quarter or month of a shorter period) gets the room its titles need,
 * at least a little, and is linear inside, so leaders stay short where events crowd; the axis says where
 * each year begins. It fits the width and scrolls with the page. Events known to their year or lasting
 * months are light brackets beside the axis.
 */
import { utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { isoAt } from '../dates/calendar.ts';
import type { Precision } from '../dates/date.ts';
import { formatDate } from '../dates/format.ts';
import { spanOf } from '../dates/span.ts';
import { dodge } from './dodge.ts';
import { GROUP_SHAPES, SYMBOL_RADIUS } from './groups.ts';
import { byTime, EMPTY_DOMAIN, extentOf, itemKind, timeRange, type TimelineItem } from './items.ts';
import { assignLanes } from './lanes.ts';
import type { Box, ChartLayout, DrawnEvent, Shape } from './scene.ts';
import { textWidth, wrapText } from './text-width.ts';
import { kindOf } from './time.ts';

/** Sizes of the narrow chart, px. */
export const VERTICAL = {
  top: 8,
  bottom: 12,
  fontSize: 13,
  lineHeight: 17,
  /** Least height of a row: a target at least 24 px high. */
  row: 26,
  /** Between two rows. */
  gap: 2,
  tickFontSize: 13,
  /** Between two bracket lanes. */
  lane: 7,
  /** From the axis to the start of the titles. */
  leader: 16,
  /** The least room a whole year takes on the axis. */
  perYear: 48,
  /** The least room of any stretch (year, quarter, month): the label naming its start, and a little more. */
  perStretch: 24,
} as const;

/** What to lay out and how. */
export interface VerticalOptions {
  /** Width in px; the drawing stays valid on any wider screen. */
  width: number;
  /** The time shown; by default the whole years (quarters, months) the items' dates fall in. */
  domain?: [number, number];
}

const YEAR = 365.25 * 86_400_000;
const DAY = 86_400_000;

/** The stretches of time that each get their own room: years for a long period, quarters or months for a shorter one. */
function binning(start: number, end: number): { interval: TimeInterval; precision: Precision } {
  if (end - start > 3 * YEAR) return { interval: utcYear, precision: 'year' };
  if (end - start > 15 * 30 * DAY) return { interval: utcMonth.every(3)!, precision: 'month' };
  return { interval: utcMonth, precision: 'month' };
}

/** The time shown when none is given: the whole years (quarters, months) the dates fall in. */
function wholeDomain(items: readonly TimelineItem[]): [number, number] {
  if (items.length === 0) return EMPTY_DOMAIN;
  const [lo, hi] = timeRange(items);
  const { interval } = binning(lo, hi);
  return [interval.floor(new Date(lo)).getTime(), interval.ceil(new Date(hi)).getTime()];
}

/** Lays out `items` (any order) as the narrow chart. */
export function layoutVertical(items: readonly TimelineItem[], options: VerticalOptions): ChartLayout {
  const o = VERTICAL;
  const r = SYMBOL_RADIUS;
  const { width } = options;
  const domain = options.domain ?? wholeDomain(items);
  const ordered = [...items].sort(byTime);
  const context = ordered.filter((i) => itemKind(i) === 'context');
  const { interval, precision } = binning(domain[0], domain[1]);
  const bounds = [domain[0], ...interval.range(new Date(domain[0] + 1), new Date(domain[1])).map((d) => d.getTime()), domain[1]];

  // Columns from the right edge: the years, the bracket lanes, the axis, then the titles.
  const tickLabel = (t: number) => formatDate(isoAt(t, precision));
  const tickColumn = Math.max(0, ...bounds.slice(0, -1).map((t) => textWidth(tickLabel(t), o.tickFontSize))) + 8;
  // Brackets that only touch (a year, then the next) share a lane.
  const lanes = assignLanes(context.map((i) => ({ lo: extentOf(i).start, hi: extentOf(i).end })), 0);
  const laneCount = lanes.length ? Math.max(...lanes) + 1 : 0;
  const laneX = (k: number) => width - (tickColumn + 6 + k * o.lane);
  const axisX = width - (tickColumn + 6 + laneCount * o.lane + 6);
  const anchor = axisX - r - o.leader;
  const wraps = ordered.map((i) => wrapText(i.title, anchor - 4, o.fontSize, 2));
  const heights = wraps.map((w) => Math.max(o.row, w.lines.length * o.lineHeight + 8));

  // Where on the time axis each row belongs: its mark (an event) or its bracket's start.
  const at = ordered.map((item) => {
    const { start, end } = extentOf(item);
    return itemKind(item) === 'event' ? (start + end) / 2 : start;
  });
  // Each stretch as long as the rows it holds (and a little more), never shorter than its share of a year
  // nor than the label that names it: twelve months of a chosen year are twelve readable labels.
  const lengths = bounds.slice(0, -1).map((b, k) => {
    const next = bounds[k + 1]!;
    const need = ordered.reduce((sum, _, i) => (at[i]! >= b && at[i]! < next ? sum + heights[i]! + o.gap : sum), 0);
    return Math.max(((next - b) / YEAR) * o.perYear, need * 1.1, o.perStretch);
  });
  const offsets = lengths.reduce<number[]>((acc, l) => [...acc, acc.at(-1)! + l], [0]);
  const length = offsets.at(-1)!;
  const y = (t: number) => {
    if (t <= domain[0]) return o.top;
    if (t >= domain[1]) return o.top + length;
    let k = 0;
    while (bounds[k + 1]! <= t) k += 1;
    return o.top + offsets[k]! + ((t - bounds[k]!) / (bounds[k + 1]! - bounds[k]!)) * lengths[k]!;
  };

  const markY = at.map(y);
  // A mark's title is centred on it; a bracket's title hangs from its start, inside its year.
  const tops = dodge(
    ordered.map((item, i) => ({ at: itemKind(item) === 'event' ? markY[i]! - heights[i]! / 2 : markY[i]! + 2, size: heights[i]! })),
    o.gap,
    o.top,
  );

  const laneOf = new Map(context.map((item, k) => [item.id, lanes[k]!]));
  const events: DrawnEvent[] = ordered.map((item, i) => {
    const top = tops[i]!;
    const h = heights[i]!;
    const wrap = wraps[i]!;
    const textTop = top + (h - wrap.lines.length * o.lineHeight) / 2;
    const firstLine = textTop + o.lineHeight / 2;
    const kind = itemKind(item);
    const disputed = item.dateConflict || item.figureConflict;
    const shapes: Shape[] = [];
    const marks: Box[] = [];
    let from: number;
    if (kind === 'event') {
      // A symbol for each date the chart's time holds; a claimed date beyond its edge leaves only the joining line.
      const all = item.dates.map((d) => ({ d, ...spanOf(d) }));
      const inTime = all.filter((s) => s.end > domain[0] && s.start < domain[1]);
      const dates = inTime.length ? inTime : all;
      for (const { d, start, end } of dates) {
        if (kindOf(d) !== 'point') shapes.push({ kind: 'rect', box: { x0: axisX - 2, x1: axisX + 2, y0: y(start), y1: y(end) }, role: 'extent' });
      }
      const joined = all.map(({ start, end }) => y((start + end) / 2));
      if (joined.length > 1) shapes.push({ kind: 'line', x1: axisX, x2: axisX, y1: Math.min(...joined), y2: Math.max(...joined), role: 'between-dates' });
      const ys = dates.map(({ start, end }) => y((start + end) / 2));
      for (const my of ys) {
        if (disputed) shapes.push({ kind: 'ring', x: axisX, y: my, r: r + 3 });
        shapes.push({ kind: 'symbol', x: axisX, y: my, shape: GROUP_SHAPES[item.group] });
        marks.push({ x0: axisX - r - 3, x1: axisX + r + 3, y0: my - r - 3, y1: my + r + 3 });
      }
      from = axisX - r - 3;
    } else {
      const lx = laneX(laneOf.get(item.id)!);
      const { start, end } = extentOf(item);
      const [y0, y1] = [y(start) + 2, y(end) - 2];
      // A lane's brackets are apart by 2 px at each end: a line with round ends shows where each begins and ends.
      shapes.push({ kind: 'line', x1: lx, x2: lx, y1: y0, y2: y1, role: 'bracket' });
      // A disputed bracket wears the ring of a disputed mark at its start, besides its dashes.
      if (disputed) shapes.push({ kind: 'ring', x: lx, y: y0, r: 4 });
      // Each date the sources give, as a short stroke across the bracket at its middle.
      if (item.dates.length > 1) {
        for (const d of item.dates) {
          const { start: a, end: b } = spanOf(d);
          const mid = y((a + b) / 2);
          shapes.push({ kind: 'line', x1: lx - 4, x2: lx + 4, y1: mid, y2: mid, role: 'bracket-date' });
        }
      }
      from = lx - 5;
    }
    shapes.unshift({ kind: 'rect', box: { x0: anchor - wrap.width - 2, x1: from + 1, y0: top, y1: top + h }, role: 'target' });
    shapes.push({ kind: 'line', x1: from, y1: markY[i]!, x2: anchor + 3, y2: firstLine, role: 'leader' });
    shapes.push({ kind: 'text', x: anchor, y: textTop + o.lineHeight * 0.75, lines: wrap.lines, lineHeight: o.lineHeight, role: kind === 'event' ? 'label' : 'context-label' });
    return {
      id: item.id,
      kind,
      group: item.group,
      dateConflict: item.dateConflict,
      figureConflict: item.figureConflict,
      shapes,
      label: { x0: anchor - wrap.width, x1: anchor, y0: textTop, y1: textTop + wrap.lines.length * o.lineHeight },
      marks,
    };
  });

  const bottom = Math.max(o.top + length, ...tops.map((t, i) => t + heights[i]!)) + o.bottom;
  const axis: Shape[] = [{ kind: 'line', x1: axisX, x2: axisX, y1: o.top, y2: o.top + length, role: 'axis' }];
  for (const t of bounds.slice(0, -1)) {
    // A stretch cut by the period's edge is not a whole year (quarter, month): no label claims it is.
    if (interval.floor(new Date(t)).getTime() !== t) continue;
    const ty = y(t);
    axis.push({ kind: 'line', x1: 0, x2: width, y1: ty, y2: ty, role: 'grid' });
    axis.push({ kind: 'line', x1: axisX, x2: axisX + 5, y1: ty, y2: ty, role: 'tick' });
    axis.push({ kind: 'text', x: width - 4, y: ty + 16, lines: [tickLabel(t)], lineHeight: o.lineHeight, role: 'tick' });
  }
  return { orientation: 'vertical', width, height: Math.ceil(bottom), domain, rowUnits: 0, events, axis, brush: null };
}
