/**
 * A saved HTML page → the same lines a text dump of it would give, which lines Mozilla Readability
 * takes for the article, and what the page states about itself (og:, article:, JSON-LD NewsArticle,
 * canonical link). The page is parsed by linkedom, which has no script engine: nothing in it runs.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { foldWhitespace, matchKey } from '../../lib/arabic.ts';
import type { Line } from '../steps/lines.ts';
import { pruneHtml } from './prune.ts';
import { render, renderLines } from './render.ts';

/** One thing the page says about itself, and where it says it. */
export interface Stated {
  value: string;
  /** «og:title», «JSON-LD datePublished», «meta author», «h1» … */
  from: string;
}

export interface PageMeta {
  headings: string[];
  titles: Stated[];
  published: Stated[];
  authors: Stated[];
  url: Stated | null;
  publisher: Stated | null;
}

export interface HtmlPage {
  lines: Line[];
  meta: PageMeta;
  /** True for a line Readability kept in the article; null when Readability found too little. */
  inArticle: ((line: Line) => boolean) | null;
  /** Indices of lines that came from a <figcaption>. */
  captions: ReadonlySet<number>;
  /** Share of the page's letters that are Arabic. */
  arabicShare: number;
}

/** Below this many characters of article, Readability's answer is not trusted (its own default is 500). */
export const MIN_ARTICLE_CHARS = 250;

type Doc = ReturnType<typeof parseHTML>['document'];

/** The content of the first <meta> of each «property=…», «name=…» and «itemprop=…», read in one pass. */
type MetaIndex = Map<string, string | null>;

function metaIndex(doc: Doc): MetaIndex {
  const index: MetaIndex = new Map();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = m.getAttribute(attr);
      if (key !== null && !index.has(`${attr}=${key}`)) index.set(`${attr}=${key}`, m.getAttribute('content'));
    }
  }
  return index;
}

/** «property=og:title» → its content, or null when the page has none or it is empty. */
const metaContent = (index: MetaIndex, key: string): string | null => {
  const v = index.get(key);
  return v && v.trim() !== '' ? foldWhitespace(v) : null;
};

/** Every JSON-LD object of an article type, @graph included; a script that is not JSON is skipped. */
function ldArticles(doc: Doc): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    if (types.some((t) => /Article$|^BlogPosting$|^NewsArticle$|^Report$/.test(t))) found.push(o);
    if (o['@graph']) visit(o['@graph']);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      // Not JSON: the page's problem, not a reason to refuse the article.
    }
  }
  return found;
}

const names = (v: unknown): string[] =>
  ([] as unknown[])
    .concat(v ?? [])
    .map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' ? (a as Record<string, unknown>).name : null))
    .filter((n): n is string => typeof n === 'string' && n.trim() !== '')
    .map((n) => foldWhitespace(n));

function readMeta(doc: Doc): PageMeta {
  const ld = ldArticles(doc);
  const metas = metaIndex(doc);
  const push = (list: Stated[], value: string | null | undefined, from: string) => {
    if (value && value.trim() !== '') list.push({ value: foldWhitespace(value), from });
  };
  const titles: Stated[] = [];
  for (const a of ld) push(titles, typeof a.headline === 'string' ? a.headline : null, 'JSON-LD headline');
  push(titles, metaContent(metas, 'property=og:title'), 'og:title');
  push(titles, metaContent(metas, 'name=twitter:title'), 'twitter:title');
  push(titles, doc.querySelector('title')?.textContent, '<title>');
  const published: Stated[] = [];
  for (const a of ld) push(published, typeof a.datePublished === 'string' ? a.datePublished : null, 'JSON-LD datePublished');
  push(published, metaContent(metas, 'property=article:published_time'), 'article:published_time');
  push(published, metaContent(metas, 'itemprop=datePublished'), 'itemprop datePublished');
  push(published, doc.querySelector('[itemprop="datePublished"][datetime], time[pubdate][datetime]')?.getAttribute('datetime'), 'itemprop datePublished');
  push(published, metaContent(metas, 'name=pubdate') ?? metaContent(metas, 'name=publish-date') ?? metaContent(metas, 'name=date'), 'meta date');
  const authors: Stated[] = [];
  for (const a of ld) for (const n of names(a.author)) push(authors, n, 'JSON-LD author');
  push(authors, metaContent(metas, 'name=author'), 'meta author');
  const articleAuthor = metaContent(metas, 'property=article:author');
  if (articleAuthor && !/^https?:/i.test(articleAuthor)) push(authors, articleAuthor, 'article:author');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(metas, 'property=og:url');
  const site = metaContent(metas, 'property=og:site_name') ?? ld.flatMap((a) => names(a.publisher))[0] ?? null;
  return {
    headings: Array.from(doc.querySelectorAll('h1')).map((h) => foldWhitespace(h.textContent ?? '')).filter(Boolean),
    titles,
    published,
    authors,
    url: canonical && /^https?:\/\//i.test(canonical) ? { value: canonical, from: canonical === metaContent(metas, 'property=og:url') ? 'og:url' : 'canonical' } : null,
    publisher: site ? { value: site, from: 'og:site_name' } : null,
  };
}

