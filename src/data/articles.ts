/**
 * View-models of articles: the only module that reads the articles collection.
 * Pages receive data already joined, sorted and formatted.
 */
import { readFile } from 'node:fs/promises';
import { getCollection, type CollectionEntry } from 'astro:content';
import { precisionOf, type Precision } from '../lib/dates/date.ts';
import { formatDate } from '../lib/dates/format.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { mdxToPlainText } from '../lib/mdx-text.ts';
import type { RemovalReason } from '../schemas/article.ts';
import { articleHref, sourceHref, sourceViewHref } from '../lib/paths.ts';


export type ArticleEntry = CollectionEntry<'articles'>;

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

export interface ArticleDetail extends ArticleSummary {
  entry: ArticleEntry;
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

function summarize(entry: ArticleEntry): ArticleSummary {
  const d = entry.data;
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
function byPublishedDesc(a: ArticleSummary, b: ArticleSummary): number {
  return b.published.iso.localeCompare(a.published.iso) || a.slug.localeCompare(b.slug);
}

/** Every article, newest first. */
export async function listArticles(): Promise<ArticleSummary[]> {
  const entries = await getCollection('articles');
  return entries.map(summarize).sort(byPublishedDesc);
}

/** Every article with what its page needs: body entry, provenance and removed lines. */
export async function articleDetails(): Promise<ArticleDetail[]> {
  const entries = await getCollection('articles');
  return entries.map((entry) => {
    const d = entry.data;
    return {
      ...summarize(entry),
      entry,
      source: {
        file: d.source.file,
        sha256: d.source.sha256,
        href: sourceHref(d.slug),
        viewHref: sourceViewHref(d.slug),
      },
      removed: d.removed.map((r) => ({ ...r, label: labelFor(r.reason) })),
      removedLines: d.removedLines.map((r) => ({ ...r, label: labelFor(r.reason) })),
    };
  });
}

let textsCache: Promise<Map<string, string>> | undefined;

/**
 * The plain text of every article, by slug, computed once per build: places, events, search and exports
 * read it. It comes from the files, not the content store, which keeps only the rendered HTML (the store
 * is bundled into the build whole: 252 MB at 10,000 articles when it held the bodies as well).
 */
export function articleTexts(): Promise<Map<string, string>> {
  textsCache ??= getCollection('articles').then(async (entries) => {
    const texts = new Map<string, string>();
    for (const e of entries) {
      // Only the body is needed: the loader has parsed this file's YAML already.
      const parts = splitFrontmatter(await readFile(e.filePath!, 'utf8'));
      if (!parts) throw new Error(`${e.filePath}: no frontmatter — the file changed while the site was built; build again`);
      texts.set(e.data.slug, mdxToPlainText(parts.body));
    }
    return texts;
  });
  return textsCache;
}
