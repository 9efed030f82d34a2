/**
 * What the browser needs to enhance the build-time SVG, sent as JSON in a data-* attribute: the scale
 * (domain, range), the lanes, and per event its time span, marks, places and type. No text: titles and
 * labels are already in the HTML, so the element never builds markup from data.
 */
import type { TimelineLayout } from './layout.ts';
import type { MarkKind } from './time.ts';

/** One event as the browser sees it. */
export interface PayloadEvent {
  id: string;
  start: number;
  end: number;
  places: string[];
  type: string;
  /** Marks in the order they are drawn inside the event's link: kind and [start, end). */
  marks: [MarkKind, number, number][];
}

/** The whole payload of `<archive-timeline>` (its `data-timeline` JSON block): the layout's geometry, and events without text. */
export type TimelinePayload = Pick<
  TimelineLayout,
  'direction' | 'width' | 'height' | 'domain' | 'range' | 'axisY' | 'top' | 'pointRadius' | 'minWidth'
> & {
  places: string[];
  types: string[];
  events: PayloadEvent[];
};

/** Builds the payload from a layout and each event's places and type. */
export function toPayload(
  layout: TimelineLayout,
  facts: ReadonlyMap<string, { places: readonly string[]; type: string }>,
): TimelinePayload {
  const events = layout.events.map((e) => {
    const f = facts.get(e.id);
    if (!f) throw new Error(`no places or type for event «${e.id}»`);
    return {
      id: e.id,
      start: e.start,
      end: e.end,
      places: [...f.places],
      type: f.type,
      marks: e.marks.map((m): [MarkKind, number, number] => [m.kind, m.start, m.end]),
    };
  });
  return {
    direction: layout.direction,
    width: layout.width,
    height: layout.height,
    domain: layout.domain,
    range: layout.range,
    axisY: layout.axisY,
    top: layout.top,
    pointRadius: layout.pointRadius,
    minWidth: layout.minWidth,
    places: [...new Set(events.flatMap((e) => e.places))].sort(),
    types: [...new Set(events.map((e) => e.type))].sort(),
    events,
  };
}
