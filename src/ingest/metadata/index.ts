/**
 * What the page says about the article: title, author, publication date, publisher and address, each
 * with where it came from. A saved HTML page's own statements (JSON-LD, og:, article:, <h1>) come
 * first; the text's headline line, byline and timestamp next. The lines taken are recorded as removed
 * with their reason (title, byline, signature, timestamp).
 */
import { foldWhitespace, matchKey } from '../../lib/arabic.ts';
import type { Article, Published } from '../../schemas/article.ts';
import type { Extraction } from '../extract/decide.ts';
import type { PageMeta } from '../html/read.ts';
import { findAuthor, findSignature } from './author.ts';
import { CITY_TAIL, looksLikeName } from './names.ts';
import { findPublished, publicationDay } from './published.ts';
import { findTitle, stemsOf } from './title.ts';

export interface PageFacts {
  title: string | null;
  titleFrom: Article['titleFrom'] | null;
  /** Where the title was read, for the preview: «h1», «og:title», «السطر 20». */
  titleBasis: string | null;
  author: string | null;
  published: Published | null;
  publisher: string | null;
  url: string | null;
}

/** «عنوان - اسم الموقع» → «عنوان»: the site's name is cut from either end of a stated title. */
function withoutSiteName(title: string, site: string | null): string {
  const parts = title.split(/\s+[-–|—]\s+/);
  if (parts.length < 2) return title;
  const siteKey = site ? matchKey(site) : null;
  const isSite = (p: string) => (siteKey ? matchKey(p).includes(siteKey) || siteKey.includes(matchKey(p)) : false);
  if (isSite(parts[parts.length - 1]!)) return parts.slice(0, -1).join(' - ');
  if (isSite(parts[0]!)) return parts.slice(1).join(' - ');
  return title;
}

const overlap = (a: string, b: string) => {
  const sa = stemsOf(a);
  const sb = stemsOf(b);
  return sa.size === 0 ? 0 : [...sa].filter((s) => sb.has(s)).length / sa.size;
};

/** The page's headline from its markup: the <h1> that its stated titles confirm, else the stated title. */
function statedTitle(meta: PageMeta): { title: string; from: Article['titleFrom']; basis: string } | null {
  const site = meta.publisher?.value ?? null;
  const stated = meta.titles.map((t) => ({ ...t, value: withoutSiteName(decodeEntities(t.value), site) }));
  for (const h of meta.headings) {
    if (stated.some((t) => overlap(h, t.value) >= 0.6 && overlap(t.value, h) >= 0.6)) return { title: h, from: 'heading', basis: '<h1>' };
  }
  const first = stated.find((t) => stemsOf(t.value).size >= 2);
  return first ? { title: first.value, from: 'meta', basis: first.from } : null;
}

function decodeEntities(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#0?39;|&apos;/g, "'").replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** A stated author that is a person, not the site, a section or the page's developer. */
function statedAuthor(meta: PageMeta): string | null {
  const site = meta.publisher ? matchKey(meta.publisher.value) : null;
  for (const a of meta.authors) {
    const key = matchKey(a.value);
    if (site && (key.includes(site) || site.includes(key))) continue;
    if (/\b(developed|designed|powered|staff|team|editor|admin)\b|فريق|هيئة التحرير|المحرر/i.test(a.value)) continue;
    // «سالم الورفلي - بنغازي»: the name without the city it was filed from.
    const name = a.value.replace(CITY_TAIL, '');
    if (looksLikeName(name)) return name;
  }
  return null;
}

/** The first stated publication date the date module reads to the day. */
function statedPublished(meta: PageMeta): Published | null {
  for (const p of meta.published) {
    const date = publicationDay(p.value);
    if (date) return { date, approximate: false, basis: `بيانات الصفحة: ${p.from} «${p.value}».` };
  }
  return null;
}

/** Finds the facts and marks the lines they came from as removed, with their reason. */
export function pageFacts(x: Extraction, meta: PageMeta | null): PageFacts {
  const fromMarkup = meta ? statedTitle(meta) : null;
  const line = findTitle(x);
  let title: string | null = null;
  let titleFrom: PageFacts['titleFrom'] = null;
  let titleBasis: string | null = null;
  let titleIndex: number | null = null;
  if (fromMarkup) {
    ({ title, from: titleFrom, basis: titleBasis } = fromMarkup);
    // The same headline as a line of the page's text is the title, not furniture.
    const key = matchKey(title);
    const at = x.core ? x.verdicts.findIndex((v, i) => i < x.core!.start && matchKey(v.line.text) === key) : -1;
    titleIndex = at >= 0 ? at : line?.index ?? null;
  } else if (line) {
    title = foldWhitespace(line.text);
    titleFrom = 'text';
    titleIndex = line.index;
    titleBasis = `السطر ${x.verdicts[line.index]!.line.n}`;
  }
  const taken = new Set<number>();
  if (titleIndex !== null) {
    mark(x, titleIndex, 'title');
    taken.add(titleIndex);
  }
  const byline = findAuthor(x, taken, titleIndex);
  if (byline) mark(x, byline.index, byline.kind);
  // The same name signed again at the end is a signature, not the page's.
  const signature = byline?.kind === 'byline' ? findSignature(x) : null;
  if (signature && matchKey(signature.name) === matchKey(byline!.name)) mark(x, signature.index, 'signature');
  // After the author's signature, what is left of the page (no heading says so) is readers' comments.
  const signed = x.verdicts.findIndex((v) => v.reason === 'signature');
  if (signed >= 0) for (const v of x.verdicts.slice(signed + 1)) if (v.reason === 'related-tail' && !v.pattern) v.reason = 'comment';
  const stamp = findPublished(x, titleIndex);
  if (stamp) mark(x, stamp.index, 'timestamp');
  const siteLine = x.verdicts.find((v) => v.pattern === 'site-name');
  return {
    title,
    titleFrom,
    titleBasis,
    author: (meta ? statedAuthor(meta) : null) ?? byline?.name ?? null,
    published: (meta ? statedPublished(meta) : null) ?? stamp?.published ?? null,
    publisher: meta?.publisher?.value ?? siteLine?.line.text ?? null,
    url: meta?.url?.value ?? null,
  };
}

function mark(x: Extraction, index: number, reason: 'title' | 'byline' | 'signature' | 'timestamp'): void {
  const v = x.verdicts[index]!;
  v.keep = false;
  v.reason = reason;
}
