/** Figures in Arabic text: numbers in digits or words, and what they count (killed, wounded, fighters, strikes…). */
export { findFigures, FIGURE_KINDS, type Bound, type FigureContext, type FigureKind, type FigureMention } from './find.ts';
export { numberAt, type NumberAt, type NumberToken } from './numbers.ts';
