/** Sourced events: the check of content/events.yaml, date spans, disputes and chronological order. */
export * from './check.ts';
export * from './dispute.ts';
export * from './nearest.ts';
export * from './sort.ts';
export * from '../yaml-lines.ts';