/** The raw line of each rendered line: where its first words stand in the HTML, searching forward. */
function sourceLines(html: string, texts: string[]): number[] {
  const starts: number[] = [0];
  for (let i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  let cursor = 0;
  let last = 1;
  return texts.map((t) => {
    if (t === '') return last;
    const probe = t.slice(0, 24);
    const at = html.indexOf(probe, cursor);
    if (at >= 0) {
      cursor = at + probe.length;
      last = lineAt(at);
    }
    return last;
  });
}

/** Words a picture's label may have: a caption is short; a paragraph that repeats an «alt» is not one. */
const MAX_LABEL_WORDS = 12;

/**
 * Lines that repeat a picture's «alt» or «title» word for word: its caption printed under it («تاكسي
 * العاصمة» under an image of that alt). The headline is never one, though a lead picture often carries it.
 */
function imageLabels(doc: Doc, texts: readonly string[], meta: PageMeta): number[] {
  const labels = new Set<string>();
  for (const img of Array.from(doc.querySelectorAll('img[alt], img[title]'))) {
    for (const attr of ['alt', 'title']) {
      const key = matchKey(img.getAttribute(attr) ?? '');
      if (key.split(' ').length >= 2) labels.add(key);
    }
  }
  for (const t of [...meta.headings, ...meta.titles.map((s) => s.value)]) labels.delete(matchKey(t));
  if (labels.size === 0) return [];
  return texts.flatMap((t, i) => (t.split(/\s+/).length <= MAX_LABEL_WORDS && labels.has(matchKey(t)) ? [i] : []));
}

/** Reads a saved page: its lines (numbered by the raw HTML line they come from), Readability's article, its metadata. */
export function readHtml(html: string): HtmlPage {
  const { document } = parseHTML(pruneHtml(html));
  const meta = readMeta(document);
  const { lines: texts, captions, linked } = render(document as never);
  for (const i of imageLabels(document, texts, meta)) captions.add(i);
  const numbers = sourceLines(html, texts);
  const all = texts.join(' ');
  const letters = all.match(/\p{L}/gu)?.length ?? 0;
  const arabicShare = letters === 0 ? 0 : (all.match(/(?=\p{L})\p{sc=Arabic}/gu)?.length ?? 0) / letters;
  const lines: Line[] = texts.map((text, i) => (linked.has(i) ? { n: numbers[i]!, text, linked: true } : { n: numbers[i]!, text }));
  let inArticle: HtmlPage['inArticle'] = null;
  try {
    // Readability changes the document it reads: it comes last, when the lines and the metadata are read.
    // It hands back its article as a DOM node (no HTML to serialize and parse again); the JSON-LD was read above.
    const article = new Readability<unknown>(document as never, { charThreshold: MIN_ARTICLE_CHARS, serializer: (el) => el, disableJSONLD: true, keepClasses: true }).parse();
    const content = article?.content ? renderLines(article.content as never) : [];
    const kept = new Set(content.map((t) => matchKey(t)).filter((k) => k !== ''));
    const whole = matchKey(content.join(' '));
    if (whole.replace(/\s/g, '').length >= MIN_ARTICLE_CHARS) {
      inArticle = (line) => {
        const key = matchKey(line.text);
        return key !== '' && (kept.has(key) || (key.split(' ').length >= 4 && whole.includes(key)));
      };
    }
  } catch {
    inArticle = null;
  }
  return { lines, meta, inArticle, captions, arabicShare };
}
