/**
 * Dates, one module for everything about them: the one date type (an ISO value at its precision, or an
 * interval), the calendar, what a date covers in time, how it reads on the page, and the Arabic parser
 * that finds dates in a text.
 */
export * from './date.ts';
export * from './calendar.ts';
export * from './span.ts';
export * from './format.ts';
export { parseDates, explicitDates, mentionDate, type DateMention, type DateContext } from './parse.ts';
