/**
 * The wide chart: time runs from right (earliest) to left, as Arabic reads. Events known to the day or
 * the month are marks with their titles beside them, in rows where no label covers another; events
 * known only to their year, or lasting months, are light brackets in lanes under them, each titled
 * inside when there is room. Pure: items in, shapes out — the same at build time and in the browser.
 */
import { timeTicks } from './ticks.ts';
import { linearTime } from './geometry.ts';
import { GROUP_SHAPES, SYMBOL_RADIUS } from './groups.ts';
import { assignLanes } from './lanes.ts';
import { packRows, type Footprint } from './rows.ts';
import { byImportance, byTime, extentOf, itemKind, paddedDomain, type TimelineItem } from './items.ts';
import type { Box, ChartLayout, DrawnEvent, Shape } from './scene.ts';
import type { KnownDate } from '../dates/date.ts';
import { spanOf } from '../dates/span.ts';
import { kindOf } from './time.ts';
import { textWidth, wrapText } from './text-width.ts';

/** Sizes of the wide chart, px. */
export const HORIZONTAL = {
  /** Free space at both ends of the axis. */
  margin: 20,
  top: 6,
  /** Height of one row unit: a one-line label, and the least height of a target. */
  unit: 24,
  fontSize: 13,
  lineHeight: 17,
  /** Between a mark and the start of its label. */
  labelGap: 5,
  /** Between two neighbours in a row. */
  gap: 10,
  /** Widest one-line label, and the width of each line of a two-line one. */
  oneLine: 230,
  twoLines: 140,
  /** Row units the marks may use before labels give way. */
  maxUnits: 10,
  /** Height of a bracket's lane. */
  lane: 24,
  contextFontSize: 12,
  /** Room under the axis for its labels (and the brush). */
  axisHeight: 32,
} as const;

/** What to lay out and how. */
export interface HorizontalOptions {
  /** Width in px; the drawing stays valid on any wider screen. */
  width: number;
  /** The time shown; by default the items' dates with a month on each side. */
  domain?: [number, number];
  /** Exactly this many row units (to redraw at the same height); by default as few as the labels need. */
  rowUnits?: number;
}

interface Mark {
  cx: number;
  extent: [number, number] | null;
}

