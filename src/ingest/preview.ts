/**
 * The dry run's preview for an editor: what the ingest found and where, the article's first and last
 * paragraphs, and every removed line grouped by reason. Plain text, Arabic first, on stdout.
 */
import { countWords, LINES, PARAGRAPHS, SUBHEADINGS } from '../lib/count-words.ts';
import type { IngestResult } from './run.ts';

/** Where a removed character was, in Arabic: «U+202E في العنوان», «U+0007 في السطر 12». */
const FIELD = { title: 'في العنوان', author: 'في اسم الكاتب', publisher: 'في اسم الناشر', body: 'في السطر' } as const;

/** Lines of each removal reason shown before «…». */
const SHOWN = 4;

const clip = (text: string, n = 100) => (text.length > n ? `${text.slice(0, n)}…` : text);

/** The preview of one result, as lines of text; `suggestions` is how many timeline suggestions the article would give (null: not counted). */
export function preview(r: IngestResult, suggestions: number | null = null): string {
  const out: string[] = [`ingest: ${r.file} — معاينة، لم يُكتب شيء / dry run, nothing written`];
  const field = (ar: string, en: string, value: string) => out.push(`  ${ar} / ${en}: ${value}`);
  field('العنوان', 'title', r.title ? `${r.title}  (${r.titleFrom}: ${r.titleBasis})` : '— لم يُعثر عليه');
  field('الكاتب', 'author', r.author ?? '—');
  field('التاريخ', 'published', r.published ? `${r.published.date}${r.published.approximate ? ' (تقديري)' : ''} — ${r.published.basis}` : '— لم يُعثر عليه');
  field('الناشر', 'publisher', r.publisher ?? '—');
  if (r.url) field('الرابط', 'url', r.url);
  field('الأماكن', 'places', r.places.length ? r.places.map((p) => `${p.name} (${p.count})`).join('، ') : '—');
  field('المعرّف', 'slug', r.slug ?? '—');
  if (r.slug && r.published) {
    field('اقتراحات للخط الزمني', 'timeline suggestions', suggestions === null ? `لم تُحسب / not counted — npm run suggest -- ${r.slug} after the ingest` : `${suggestions} — npm run suggest -- ${r.slug}`);
  }
  if (r.missing.length) field('ناقص', 'missing', JSON.stringify(r.missing));
  const paragraphs = r.paragraphs;
  field('الفقرات', 'paragraphs', `${countWords(paragraphs.length, PARAGRAPHS)}${r.headings.length > 0 ? ` و${countWords(r.headings.length, SUBHEADINGS)}` : ''}`);
  if (paragraphs[0]) field('الأولى', 'first', clip(paragraphs[0], 200));
  if (paragraphs.length > 1) field('الأخيرة', 'last', clip(paragraphs[paragraphs.length - 1]!, 200));
  if (r.hygiene.length > 0) {
    // «U+202E في العنوان»، «U+0007 في السطر 12 ×3»: each character where it was, counted.
    const where = new Map<string, number>();
    for (const h of r.hygiene) {
      const key = `${h.char} ${FIELD[h.field]}${h.line === undefined ? '' : ` ${h.line}`}`;
      where.set(key, (where.get(key) ?? 0) + 1);
    }
    const shown = [...where].slice(0, SHOWN).map(([w, n]) => (n > 1 ? `${w} ×${n}` : w));
    field('محارف خفية حُذفت', 'invisible characters removed', `${r.hygiene.length}: ${shown.join('، ')}${where.size > SHOWN ? '، …' : ''}`);
  }
  const groups = new Map<string, IngestResult['removed']>();
  for (const x of r.removed) groups.set(x.reason, [...(groups.get(x.reason) ?? []), x]);
  field('المحذوف', 'removed', r.removed.length > 0 ? countWords(r.removed.length, LINES) : 'لا شيء');
  for (const [reason, lines] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    out.push(`    ${reason} (${lines.length}): ${lines.slice(0, SHOWN).map((l) => `${l.line} «${clip(l.text, 50)}»`).join('، ')}${lines.length > SHOWN ? '، …' : ''}`);
  }
  return out.join('\n');
}
