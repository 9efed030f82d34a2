/**
 * What the browser needs to redraw the chart for a filter and to fill the card of an event, sent as one
 * JSON data block: each event as the chart draws it, with only what cannot be derived (its words — date,
 * accessible name, type — are derived here, by the same functions for the build and the browser). The
 * element sets every text with textContent and builds the SVG node by node: nothing here is ever parsed
 * as markup.
 */
import { dateView } from '../dates/format.ts';
import type { EventType } from '../events/types.ts';
import { EVENT_TYPE_LABELS } from './display.ts';
import { extentOf, type TimelineItem } from './items.ts';
import type { Filterable } from './state.ts';

/** One event as the browser sees it. */
export interface PayloadEvent extends TimelineItem {
  /** Its type (the URL's `type`). */
  type: EventType;
  /** Ids of its places. */
  places: string[];
  /** How many accounts its sources give. */
  claims: number;
  /** What the sources count differently, in Arabic («القتلى»). */
  figureConflicts: string[];
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

/** The date in words, at its precision; each claimed date when the sources disagree: «أكتوبر 2014 / 13 نوفمبر 2014». */
export function eventDateWords(event: Pick<TimelineItem, 'dates'>): string {
  return event.dates.map((d) => dateView(d).label).join(' / ');
}

/** What the sources disagree on, in words: «التاريخ وفي عدد القتلى»; «» when they agree. */
export function disputeWords(event: Pick<PayloadEvent, 'dateConflict' | 'figureConflicts'>): string {
  return [event.dateConflict ? 'التاريخ' : '', ...event.figureConflicts.map((f) => `عدد ${f}`)].filter(Boolean).join(' وفي ');
}

/** What a screen reader says for an event's mark: «إعلان تحرير سرت، 5 ديسمبر 2016، تغيّر السيطرة»; its disagreement when there is one. */
export function eventName(event: PayloadEvent): string {
  const dispute = disputeWords(event);
  return [event.title, eventDateWords(event), dispute ? `تختلف المصادر في ${dispute}` : '', EVENT_TYPE_LABELS[event.type]].filter(Boolean).join('، ');
}

/** What the view's filters read of an event: its span, places, type and whether it is disputed. */
export function filterable(event: PayloadEvent): Filterable & { id: string } {
  return { id: event.id, ...extentOf(event), places: event.places, type: event.type, disputed: event.dateConflict || event.figureConflict };
}
