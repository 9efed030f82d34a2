/** Counted nouns in Arabic: «إشارة واحدة، إشارتان، 3 إشارات، 11 إشارة» — the noun agrees with the number. */

/** The forms of a counted noun, by the CLDR plural categories of Arabic. */
export interface CountForms {
  /** 1: the noun alone, e.g. «إشارة واحدة». */
  one: string;
  /** 2: the dual, e.g. «إشارتان». */
  two: string;
  /** 3–10 (and 103–110 …): the plural after the number, e.g. «إشارات». */
  few: string;
  /** 11–99 (and 111–199 …): the singular after the number, e.g. «إشارة». */
  many: string;
  /** 0, 100, 101, 102 …: the singular after the number, e.g. «إشارة». */
  other: string;
}

const rules = new Intl.PluralRules('ar');
const numbers = new Intl.NumberFormat('ar-LY', { numberingSystem: 'latn' });
/** A count in Libyan usage with Western digits and grouping: «2,130». The one number format of the site. */
export function formatNumber(n: number): string {
  return numbers.format(n);
}

/** «12 إشارة», «3 إشارات», «إشارتان», «إشارة واحدة»: a number with its noun, Western digits. */
export function countWords(n: number, forms: CountForms): string {
  const category = rules.select(n);
  if (category === 'one') return forms.one;
  if (category === 'two') return forms.two;
  return `${formatNumber(n)} ${category === 'few' ? forms.few : category === 'many' ? forms.many : forms.other}`;
}

/** Mentions of a place in the text. */
export const MENTIONS: CountForms = { one: 'إشارة واحدة', two: 'إشارتان', few: 'إشارات', many: 'إشارة', other: 'إشارة' };
/** Articles. */
export const ARTICLES: CountForms = { one: 'مقال واحد', two: 'مقالان', few: 'مقالات', many: 'مقالًا', other: 'مقال' };
/** Places. */
export const PLACES: CountForms = { one: 'مكان واحد', two: 'مكانان', few: 'أماكن', many: 'مكانًا', other: 'مكان' };
/** Events of the timeline. */
export const LINES: CountForms = { one: 'سطر واحد', two: 'سطران', few: 'أسطر', many: 'سطرًا', other: 'سطر' };

export const EVENTS: CountForms = { one: 'حدث واحد', two: 'حدثان', few: 'أحداث', many: 'حدثًا', other: 'حدث' };

/** «12 إشارة في 3 مقالات»: how much the articles say about a place, as every page and map writes it. */
export function mentionsLabel(mentions: number, articles: number): string {
  return `${countWords(mentions, MENTIONS)} في ${countWords(articles, ARTICLES)}`;
}

/** Search results. */
export const RESULTS: CountForms = { one: 'نتيجة واحدة', two: 'نتيجتان', few: 'نتائج', many: 'نتيجة', other: 'نتيجة' };
