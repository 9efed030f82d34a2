/**
 * The timeline's pure modules: what an event is to the chart (items, groups), how wide a label is, the
 * two layouts (wide and narrow) and their parts (rows, lanes, dodging, ticks), the drawing, the view in
 * the URL, and the browser's payload.
 */
export * from './items.ts';
export * from './groups.ts';
export * from './time.ts';
export * from './text-width.ts';
export * from './lanes.ts';
export * from './rows.ts';
export * from './dodge.ts';
export * from './ticks.ts';
export * from './geometry.ts';
export * from './scene.ts';
export * from './horizontal.ts';
export * from './vertical.ts';
export * from './svg.ts';
export * from './render.ts';
export * from './chart.ts';
export * from './state.ts';
export * from './payload.ts';
export * from './display.ts';
