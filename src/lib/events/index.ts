/** Sourced events: the check of content/events.yaml, disputes between sources and chronological order (their dates are src/lib/dates). */
export * from './check.ts';
export * from './dispute.ts';
export * from './nearest.ts';
export * from './sort.ts';
export * from '../yaml-lines.ts';
