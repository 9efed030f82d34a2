/**
 * What a content check reports: one problem per thing wrong, with the file, the line, the data path, a
 * code naming the rule (which selects its Arabic wording, below) and the English message with its fix.
 * Every rule, the loaders and the ingest speak through this shape; src/check/format.ts writes it out.
 */
import type { DataPath } from '../lib/yaml-lines.ts';

export type { DataPath };

/** Every rule a content check can break, with its Arabic wording; `arg` is the id, slug, field or value the problem names. */
export const ARABIC = {
  'yaml-syntax': (line: string) => `خطأ في صياغة YAML في السطر ${line}`,
  'no-content-folder': () => 'لا يوجد مجلد محتوى هنا',
  'file-shape': () => 'بنية الملف غير صحيحة',
  'unknown-field': (field: string) => `حقل غير معروف «${field}»`,
  'missing-field': (field: string) => `الحقل «${field}» مفقود`,
  'invalid-value': (field: string) => `قيمة غير مقبولة في الحقل «${field}»`,
  'bad-date': (value: string) => `تاريخ غير صالح ${value}`,
  'empty-list': (field: string) => `القائمة «${field}» فارغة`,
  'duplicate-id': (id: string) => `المعرّف «${id}» مكرّر`,
  'repeated-entry': (value: string) => `«${value}» مذكور مرتين`,
  'unknown-place': (id: string) => `المكان «${id}» غير موجود في المعجم الجغرافي`,
  'unknown-article': (slug: string) => `المقال «${slug}» غير موجود`,
  'quote-not-found': (slug: string) => `النص غير موجود في المقال ${slug}`,
  'date-conflict': (date: string) => `التاريخ لا يتفق مع تواريخ المصادر (${date})`,
  coordinates: (id: string) => `إحداثيات المكان «${id}» غير صحيحة`,
  'wrong-region': (region: string) => `الإقليم «${region}» لا يتبع بلد المكان`,
  'name-not-arabic': (name: string) => `الاسم «${name}» ليس كلمات عربية`,
  'bad-pattern': (pattern: string) => `النمط «${pattern}» غير صالح`,
  'trap-name': (name: string) => `«${name}» ليس من أسماء هذا المكان`,
  'shared-name': (name: string) => `الاسم «${name}» يخص مكانًا آخر أيضًا`,
  'unknown-parent': (id: string) => `المكان الأم «${id}» غير موجود`,
  'slug-mismatch': (slug: string) => `المعرّف «${slug}» لا يطابق اسم الملف`,
  'duplicate-slug': (slug: string) => `مقالان بالمعرّف نفسه «${slug}»`,
  'duplicate-source': (slug: string) => `المصدر الخام نفسه لمقالين (${slug})`,
  'missing-source': (file: string) => `المصدر الخام ${file} غير موجود`,
  'missing-meta': (file: string) => `ملف البيانات الوصفية ${file} غير موجود`,
  'sha256-mismatch': (file: string) => `بصمة SHA-256 للملف ${file} لا تطابق المقال`,
  markup: (text: string) => `ترميز في نص المقال «${text}»`,
  'long-paragraph': (length: string) => `فقرة أطول مما تعرضه صفحة (${length})`,
  'orphan-source': () => 'لا يستعمل أي مقال هذا الملف',
  // What the ingest refuses, on the file it was given (src/ingest/errors.ts).
  'no-such-file': () => 'الملف غير موجود',
  'not-a-file': (kind: string) => `المسار ليس ملفًا عاديًا بل ${kind}`,
  'path-too-long': (length: string) => `المسار أطول مما يقبله نظام الملفات (${length})`,
  'no-permission': (action: string) => `لا إذن ب${action}`,
  'file-system': (code: string) => `خطأ من نظام الملفات (${code})`,
  'file-too-large': (size: string) => `الملف أكبر من الحد المسموح (${size})`,
  'empty-file': () => 'الملف فارغ',
  'not-text': () => 'الملف ليس نصًا (ملف ثنائي)',
  encoding: (name: string) => `ترميز الملف ليس UTF-8 (${name})`,
  'not-arabic': () => 'النص ليس بالعربية',
  'no-article': () => 'لم يبقَ في الملف نص مقال بعد حذف ما حوله',
  'missing-title': () => 'لم يُعثر على عنوان المقال',
  'missing-date': () => 'لا تاريخ نشر للمقال',
  'same-article': (slug: string) => `المقال نفسه في الأرشيف باسم ${slug}`,
  'file-exists': (file: string) => `الملف ${file} موجود من قبل`,
  'slug-busy': (slug: string) => `إدخال آخر يكتب المقال «${slug}» الآن`,
  unexpected: (what: string) => `خطأ غير متوقع: ${what}`,
} satisfies Record<string, (arg: string) => string>;

/** The name of a rule: a key of the wording table, so that no rule goes without its Arabic. */
export type ProblemCode = keyof typeof ARABIC;

/** Every rule, in the table's order. */
export const PROBLEM_CODES = Object.keys(ARABIC) as ProblemCode[];

/** One thing wrong in a content file. */
export interface Problem {
  /** The file as the editor knows it, e.g. content/events.yaml. */
  file: string;
  /** 1-based line in the file, when the source text was given. */
  line?: number;
  /** Where in the data: «events[7].claims[1].quote»; empty for the file as a whole. */
  path: string;
  /** What is wrong and how to fix it, in one line of English: «what — fix». */
  message: string;
  /** The rule broken, which selects the Arabic wording. */
  code: ProblemCode;
  /** The value the Arabic wording names (an id, a slug, a field), when it names one; else the path. */
  arg?: string;
}

/** A problem before it is placed in a file: its data path, rule and message. */
export interface Finding {
  path: DataPath;
  code: ProblemCode;
  message: string;
  arg?: string;
}

/** «events[7].claims[1].quote» for ['events', 7, 'claims', 1, 'quote']. */
export function formatPath(path: DataPath): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

/** Findings placed in a file: each gets its line from `lineOf` (when known) and its path written out. */
export function placeFindings(
  file: string,
  found: readonly Finding[],
  lineOf: (path: DataPath) => number | undefined,
  shown: (path: DataPath) => DataPath = (p) => p,
): Problem[] {
  return found.map(({ path, code, message, arg }) => {
    const line = lineOf(path);
    return { file, ...(line === undefined ? {} : { line }), path: formatPath(shown(path)), message, code, ...(arg === undefined ? {} : { arg }) };
  });
}

/** One problem per YAML syntax error, at its line (shifted by `lineOffset` for frontmatter after a «---» line). */
export function yamlSyntaxProblems(file: string, errors: readonly { line: number; message: string }[], lineOffset = 0): Problem[] {
  return errors.map((e) => {
    const line = e.line + lineOffset;
    // A message that says its own fix keeps it.
    const fix = e.message.includes(' — ') ? '' : ' — check indentation, quotes and brackets on that line';
    return { file, line, path: '', code: 'yaml-syntax', arg: String(line), message: `YAML syntax: ${e.message}${fix}` };
  });
}
