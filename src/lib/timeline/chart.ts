/**
 * The chart of a view: the events a filter keeps, over the time it shows (the chosen period, or the
 * span of what is left), laid out wide or narrow and drawn. The page draws the whole archive this way at
 * build time, the element redraws it the same way when a filter changes.
 */
import { endOf, startOf } from '../dates/calendar.ts';
import { layoutHorizontal } from './horizontal.ts';
import { layoutVertical } from './vertical.ts';
import { renderChart } from './render.ts';
import { eventName, filterable, type PayloadEvent } from './payload.ts';
import type { ChartLayout } from './scene.ts';
import { matchesState, type TimelineState } from './state.ts';
import type { SvgNode } from './svg.ts';
import { byTime, paddedDomain } from './items.ts';

/** Which chart: the wide one, or the narrow one for phones. */
export type Orientation = 'horizontal' | 'vertical';

/** Widths the build lays the charts out for: the narrowest box each is shown in (CSS switches at 600 px). */
export const BUILD_WIDTHS: Record<Orientation, number> = { horizontal: 600, vertical: 288 };

/** Below this width of its box, the narrow chart is shown. */
export const NARROW_BELOW = 600;

/** How to draw. */
export interface ChartOptions {
  orientation: Orientation;
  width: number;
  /** Keeps the wide chart's height (its row units) when it is redrawn wider. */
  rowUnits?: number;
  /** Prefix of the symbol ids, unique on the page. */
  idPrefix: string;
  /** The page of an event, under the site's base. */
  hrefOf: (id: string) => string;
}

/** The time shown for a state: its period, each open end closed by the span of the events shown. */
export function domainOf(events: readonly PayloadEvent[], state: TimelineState): [number, number] | undefined {
  if (!state.from && !state.to) return undefined;
  const [lo, hi] = paddedDomain(events);
  const start = state.from ? startOf(state.from) : Math.min(lo, endOf(state.to!) - 1);
  const end = state.to ? endOf(state.to) : Math.max(hi, start + 1);
  return [start, end];
}

/** The chart of the events `state` keeps: the events shown (in time order, the arrow keys' order), the layout and its SVG. */
export function chartOf(events: readonly PayloadEvent[], state: TimelineState, options: ChartOptions): { shown: PayloadEvent[]; layout: ChartLayout; svg: SvgNode } {
  const shown = events.filter((e) => matchesState(filterable(e), state)).sort(byTime);
  const domain = domainOf(shown, state);
  const layout =
    options.orientation === 'horizontal'
      ? layoutHorizontal(shown, { width: options.width, domain, rowUnits: options.rowUnits })
      : layoutVertical(shown, { width: options.width, domain });
  const links = new Map(shown.map((e) => [e.id, { href: options.hrefOf(e.id), name: eventName(e) }]));
  return { shown, layout, svg: renderChart(layout, links, options.idPrefix) };
}
