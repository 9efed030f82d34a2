/**
 * The words of the Arabic date grammar other than month and weekday names (months.ts), each folded as
 * normalizeArabic folds it («حتى» → «حتي», «نهاية» → «نهايه», «أوائل» → «اوايل»).
 */

/** Which way a relative word points from the publication date: «الماضي», «المقبل», «الجاري». */
export type Shift = 'past' | 'next' | 'current';

/** Letters that may stand before a month or a date word: «وفي مايو», «بمارس», «وللعام». */
export const CLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'فب', 'ول', 'فل', 'وك', 'فك'] as const;
/** The conjunctions alone: «وفي», «فمنذ». */
export const CONJ = ['', 'و', 'ف'] as const;

/** A bare four-digit number is a year only in this range; Hijri years («1448ه») all fall below it. */
export const YEAR_MIN = 1800;
export const YEAR_MAX = 2100;

/** Words after which a month, a day or a bare year is a point in time («في», «منذ», «يوم» …). */
export const TEMPORAL = new Set([
  'في', 'منذ', 'حتي', 'خلال', 'بحلول', 'قبل', 'بعد', 'طوال', 'طيله', 'لغايه', 'غايه', 'اثناء', 'ابان', 'غضون',
  'يوم', 'ليله', 'صباح', 'مساء', 'ظهر', 'فجر', 'تاريخ', 'الموافق', 'عامي', 'سنتي', 'اعتبارا', 'ابتداء', 'بدءا',
]);
/** Of TEMPORAL, the words that may also introduce a bare year («في 2011», «منذ 2014», «عامي 2014»). */
export const YEAR_INTRO = new Set([
  'في', 'منذ', 'حتي', 'خلال', 'بحلول', 'قبل', 'بعد', 'طوال', 'طيله', 'لغايه', 'اثناء', 'ابان', 'غضون', 'عامي',
  'سنتي',
]);
/** Words that narrow a month or a year without changing its precision: «منتصف ايار», «أوائل عام 2015». */
export const QUALIFIERS = new Set([
  'مطلع', 'اوايل', 'اواءل', 'اواخر', 'اواسط', 'منتصف', 'نهايه', 'بدايه', 'مستهل', 'ختام', 'ربيع', 'صيف',
  'خريف', 'شتاء',
]);
/** «الأسبوع الأول من», «النصف الثاني من», «الأيام الأولى من» … */
export const PART_HEADS = new Set(['الاسبوع', 'الاسابيع', 'الايام', 'النصف', 'الربع', 'الثلث', 'الاشهر']);
/** The ordinals after a PART_HEADS word. */
export const PART_ORDINALS = new Set([
  'الاول', 'الاولي', 'الثاني', 'الثانيه', 'الثالث', 'الرابع', 'الاخير', 'الاخيره', 'الاخيرين', 'الاخيرتين',
]);
/** Words before a span of years written as one number: «الفترة 2014-2017». */
export const SPAN_INTRO = new Set(['بين', 'الفتره', 'من', 'الاعوام', 'السنوات']);
/** «عام 2014», «سنة 2016». */
export const YEAR_WORDS = new Set(['عام', 'العام', 'سنه', 'السنه']);
/** «الماضي», «المقبل», «الجاري» and their forms: which way from the publication date. */
export const SHIFT_WORDS: ReadonlyMap<string, Shift> = new Map<string, Shift>([
  ['الماضي', 'past'], ['الماضيه', 'past'], ['المنصرم', 'past'], ['المنصرمه', 'past'], ['الفاءت', 'past'],
  ['الفاءته', 'past'], ['المقبل', 'next'], ['المقبله', 'next'], ['القادم', 'next'], ['القادمه', 'next'],
  ['الجاري', 'current'], ['الجاريه', 'current'], ['الحالي', 'current'], ['الحاليه', 'current'],
]);
/** How many years or months each shift moves. */
export const SHIFT_STEP: Record<Shift, number> = { past: -1, next: 1, current: 0 };
/** «العام نفسه», «السنة ذاتها»: the narrative's year, not the publication's. */
export const SAME_WORDS = new Set(['نفسه', 'ذاته', 'نفسها', 'ذاتها']);
/** Nouns counted by a number: «2130 جريحا», «2000 شخص», «1900 كلم» are not years. */
export const COUNTED = new Set([
  'كلم', 'كم', 'كيلومتر', 'كيلومترا', 'كيلو', 'متر', 'مترا', 'ميل', 'ميلا', 'دولار', 'دولارا', 'يورو',
  'دينار', 'دينارا', 'جنيه', 'جنيها', 'درهم', 'درهما', 'ريال', 'ريالا', 'برميل', 'طن', 'شخص', 'شخصا',
  'قتيل', 'قتيلا', 'جريح', 'جريحا', 'مصاب', 'مصابا', 'مقاتل', 'مقاتلا', 'عنصر', 'عنصرا', 'جندي', 'جنديا',
  'مسلح', 'مسلحا', 'مهاجر', 'مهاجرا', 'لاجء', 'لاجءا', 'مدني', 'مدنيا', 'طفل', 'طفلا', 'امراه', 'رجل',
  'رجلا', 'اسره', 'عاءله', 'منزل', 'منزلا', 'غاره', 'ضربه', 'صاروخ', 'صاروخا', 'قذيفه', 'درجه', 'درجات',
  'ساعه', 'يوم', 'يوما', 'دقيقه', 'كلغ', 'كغ', 'الف', 'الاف', 'مليون', 'مليار', 'نسمه', 'ناخب', 'صوت',
  'سجين', 'معتقل', 'عامل', 'طالب', 'موظف', 'سياره', 'هجوم', 'عمليه', 'مره', 'ميغاوات', 'هكتار',
]);

/** Single words the grammar looks for, folded as normalizeArabic folds them. */
export const W_MONTH = new Set(['الشهر']);
export const W_THE_YEAR = new Set(['العام', 'السنه']);
export const W_UNTIL = new Set(['الي', 'حتي', 'لغايه', 'غايه']);
export const W_TODAY = new Set(['اليوم']);
export const W_YESTERDAY = new Set(['امس', 'الامس', 'البارحه']);
export const W_FIRST = new Set(['اول']);
export const W_RANGE = new Set(['بين', 'من', 'منذ']);
export const W_SHAHR = new Set(['شهر']);
export const W_TOMORROW = new Set(['غدا']);
export const W_THAT = new Set(['نفس', 'ذلك', 'تلك']);
export const W_THIS = new Set(['هذا', 'هذه']);
export const W_DAY = new Set(['يوم']);
