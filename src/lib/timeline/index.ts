/** The timeline's pure modules: time spans of dates, lane packing, axis ticks, layout and URL state. */
export * from './time.ts';
export * from './lanes.ts';
export * from './ticks.ts';
export * from './layout.ts';
export * from './state.ts';
export * from './payload.ts';
export * from './geometry.ts';
export * from './display.ts';
