/**
 * The editors' wording of every content problem: Arabic here, keyed by rule, and English (with the fix)
 * from the rule that found it, so that one line reads «file:line path: عربي / English — fix».
 */
import { countWords, formatNumber, ARTICLES, EVENTS, PLACES, PROBLEMS } from '../lib/count-words.ts';
import type { Problem, ProblemCode } from '../lib/problems.ts';

/** What each rule says in Arabic; `arg` is the id, slug, field or value the problem names. */
export const ARABIC: Record<ProblemCode, (arg: string) => string> = {
  'yaml-syntax': (line) => `خطأ في صياغة YAML في السطر ${line}`,
  'file-shape': () => 'بنية الملف غير صحيحة',
  'unknown-field': (field) => `حقل غير معروف «${field}»`,
  'missing-field': (field) => `الحقل «${field}» مفقود`,
  'invalid-value': (field) => `قيمة غير مقبولة في الحقل «${field}»`,
  'bad-date': (value) => `تاريخ غير صالح ${value}`,
  'empty-list': (field) => `القائمة «${field}» فارغة`,
  'duplicate-id': (id) => `المعرّف «${id}» مكرّر`,
  'repeated-entry': (value) => `«${value}» مذكور مرتين`,
  'unknown-place': (id) => `المكان «${id}» غير موجود في المعجم الجغرافي`,
  'unknown-article': (slug) => `المقال «${slug}» غير موجود`,
  'quote-not-found': (slug) => `النص غير موجود في المقال ${slug}`,
  'date-conflict': (date) => `التاريخ لا يتفق مع تواريخ المصادر (${date})`,
  coordinates: (id) => `إحداثيات المكان «${id}» غير صحيحة`,
  'wrong-region': (region) => `الإقليم «${region}» لا يتبع بلد المكان`,
  'name-not-arabic': (name) => `الاسم «${name}» ليس كلمات عربية`,
  'bad-pattern': (pattern) => `النمط «${pattern}» غير صالح`,
  'trap-name': (name) => `«${name}» ليس من أسماء هذا المكان`,
  'shared-name': (name) => `الاسم «${name}» يخص مكانًا آخر أيضًا`,
  'unknown-parent': (id) => `المكان الأم «${id}» غير موجود`,
  'slug-mismatch': (slug) => `المعرّف «${slug}» لا يطابق اسم الملف`,
  'duplicate-slug': (slug) => `مقالان بالمعرّف نفسه «${slug}»`,
  'duplicate-source': (slug) => `المصدر الخام نفسه لمقالين (${slug})`,
  'missing-source': (file) => `المصدر الخام ${file} غير موجود`,
  'missing-meta': (file) => `ملف البيانات الوصفية ${file} غير موجود`,
  'sha256-mismatch': (file) => `بصمة SHA-256 للملف ${file} لا تطابق المقال`,
  markup: (text) => `ترميز في نص المقال «${text}»`,
  'long-paragraph': (length) => `فقرة أطول مما تعرضه صفحة (${length})`,
};

/** «content/events.yaml:41 events[7].claims[1].quote: النص غير موجود … / quote not found … — copy …». */
export function formatLine(p: Problem): string {
  const at = `${p.file}${p.line === undefined ? '' : `:${p.line}`}`;
  return `${at} ${p.path ? `${p.path}: ` : ''}${ARABIC[p.code](p.arg ?? p.path)} / ${p.message}`;
}

/** How much was checked. */
export interface Counts {
  /** Article files read. */
  articles: number;
  /** Entries of the gazetteer. */
  places: number;
  /** Entries of the events file. */
  events: number;
}

/** «تم فحص 5 مقالات و78 مكانًا و37 حدثًا: لا أخطاء», or the number of problems in both languages. */
export function summary(counts: Counts, problems: number): string {
  const checked = `تم فحص ${countWords(counts.articles, ARTICLES, 'oblique')} و${countWords(counts.places, PLACES, 'oblique')} و${countWords(counts.events, EVENTS, 'oblique')}`;
  if (problems === 0) return `${checked}: لا أخطاء`;
  const english = `${formatNumber(problems)} problem${problems === 1 ? '' : 's'} — fix ${problems === 1 ? 'it' : 'them'} and run npm run check again`;
  return `${checked}: ${countWords(problems, PROBLEMS)} / ${english}`;
}
