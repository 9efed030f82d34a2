/** Arabic dates: finding them in text (parse) and showing them at their precision (format). */
export { parseDates, explicitDates, type DateMention, type DateContext } from './parse.ts';
export { formatDate, precisionOf, type Precision } from './format.ts';
