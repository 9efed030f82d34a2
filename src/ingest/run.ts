/**
 * The ingest pipeline as a table of contents: raw bytes in, a normalized article out.
 * Every step is a pure function; this module only chains them. I/O lives in cli.ts.
 */
import { createHash } from 'node:crypto';
import { countArabicLetters } from '../lib/arabic.ts';
import { splitParagraph } from '../lib/paragraphs.ts';
import { clean, cleanStrings } from '../lib/text-hygiene.ts';
import { articleSlug } from '../lib/slug.ts';
import type { Article } from '../schemas/article.ts';
import type { SourceMeta } from '../schemas/source-meta.ts';
import { refuse } from './errors.ts';
import { cleanFields, cleanLines, type Hygiene } from './hygiene.ts';
import { extractArticle, type Extraction } from './extract/decide.ts';
import { readHtml } from './html/read.ts';
import { pageFacts } from './metadata/index.ts';
import { decode, isHtml } from './steps/decode.ts';
import { toMdxBody } from './steps/escape.ts';
import { toMdxFile, validateFrontmatter } from './steps/frontmatter.ts';
import { toLines, type Line, type Removed } from './steps/lines.ts';
import { repairLines } from './steps/repair.ts';
import { plainText, structure } from './steps/structure.ts';
import { findDates, type PlaceCount } from './steps/tag.ts';

export interface IngestContext {
  /** Counts gazetteer places in a text (the tagging step, built once per run). */
  countPlaces: (text: string) => PlaceCount[];
}

/** What one raw file becomes: the `--json` contract plus the files to write. */
export interface IngestResult {
  file: string;
  slug: string | null;
  title: string | null;
  /** Where the title came from (text, heading, meta, editor). */
  titleFrom: Article['titleFrom'] | null;
  author: string | null;
  publisher: string | null;
  url: string | null;
  published: Article['published'] | null;
  text: string;
  body: string;
  headings: string[];
  paragraphs: string[];
  places: PlaceCount[];
  dates: { text: string; value: string }[];
  removed: Removed[];
  /** Characters taken out of the body, title, author and publisher: controls, noncharacters, unpaired bidi controls (the raw file keeps them). */
  hygiene: Hygiene[];
  /** What an article needs and neither the page nor the editors gave: «title», «published». */
  missing: string[];
  /** Where the title was read («<h1>», «og:title», «السطر 20»), for the preview. */
  titleBasis: string | null;
  /** The raw file's kind: its extension in content/sources/. */
  kind: 'txt' | 'html';
  /** SHA-256 of the raw bytes. */
  sha256: string;
  /** The MDX file, frontmatter and body; null while something is missing. */
  mdx: string | null;
  /** The metadata actually used, written beside the raw copy so a re-ingest gives the same bytes. */
  meta: SourceMeta;
}

/** Below this share of Arabic among its letters, the article is not in Arabic. */
const MIN_ARABIC_SHARE = 0.5;

/**
 * Persian or Urdu in the Arabic script: letters Arabic does not use (پ چ ژ گ ٹ ڈ ڑ ں ے ۀ), or the
 * Persian forms of yeh and kaf (ی ک) outnumbering the Arabic ones (ي ك).
 */
export function persianScript(text: string): boolean {
  const arabicScript = text.match(/(?=\p{L})\p{sc=Arabic}/gu)?.length ?? 0;
  const own = text.match(/[پچژگٹڈڑںےۀ]/g)?.length ?? 0;
  const persianForms = text.match(/[یک]/g)?.length ?? 0;
  const arabicForms = text.match(/[يك]/g)?.length ?? 0;
  return own > PERSIAN_LETTERS_SHARE * arabicScript || persianForms > arabicForms;
}

/** Above this share of letters Arabic never writes, a text is Persian or Urdu (Arabic pages show none). */
const PERSIAN_LETTERS_SHARE = 0.005;

/** Lines in, the article's lines out: a text dump as it is, a saved page through Readability and its DOM. */
function readPage(text: string, html: boolean, file: string): { x: Extraction; meta: ReturnType<typeof readHtml>['meta'] | null } {
  if (!html) return { x: extractArticle(toLines(text)), meta: null };
  const page = readHtml(text);
  if (page.arabicShare < MIN_ARABIC_SHARE) {
    throw refuse(file, 'not-arabic', 'the page is not in Arabic', 'this archive takes Arabic articles: check that the right page was saved');
  }
  const role = (i: number) => (page.captions.has(i) ? ('caption' as const) : null);
  // Readability first; the text extractor alone when Readability found too little.
  const guided = page.inArticle ? extractArticle(page.lines, { inArticle: page.inArticle, role }) : null;
  return { x: guided?.core ? guided : extractArticle(page.lines, { role }), meta: page.meta };
}

