/**
 * Article view-models from article frontmatter: pure, so that what pages show is tested without a build.
 * src/data/articles.ts gives them the articles collection.
 */
import { precisionOf, type Precision } from '../../lib/dates/date.ts';
import { formatDate } from '../../lib/dates/format.ts';
import { articleHref, sourceHref, sourceViewHref } from '../../lib/paths.ts';
import type { Article, RemovalReason } from '../../schemas/article.ts';

/** An article as lists and other pages show it. */
export interface ArticleSummary {
  slug: string;
  title: string;
  /** True when the editors wrote the title because the page had none. */
  titleByEditors: boolean;
  publisher: string | null;
  via: string | null;
  author: string | null;
  url: string | null;
  published: { iso: string; label: string; precision: Precision; approximate: boolean; basis: string };
  href: string;
}

/** What the joins need of an article entry: its frontmatter (a collection entry carries more, which is kept along). */
export interface EntryOf {
  data: Article;
}

/** An article with what its own page needs: the entry it renders, its provenance and the lines the normalizer removed. */
export interface ArticleDetail<E extends EntryOf = EntryOf> extends ArticleSummary {
  entry: E;
  source: { file: string; sha256: string; href: string; viewHref: string };
  removed: { reason: RemovalReason; label: string; lines: number }[];
  removedLines: { line: number; reason: RemovalReason; label: string; text: string }[];
}

/** Arabic names of the kinds of noise the normalizer removes, for the provenance section. */
export const REMOVAL_LABELS: Record<RemovalReason, string> = {
  breadcrumb: 'مسار تصفّح الموقع',
  'site-name': 'اسم الموقع',
  ticker: 'شريط عناوين غير ذي صلة',
  promo: 'دعوة للمشاركة أو التواصل',
  'image-widget': 'أداة الإبلاغ عن الصور',
  url: 'رابط مجرّد',
  'source-link': 'رابط «اقرأ من المصدر»',
  'related-tail': 'مقالات ذات صلة',
  comment: 'تعليق قارئ',
  caption: 'تعليق صورة غير موجودة',
  timestamp: 'وقت النشر أو التحديث',
  byline: 'سطر الكاتب (حُفظ اسمه)',
  signature: 'توقيع الكاتب (حُفظ اسمه)',
  title: 'العنوان (حُفظ عنوانًا)',
  duplicate: 'سطر مكرّر',
  menu: 'قائمة تصفّح الموقع',
  tags: 'وسوم وكلمات مفتاحية',
  cookie: 'تنبيه ملفات الارتباط والخصوصية',
  code: 'شيفرة أو وسوم صفحة',
  related: 'عناوين مقالات أخرى',
  'low-text': 'نص من الصفحة خارج المقال',
};

function labelFor(reason: string): string {
  return (REMOVAL_LABELS as Record<string, string>)[reason] ?? reason;
}

/** One article's summary: its date in words at its precision, its page. */
export function summarizeArticle(d: Article): ArticleSummary {
  return {
    slug: d.slug,
    title: d.title,
    titleByEditors: d.titleFrom === 'editor',
    publisher: d.publisher,
    via: d.via,
    author: d.author,
    url: d.url,
    published: {
      iso: d.published.date,
      label: formatDate(d.published.date),
      precision: precisionOf(d.published.date),
      approximate: d.published.approximate,
      basis: d.published.basis,
    },
    href: articleHref(d.slug),
  };
}

/** Newest first; a date known only to the month or year sorts by its start, ties by slug. */
export function byPublishedDesc(a: ArticleSummary, b: ArticleSummary): number {
  return b.published.iso.localeCompare(a.published.iso) || a.slug.localeCompare(b.slug);
}

/** Every article's summary, newest first. */
export function articleSummaries(articles: readonly Article[]): ArticleSummary[] {
  return articles.map(summarizeArticle).sort(byPublishedDesc);
}

/** An article with its plain text (the body as readers see it), which places, search and exports read. */
export interface ArticleWithText {
  article: ArticleDetail;
  text: string;
}

/** One article with its entry, its raw source's addresses and its removed lines labelled in Arabic. */
export function articleDetail<E extends EntryOf>(entry: E): ArticleDetail<E> {
  const d = entry.data;
  return {
    ...summarizeArticle(d),
    entry,
    source: { file: d.source.file, sha256: d.source.sha256, href: sourceHref(d.slug), viewHref: sourceViewHref(d.slug) },
    removed: d.removed.map((r) => ({ ...r, label: labelFor(r.reason) })),
    removedLines: d.removedLines.map((r) => ({ ...r, label: labelFor(r.reason) })),
  };
}
