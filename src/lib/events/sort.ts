/** Chronological order of events: by start, then the shorter first, then by id so the order is stable. */
import type { EventDate } from '../../schemas/event.ts';
import { boundsOf } from './span.ts';

/** Comparator for events: earlier start first; at equal starts the shorter span; then id. */
export function compareEvents(a: { id: string; date: EventDate }, b: { id: string; date: EventDate }): number {
  const x = boundsOf(a.date);
  const y = boundsOf(b.date);
  return x.start - y.start || x.end - y.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A sorted copy of the events, in chronological order. */
export function sortEvents<T extends { id: string; date: EventDate }>(events: readonly T[]): T[] {
  return [...events].sort(compareEvents);
}
