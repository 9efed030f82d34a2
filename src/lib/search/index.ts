/** Arabic-aware search: analysis shared by the index build and the search page. */
export * from './analyze.ts';
export * from './excerpt.ts';
export * from './lexicon.ts';
export * from './state.ts';
export * from './stem.ts';
export * from './tokens.ts';
export * from './union.ts';
export * from './words.ts';