/** Runs every step on one raw file. Throws IngestError when the input cannot make an article. */
export function run(bytes: Uint8Array, file: string, meta: SourceMeta, ctx: IngestContext): IngestResult {
  const text = decode(bytes, file);
  const html = isHtml(file, text);
  const { x, meta: stated } = readPage(text, html, file);
  const facts = pageFacts(x, stated);
  const kept: Line[] = x.verdicts.filter((v) => v.keep).map((v) => (v.cut ? { n: v.line.n, text: v.line.text.slice(0, -v.cut.length).trimEnd() } : v.line));
  const cleaned = cleanLines(kept);
  // A line of megabytes (a text with no line breaks) becomes paragraphs a page can show, cut at sentence ends.
  const blocks = structure(repairLines(cleaned.lines)).flatMap((b) => (b.kind === 'paragraph' ? splitParagraph(b.text).map((text) => ({ kind: b.kind, text })) : [b]));
  if (blocks.length === 0) {
    throw refuse(file, 'no-article', html ? 'the page has no article text (only menus, links and page furniture)' : 'nothing is left after removing the page noise', 'check that the file holds the article, not only the page around it');
  }
  const articleText = plainText(blocks);
  const letters = articleText.match(/\p{L}/gu)?.length ?? 0;
  if (countArabicLetters(articleText) < MIN_ARABIC_SHARE * letters || persianScript(articleText)) {
    throw refuse(file, 'not-arabic', 'the article is not in Arabic', 'this archive takes Arabic articles: check that the right page was saved');
  }
  const published = meta.published ?? facts.published;
  const fields = cleanFields({
    title: meta.title && !facts.title ? meta.title : (facts.title ?? meta.title ?? null),
    author: meta.author === undefined ? facts.author : meta.author,
    publisher: meta.publisher === undefined ? facts.publisher : meta.publisher,
  });
  const { title, author, publisher } = fields.values;
  const hygiene = [...fields.changes, ...cleaned.changes];
  const titleFrom = facts.title ? facts.titleFrom : meta.title ? 'editor' : null;
  const missing = [...(title ? [] : ['title']), ...(published ? [] : ['published'])];
  const places = ctx.countPlaces(articleText);
  const dates = published ? findDates(articleText, published) : [];
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const slug = meta.slug ?? (published ? articleSlug({ date: published.date, place: places[0]?.id, publisher, sha256 }) : null);
  const removed: Removed[] = x.verdicts.flatMap((v): Removed[] => {
    if (v.keep) return v.cut ? [{ line: v.line.n, text: clean(v.cut), reason: 'caption' }] : [];
    return v.reason ? [{ line: v.line.n, text: clean(v.line.text), reason: v.reason }] : [];
  });
  const body = toMdxBody(blocks);
  const kind = html ? 'html' : 'txt';
  const url = meta.url ?? facts.url;
  let mdx: string | null = null;
  if (title && published && slug && titleFrom) {
    const frontmatter = validateFrontmatter({
      title,
      titleFrom,
      slug,
      publisher,
      via: meta.via ?? null,
      author,
      url,
      published,
      source: { file: `sources/${slug}.${kind}`, sha256 },
      removed: countByReason(removed),
      removedLines: removed,
      places: places.map(({ id, count }) => ({ id, count })),
      dates,
    }, file);
    mdx = toMdxFile(frontmatter, body);
  }
  return {
    file,
    slug,
    title,
    titleFrom,
    author,
    publisher,
    url,
    published: published ?? null,
    text: articleText,
    body,
    headings: blocks.filter((b) => b.kind === 'heading').map((b) => b.text),
    paragraphs: blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text),
    places,
    dates,
    removed,
    hygiene,
    missing,
    titleBasis: facts.title ? facts.titleBasis : meta.title ? 'editor' : null,
    kind,
    sha256,
    mdx,
    meta: cleanStrings({ ...meta, ...(slug ? { slug } : {}), publisher }),
  };
}

/** «how many lines of what kind», in a stable order. */
function countByReason(removed: Removed[]): Article['removed'] {
  const counts = new Map<Removed['reason'], number>();
  for (const r of removed) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([reason, lines]) => ({ reason, lines }));
}
