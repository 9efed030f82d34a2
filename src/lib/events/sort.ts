/** Chronological order of events: by start, then the shorter first, then by id so the order is stable. */
import type { KnownDate } from '../dates/date.ts';
import { compareDates } from '../dates/span.ts';

/** Comparator for events: earlier start first; at equal starts the shorter span; then id. */
export function compareEvents(a: { id: string; date: KnownDate }, b: { id: string; date: KnownDate }): number {
  return compareDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A sorted copy of the events, in chronological order. */
export function sortEvents<T extends { id: string; date: KnownDate }>(events: readonly T[]): T[] {
  return [...events].sort(compareEvents);
}
