/**
 * The ingest pipeline as a table of contents: raw bytes in, a normalized article out.
 * Every step is a pure function in ./steps; this module only chains them. I/O lives in cli.ts.
 */
import { createHash } from 'node:crypto';
import { articleSlug } from '../lib/slug.ts';
import type { Article } from '../schemas/article.ts';
import type { SourceMeta } from '../schemas/source-meta.ts';
import { IngestError } from './errors.ts';
import { decode } from './steps/decode.ts';
import { toMdxBody } from './steps/escape.ts';
import { toMdxFile, validateFrontmatter } from './steps/frontmatter.ts';
import { toLines, type Removed } from './steps/lines.ts';
import { extractMetadata } from './steps/metadata.ts';
import { publishedFromStamp, removeNoise } from './steps/noise.ts';
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
  slug: string;
  title: string;
  author: string | null;
  publisher: string | null;
  published: Article['published'];
  text: string;
  body: string;
  headings: string[];
  paragraphs: string[];
  places: PlaceCount[];
  dates: { text: string; value: string }[];
  removed: Removed[];
  /** The MDX file, frontmatter and body. */
  mdx: string;
  /** The metadata actually used, written beside the raw copy so a re-ingest gives the same bytes. */
  meta: SourceMeta;
}

/** Runs every step on one raw file. Throws IngestError when the input cannot make an article. */
export function run(bytes: Uint8Array, file: string, meta: SourceMeta, ctx: IngestContext): IngestResult {
  const text = decode(bytes, file);
  const noise = removeNoise(toLines(text));
  const found = extractMetadata(noise.kept, noise.breadcrumbTitle);
  const blocks = structure(repairLines(found.body));
  if (blocks.length === 0) {
    throw new IngestError(file, 'nothing is left after removing the page noise', 'check that the file holds the article text, not only the page around it');
  }
  const articleText = plainText(blocks);
  // The editors' date wins; else the page's own «نشر في: …» line.
  const published = meta.published ?? publishedFromStamp(noise.stamp);
  if (!published) {
    throw new IngestError(file, 'no publication date', 'add `published: { date, approximate, basis }` to its .meta.yaml, or pass --published YYYY[-MM[-DD]]');
  }
  const title = found.title ?? meta.title;
  if (!title) {
    throw new IngestError(file, 'the text has no headline and no title was given', 'add `title:` to its .meta.yaml or pass --title');
  }
  const places = ctx.countPlaces(articleText);
  const dates = findDates(articleText, published);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const publisher = meta.publisher === undefined ? noise.siteName : meta.publisher;
  const slug = meta.slug ?? articleSlug({ date: published.date, place: places[0]?.id, publisher, sha256 });
  const removed = [...noise.removed, ...found.removed].sort((a, b) => a.line - b.line);
  const body = toMdxBody(blocks);
  const frontmatter = validateFrontmatter({
    title,
    titleFrom: found.title ? 'text' : 'editor',
    slug,
    publisher,
    via: meta.via ?? null,
    author: meta.author === undefined ? found.author : meta.author,
    url: meta.url ?? null,
    published,
    source: { file: `sources/${slug}.txt`, sha256 },
    removed: countByReason(removed),
    removedLines: removed,
    places: places.map(({ id, count }) => ({ id, count })),
    dates,
  });
  return {
    file,
    slug,
    title,
    author: frontmatter.author,
    publisher,
    published,
    text: articleText,
    body,
    headings: blocks.filter((b) => b.kind === 'heading').map((b) => b.text),
    paragraphs: blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text),
    places,
    dates,
    removed,
    mdx: toMdxFile(frontmatter, body),
    meta: { ...meta, slug, publisher },
  };
}

/** «how many lines of what kind», in a stable order. */
function countByReason(removed: Removed[]): Article['removed'] {
  const counts = new Map<Removed['reason'], number>();
  for (const r of removed) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([reason, lines]) => ({ reason, lines }));
}

