/**
 * Counted nouns in Arabic, the one place the site writes a number with its noun: «إشارة واحدة، إشارتان،
 * 3 إشارات، 11 إشارة», and after a preposition «في مقالين» — the noun agrees with the number and with
 * its case.
 */

/** The forms of a counted noun, by the CLDR plural categories of Arabic. */
export interface CountForms {
  /** 1: the noun alone, e.g. «إشارة واحدة». */
  one: string;
  /** 2: the dual in the nominative, e.g. «إشارتان». */
  two: string;
  /** 2: the dual after a preposition or as an object (genitive, accusative), e.g. «إشارتين». */
  twoOblique: string;
  /** 3–10 (and 103–110 …): the plural after the number, e.g. «إشارات». */
  few: string;
  /** 11–99 (and 111–199 …): the singular after the number, e.g. «إشارة». */
  many: string;
  /** 0, 100, 101, 102 …: the singular after the number, e.g. «إشارة». */
  other: string;
}

/**
 * The grammatical case of the counted phrase: `nominative` as a subject or alone («مقالان»), `oblique`
 * after a preposition or as an object («في مقالين»). Only the dual shows the difference in writing.
 */
export type GrammaticalCase = 'nominative' | 'oblique';

const rules = new Intl.PluralRules('ar');
const numbers = new Intl.NumberFormat('ar-LY', { numberingSystem: 'latn' });
/** A count in Libyan usage with Western digits and grouping: «2,130». The one number format of the site. */
export function formatNumber(n: number): string {
  return numbers.format(n);
}

/** «12 إشارة», «3 إشارات», «إشارتان» (or «إشارتين» in the oblique case), «إشارة واحدة»: a number with its noun, Western digits. */
export function countWords(n: number, forms: CountForms, grammaticalCase: GrammaticalCase = 'nominative'): string {
  const category = rules.select(n);
  if (category === 'one') return forms.one;
  if (category === 'two') return grammaticalCase === 'oblique' ? forms.twoOblique : forms.two;
  return `${formatNumber(n)} ${category === 'few' ? forms.few : category === 'many' ? forms.many : forms.other}`;
}

/** Mentions of a place in the text. */
export const MENTIONS: CountForms = { one: 'إشارة واحدة', two: 'إشارتان', twoOblique: 'إشارتين', few: 'إشارات', many: 'إشارة', other: 'إشارة' };
/** Articles. */
export const ARTICLES: CountForms = { one: 'مقال واحد', two: 'مقالان', twoOblique: 'مقالين', few: 'مقالات', many: 'مقالًا', other: 'مقال' };
/** Places. */
export const PLACES: CountForms = { one: 'مكان واحد', two: 'مكانان', twoOblique: 'مكانين', few: 'أماكن', many: 'مكانًا', other: 'مكان' };
/** Removed lines of a raw text. */
export const LINES: CountForms = { one: 'سطر واحد', two: 'سطران', twoOblique: 'سطرين', few: 'أسطر', many: 'سطرًا', other: 'سطر' };
/** Events of the timeline. */
export const EVENTS: CountForms = { one: 'حدث واحد', two: 'حدثان', twoOblique: 'حدثين', few: 'أحداث', many: 'حدثًا', other: 'حدث' };
/** Sources (distinct articles) an event cites. */
export const SOURCES: CountForms = { one: 'مصدر واحد', two: 'مصدران', twoOblique: 'مصدرين', few: 'مصادر', many: 'مصدرًا', other: 'مصدر' };
/** Sources' accounts (claims) of an event. */
export const CLAIMS: CountForms = { one: 'رواية واحدة', two: 'روايتان', twoOblique: 'روايتين', few: 'روايات', many: 'رواية', other: 'رواية' };
/** Problems the content check finds. */
export const PROBLEMS: CountForms = { one: 'خطأ واحد', two: 'خطآن', twoOblique: 'خطأين', few: 'أخطاء', many: 'خطأً', other: 'خطأ' };
/** Rows of an open-data table. */
export const ROWS: CountForms = { one: 'صف واحد', two: 'صفان', twoOblique: 'صفين', few: 'صفوف', many: 'صفًا', other: 'صف' };
/** Search results. */
export const RESULTS: CountForms = { one: 'نتيجة واحدة', two: 'نتيجتان', twoOblique: 'نتيجتين', few: 'نتائج', many: 'نتيجة', other: 'نتيجة' };
/** Paragraphs of an article, in the ingest's preview. */
export const PARAGRAPHS: CountForms = { one: 'فقرة واحدة', two: 'فقرتان', twoOblique: 'فقرتين', few: 'فقرات', many: 'فقرة', other: 'فقرة' };
/** Subheadings of an article, in the ingest's preview. */
export const SUBHEADINGS: CountForms = { one: 'عنوان فرعي واحد', two: 'عنوانان فرعيان', twoOblique: 'عنوانين فرعيين', few: 'عناوين فرعية', many: 'عنوانًا فرعيًا', other: 'عنوان فرعي' };
/** Characters of a paragraph, in the content check's messages: «5.159 حرفًا». */
export const CHARACTERS: CountForms = { one: 'حرف واحد', two: 'حرفان', twoOblique: 'حرفين', few: 'أحرف', many: 'حرفًا', other: 'حرف' };

/** «12 إشارة في 3 مقالات», «إشارتان في مقالين»: how much the articles say about a place, as every page and map writes it. */
export function mentionsLabel(mentions: number, articles: number): string {
  return `${countWords(mentions, MENTIONS)} في ${countWords(articles, ARTICLES, 'oblique')}`;
}
