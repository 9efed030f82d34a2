/** Sourced events: disputes between sources, and the nearest known id for a misspelt one (their dates are src/lib/dates). */
export * from './dispute.ts';
export * from './nearest.ts';