/** Lays out `items` (any order) as the wide chart. */
export function layoutHorizontal(items: readonly TimelineItem[], optionsIn: HorizontalOptions): ChartLayout {
  const o = { ...HORIZONTAL, r: SYMBOL_RADIUS };
  const { width } = optionsIn;
  const domain = optionsIn.domain ?? paddedDomain(items);
  const lo = o.margin;
  const hi = width - o.margin;
  const scale = linearTime(domain, [hi, lo]);
  const x = (t: number) => Math.min(hi, Math.max(lo, scale.px(t)));

  const fixedUnits = optionsIn.rowUnits ?? 0;
  const maxUnits = optionsIn.rowUnits ?? o.maxUnits;
  const events = items.filter((i) => itemKind(i) === 'event');
  const context = items.filter((i) => itemKind(i) === 'context');

  // Marks: a symbol at the middle of each date the chart's time holds, and the stretch of a month or a few
  // weeks under it; a claimed date beyond the chart's edge leaves only the line that joins the dates.
  const markOf = (d: KnownDate): Mark => {
    const { start, end } = spanOf(d);
    return { cx: x((start + end) / 2), extent: kindOf(d) === 'point' ? null : [x(end), x(start)] };
  };
  const shownAt = (d: KnownDate) => spanOf(d).end > domain[0] && spanOf(d).start < domain[1];
  const marksOf = new Map(events.map((item) => [item.id, (item.dates.some(shownAt) ? item.dates.filter(shownAt) : item.dates).map(markOf)]));
  const datesOf = new Map(events.map((item) => [item.id, item.dates.map((d) => markOf(d).cx)]));
  const reach = (item: TimelineItem) => {
    const marks = marksOf.get(item.id)!;
    const xs = marks.map((m) => m.cx);
    const joined = datesOf.get(item.id)!;
    return {
      left: Math.min(...joined, ...marks.map((m) => Math.min(m.cx - o.r - 3, m.extent?.[0] ?? Infinity))),
      right: Math.max(...joined, ...marks.map((m) => Math.max(m.cx + o.r + 3, m.extent?.[1] ?? -Infinity))),
      first: Math.max(...xs),
      last: Math.min(...xs),
    };
  };
  // A label's ways: one line or two, after its mark (to its left, as the text runs) or, near the left
  // edge, before it; and last the mark alone, its label giving way.
  interface Option extends Footprint {
    lines: string[] | null;
    width: number;
    /** Where the label's text starts (its right end). */
    anchor: number;
  }
  const optionsOf = (item: TimelineItem): Option[] => {
    const { left, right, first, last } = reach(item);
    // A disputed mark wears a ring: its label keeps clear of it.
    const clear = o.r + o.labelGap + (item.dateConflict || item.figureConflict ? 3 : 0);
    const one = wrapText(item.title, o.oneLine, o.fontSize, 1);
    const two = wrapText(item.title, o.twoLines, o.fontSize, 2);
    // Two lines come first when one would cut the title short.
    const wraps = one.lines[0] !== item.title.trim() ? [two, one] : two.lines.length === 2 ? [one, two] : [one];
    const options: Option[] = [];
    for (const w of wraps) {
      const after = last - clear;
      const before = first + clear + w.width;
      if (after - w.width >= 2) options.push({ x0: Math.min(left, after - w.width), x1: right, units: w.lines.length, lines: w.lines, width: w.width, anchor: after });
      else if (before <= width - 2) options.push({ x0: left, x1: Math.max(right, before), units: w.lines.length, lines: w.lines, width: w.width, anchor: before });
    }
    options.push({ x0: left, x1: right, units: 1, lines: null, width: 0, anchor: 0 });
    return options;
  };
  const ordered = [...events].sort(byImportance);
  const options = ordered.map(optionsOf);
  const placed = packRows(options, maxUnits, o.gap);
  const used = Math.max(0, ...placed.map((p, i) => p.row + options[i]![p.choice]!.units));
  const rowUnits = Math.max(fixedUnits, used);

  const drawn = new Map<string, DrawnEvent>();
  ordered.forEach((item, i) => {
    const { choice, row } = placed[i]!;
    const option = options[i]![choice]!;
    const rowTop = o.top + row * o.unit;
    const lines = option.lines?.length ?? 1;
    const textTop = rowTop + (option.units * o.unit - lines * o.lineHeight) / 2;
    const y = textTop + o.lineHeight / 2;
    const marks = marksOf.get(item.id)!;
    const shapes: Shape[] = [{ kind: 'rect', box: { x0: option.x0, y0: rowTop, x1: option.x1, y1: rowTop + option.units * o.unit }, role: 'target' }];
    // What a month or a few weeks cover, as a bar under the title's line: never across its letters.
    for (const m of marks) {
      if (m.extent) shapes.push({ kind: 'rect', box: { x0: m.extent[0], x1: m.extent[1], y0: y + 8, y1: y + 11 }, role: 'extent' });
    }
    const xs = datesOf.get(item.id)!;
    if (xs.length > 1) shapes.push({ kind: 'line', x1: Math.min(...xs), x2: Math.max(...xs), y1: y, y2: y, role: 'between-dates' });
    const disputed = item.dateConflict || item.figureConflict;
    for (const m of marks) {
      if (disputed) shapes.push({ kind: 'ring', x: m.cx, y, r: o.r + 3 });
      shapes.push({ kind: 'symbol', x: m.cx, y, shape: GROUP_SHAPES[item.group] });
    }
    let label: Box | null = null;
    if (option.lines) {
      shapes.push({ kind: 'text', x: option.anchor, y: textTop + o.lineHeight * 0.75, lines: option.lines, lineHeight: o.lineHeight, role: 'label' });
      label = { x0: option.anchor - option.width, x1: option.anchor, y0: textTop, y1: textTop + lines * o.lineHeight };
    }
    drawn.set(item.id, {
      id: item.id,
      kind: 'event',
      group: item.group,
      dateConflict: item.dateConflict,
      figureConflict: item.figureConflict,
      shapes,
      label,
      marks: marks.map((m) => ({ x0: m.cx - o.r - 3, x1: m.cx + o.r + 3, y0: y - o.r - 3, y1: y + o.r + 3 })),
    });
  });

  // Brackets: lanes in time order, each bracket titled inside when its title (or the start of it) fits.
  const rowsBottom = o.top + rowUnits * o.unit;
  const spans = context.map((item) => {
    const { start, end } = extentOf(item);
    return { item, x0: x(end), x1: x(start), openStart: scale.px(start) > hi, openEnd: scale.px(end) < lo };
  });
  const inTime = [...spans].sort((a, b) => byTime(a.item, b.item));
  // Brackets that only touch (a year, then the next) share a lane; each is drawn 2 px short of its ends.
  const lanes = assignLanes(inTime.map((s) => ({ lo: hi - s.x1, hi: hi - s.x0 })), 0);
  const laneCount = lanes.length ? Math.max(...lanes) + 1 : 0;
  inTime.forEach((s, k) => {
    const { item } = s;
    const y0 = rowsBottom + 4 + lanes[k]! * o.lane;
    const line = y0 + o.lane - 5;
    const [b0, b1] = [s.x0 + 2, s.x1 - 2];
    const shapes: Shape[] = [{ kind: 'rect', box: { x0: b0, x1: b1, y0, y1: y0 + o.lane }, role: 'target' }];
    shapes.push({ kind: 'line', x1: b0, x2: b1, y1: line, y2: line, role: 'bracket' });
    if (!s.openStart) shapes.push({ kind: 'line', x1: b1, x2: b1, y1: line - 6, y2: line, role: 'bracket' });
    if (!s.openEnd) shapes.push({ kind: 'line', x1: b0, x2: b0, y1: line - 6, y2: line, role: 'bracket' });
    // A disputed bracket wears the ring of a disputed mark at its start, besides its dashes.
    const disputed = item.dateConflict || item.figureConflict;
    if (disputed) shapes.push({ kind: 'ring', x: b1, y: line, r: 4 });
    // Each date the sources give, as a short stroke across the bracket at its middle.
    if (item.dates.length > 1) {
      for (const d of item.dates) {
        const { start, end } = spanOf(d);
        const mid = x((start + end) / 2);
        shapes.push({ kind: 'line', x1: mid, x2: mid, y1: line - 4, y2: line + 4, role: 'bracket-date' });
      }
    }
    const room = s.x1 - s.x0 - 8;
    const title = room > 30 ? wrapText(item.title, room, o.contextFontSize, 1) : null;
    let label: Box | null = null;
    if (title && title.lines[0] !== '…') {
      const anchor = s.x1 - 4;
      shapes.push({ kind: 'text', x: anchor, y: line - 7, lines: title.lines, lineHeight: o.lineHeight, role: 'context-label' });
      label = { x0: anchor - title.width, x1: anchor, y0: line - 7 - o.contextFontSize * 0.8, y1: line - 7 + o.contextFontSize * 0.25 };
    }
    drawn.set(item.id, {
      id: item.id,
      kind: 'context',
      group: item.group,
      dateConflict: item.dateConflict,
      figureConflict: item.figureConflict,
      shapes,
      label,
      marks: [],
    });
  });

  const axisY = rowsBottom + 4 + laneCount * o.lane + 6;
  const axis: Shape[] = [{ kind: 'line', x1: lo, x2: hi, y1: axisY, y2: axisY, role: 'axis' }];
  for (const tick of timeTicks(domain[0], domain[1], hi - lo, 90)) {
    const tx = scale.px(tick.t);
    axis.push({ kind: 'line', x1: tx, x2: tx, y1: o.top, y2: axisY, role: 'grid' });
    axis.push({ kind: 'line', x1: tx, x2: tx, y1: axisY, y2: axisY + 5, role: 'tick' });
    // A label at either end of the axis is set inward rather than cut by the edge.
    const half = textWidth(tick.label, o.fontSize) / 2;
    const anchor = tx + half > width - 2 ? 'start' : tx - half < 2 ? 'end' : 'middle';
    axis.push({ kind: 'text', x: tx, y: axisY + 21, lines: [tick.label], lineHeight: o.lineHeight, role: 'tick', anchor });
  }
  return {
    orientation: 'horizontal',
    width,
    height: axisY + o.axisHeight,
    domain,
    rowUnits,
    events: [...items].sort(byTime).map((i) => drawn.get(i.id)!),
    axis,
    brush: { x0: lo, x1: hi, y0: axisY, y1: axisY + o.axisHeight },
  };
}
