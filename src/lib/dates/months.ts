/**
 * Month and weekday names as the Arabic press writes them, keyed by their normalizeArabic form
 * (so «أبريل» and «إبريل», «يونيو» and «يونية», «جويلية» and «جويليه» are one entry each).
 */

/** Gregorian month names of one word: Egyptian/Gulf, Maghrebi and Moroccan usage, and the Levantine ones. */
export const MONTH_WORDS: ReadonlyMap<string, number> = new Map<string, number>([
  // Levantine (Syriac) names; the two-word ones are in MONTH_PAIRS.
  ['شباط', 2],
  ['اذار', 3],
  ['نيسان', 4],
  ['ايار', 5],
  ['حزيران', 6],
  ['تموز', 7],
  ['اب', 8],
  ['ايلول', 9],
  // Egyptian / Gulf names and their usual spellings.
  ['يناير', 1],
  ['فبراير', 2],
  ['مارس', 3],
  ['ابريل', 4],
  ['مايو', 5],
  ['يونيو', 6],
  ['يونيه', 6],
  ['يوليو', 7],
  ['يوليه', 7],
  ['اغسطس', 8],
  ['سبتمبر', 9],
  ['سيبتمبر', 9],
  ['اكتوبر', 10],
  ['اوكتوبر', 10],
  ['نوفمبر', 11],
  ['ديسمبر', 12],
  // Maghrebi (Algeria, Tunisia) names from French.
  ['جانفي', 1],
  ['فيفري', 2],
  ['افريل', 4],
  ['ماي', 5],
  ['جوان', 6],
  ['جويليه', 7],
  ['اوت', 8],
  // Moroccan names.
  ['يوليوز', 7],
  ['غشت', 8],
  ['شتنبر', 9],
  ['نونبر', 11],
  ['دجنبر', 12],
]);

/** Levantine names of two words: «كانون الثاني» … «كانون الأول»; the article is sometimes left out. */
export const MONTH_PAIRS: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map([
  ['كانون', new Map([['الثاني', 1], ['ثاني', 1], ['الاول', 12], ['اول', 12]])],
  ['تشرين', new Map([['الاول', 10], ['اول', 10], ['الثاني', 11], ['ثاني', 11]])],
]);

/** Weekday names with the article, Sunday = 0 as in Date#getUTCDay. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map<string, number>([
  ['الاحد', 0],
  ['الاثنين', 1],
  ['الثلاثاء', 2],
  ['الاربعاء', 3],
  ['الخميس', 4],
  ['الجمعه', 5],
  ['السبت', 6],
]);

/** Ordinal day numbers in «الأول من أغسطس», «الحادي عشر من سبتمبر», «الحادي والعشرين من …». */
export const ORDINAL_DAYS: ReadonlyMap<string, number> = (() => {
  const units = ['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];
  const days = new Map<string, number>();
  units.forEach((word, i) => days.set(word, i + 1));
  days.set('العاشر', 10);
  days.set('الحادي عشر', 11);
  units.slice(1).forEach((word, i) => days.set(`${word} عشر`, i + 12));
  days.set('العشرين', 20);
  days.set('الحادي والعشرين', 21);
  days.set('الواحد والعشرين', 21);
  units.slice(1).forEach((word, i) => days.set(`${word} والعشرين`, i + 22));
  days.set('الثلاثين', 30);
  days.set('الحادي والثلاثين', 31);
  days.set('الواحد والثلاثين', 31);
  return days;
})();

/**
 * Gregorian month names in English and French, full and abbreviated, lower case: pages in Arabic print
 * their timestamps in them too («March 3, 2016», «3 mar. 2016»).
 */
export const LATIN_MONTH_WORDS: ReadonlyMap<string, number> = new Map<string, number>(
  [
    ['january', 'jan', 'janvier', 'janv'],
    ['february', 'feb', 'février', 'fevrier', 'févr', 'fevr'],
    ['march', 'mar', 'mars'],
    ['april', 'apr', 'avril', 'avr'],
    ['may', 'mai'],
    ['june', 'jun', 'juin'],
    ['july', 'jul', 'juillet', 'juil'],
    ['august', 'aug', 'août', 'aout'],
    ['september', 'sep', 'sept', 'septembre'],
    ['october', 'oct', 'octobre'],
    ['november', 'nov', 'novembre'],
    ['december', 'dec', 'décembre', 'decembre', 'déc'],
  ].flatMap((names, i) => names.map((name): [string, number] => [name, i + 1])),
);
