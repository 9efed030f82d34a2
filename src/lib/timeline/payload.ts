/**
 * What the browser needs to redraw the chart for a filter and to fill the card of an event, sent as one
 * JSON data block: each event as the chart draws it, with the few words its card shows. The element
 * sets every text with textContent and builds the SVG node by node, so nothing here is ever parsed as
 * markup.
 */
import type { TimelineItem } from './items.ts';

/** One event as the browser sees it. */
export interface PayloadEvent extends TimelineItem {
  /** Its page. */
  href: string;
  /** What a screen reader says for its mark: title, date, dispute, type. */
  name: string;
  /** Its type (the URL's `type`) and the type's Arabic name. */
  type: string;
  typeLabel: string;
  /** Ids of its places. */
  places: string[];
  /** [start, end) in UTC ms of everything its dates cover. */
  start: number;
  end: number;
  /** True when its sources disagree on the date or on a number. */
  disputed: boolean;
  /** Its date in words, at its precision; each claimed date when the sources disagree («أكتوبر 2014 / 13 نوفمبر 2014»). */
  date: string;
  /** What the sources count differently, in Arabic («القتلى»). */
  figureConflicts: string[];
  /** How many accounts its sources give. */
  claims: number;
}

/** The whole payload of `<archive-timeline>` (its `data-timeline` JSON block). */
export interface TimelinePayload {
  /** Every event, chronological. */
  events: PayloadEvent[];
  /** Places an event names, with their Arabic names (for the chips and the card). */
  places: { id: string; name: string }[];
  /** Types some event has, with their Arabic names. */
  types: { id: string; label: string }[];
}
