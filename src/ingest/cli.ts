/**
 * `npm run ingest -- [options] FILE...` — a page's text dump or its saved HTML to content/articles/<slug>.mdx.
 * Options: --dry-run (with --json, or a readable preview), --force, --meta FILE, --slug, --title,
 * --publisher, --url, --published YYYY[-MM[-DD]] (with --approximate and --basis), --content DIR.
 */
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { formatProblem } from '../check/format.ts';
import { parseWithFriendlyErrors } from '../check/friendly-errors.ts';
import { placeFindings, type DataPath } from '../check/problem.ts';
import { shownPath } from '../check/read.ts';
import { validatePlaces } from '../check/rules/places.ts';
import { readSidecar } from '../check/rules/sources.ts';
import { matchKey } from '../lib/arabic.ts';
import { mdxToPlainText } from '../lib/mdx-text.ts';
import { contentDir } from '../loaders/content-dir.ts';
import { sourceMetaSchema, type SourceMeta } from '../schemas/source-meta.ts';
import { IngestError } from './errors.ts';
import { run, type IngestContext, type IngestResult } from './run.ts';
import { MAX_BYTES } from './steps/decode.ts';
import { preview } from './preview.ts';
import { placeCounter } from './steps/tag.ts';

const USAGE = 'usage: npm run ingest -- [--dry-run [--json]] [--force] [--meta FILE] [--slug ID] [--title T] [--publisher P] [--url U] [--published YYYY[-MM[-DD]] --basis TEXT [--approximate]] [--content DIR] FILE...';

const { values: opts, positionals: files } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    meta: { type: 'string' },
    slug: { type: 'string' },
    title: { type: 'string' },
    publisher: { type: 'string' },
    url: { type: 'string' },
    published: { type: 'string' },
    basis: { type: 'string' },
    approximate: { type: 'boolean', default: false },
    content: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (opts.help || files.length === 0) {
  console.error(USAGE);
  process.exit(opts.help ? 0 : 1);
}

const content = resolve(opts.content ?? contentDir());

/** Writes through a temporary file in the same folder, so a reader never sees half a file. */
function writeAtomic(path: string, data: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/** Raw files in content/sources/: text dumps and saved pages. */
const RAW = /\.(txt|html)$/;

/**
 * The sidecar of a raw file already in the archive: the same bytes in content/sources/<slug>.txt|html, so
 * that a copy kept elsewhere (e.g. the original download) re-ingests with the metadata the editors recorded.
 */
function archivedSidecar(raw: Uint8Array): string | undefined {
  const sources = join(content, 'sources');
  if (!existsSync(sources)) return undefined;
  for (const name of readdirSync(sources).filter((n) => RAW.test(n)).sort()) {
    const path = join(sources, name);
    const meta = path.replace(RAW, '.meta.yaml');
    if (existsSync(meta) && statSync(path).size === raw.length && Buffer.from(raw).equals(readFileSync(path))) return meta;
  }
  return undefined;
}

/** The article's text as a key that line ends, a BOM, spacing, markup and escaping do not change. */
const textKey = (text: string) => matchKey(text).replace(/\s+/g, '');

let archivedTexts: Map<string, string> | undefined;
/** The slug of an article already in the archive with the same text, if any (read once per run). */
function sameTextAs(text: string): string | undefined {
  if (!archivedTexts) {
    archivedTexts = new Map();
    const dir = join(content, 'articles');
    for (const name of existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort() : []) {
      const body = /^---\n[\s\S]*?\n---\n([\s\S]*)$/.exec(readFileSync(join(dir, name), 'utf8'))?.[1] ?? '';
      archivedTexts.set(textKey(mdxToPlainText(body)), name.replace(/\.mdx$/, ''));
    }
  }
  return archivedTexts.get(textKey(text));
}

/** The sidecar beside the raw file (or of the same text in the archive), then --meta, then options: later ones win. */
function loadMeta(file: string, raw: Uint8Array): SourceMeta {
  const beside = join(dirname(file), `${basename(file).replace(/(\.source)?\.[^.]+$/, '')}.meta.yaml`);
  const sidecar = opts.meta ?? (existsSync(beside) ? beside : (archivedSidecar(raw) ?? beside));
  let meta: Record<string, unknown> = {};
  if (existsSync(sidecar)) {
    // Named and worded as npm run check names and words the same sidecar in content/sources/.
    const read = readSidecar(shownPath(resolve(sidecar)), readFileSync(sidecar, 'utf8'));
    if (!read.ok) throw IngestError.of(read.problems);
    meta = read.data;
  } else if (opts.meta) {
    throw new IngestError(opts.meta, 'the metadata file does not exist', 'check the path given to --meta');
  }
  const fromOptions: Record<string, unknown> = {};
  if (opts.slug) fromOptions.slug = opts.slug;
  if (opts.title) fromOptions.title = opts.title;
  if (opts.publisher) fromOptions.publisher = opts.publisher;
  if (opts.url) fromOptions.url = opts.url;
  if (opts.published) {
    fromOptions.published = { date: opts.published, approximate: opts.approximate, basis: opts.basis ?? 'given on the command line' };
  }
  const merged = parseWithFriendlyErrors(sourceMetaSchema, { ...meta, ...fromOptions }, OPTIONS_EXPLAINED);
  if (!merged.success) throw IngestError.of(placeFindings(file, merged.findings, () => undefined, optionOf));
  return merged.data;
}

/** How to fix a value given on the command line, by field. */
const OPTIONS_EXPLAINED = {
  schemaFile: 'src/schemas/source-meta.ts',
  fixes: Object.fromEntries(['slug', 'title', 'publisher', 'url', 'date', 'basis', 'approximate'].map((f) => [f, 'check the command line (npm run ingest -- --help)'])),
};

/** The option a field of the metadata comes from: published.date from --published, published.basis from --basis. */
function optionOf(path: DataPath): DataPath {
  const [field, sub] = path;
  return [`--${field === 'published' && sub !== undefined ? (sub === 'date' ? 'published' : sub) : String(field)}`];
}

function readRaw(file: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    throw new IngestError(file, 'the file cannot be read (missing, a folder, or no permission)', 'check the path');
  }
  // Checked before reading, so a huge file is never loaded.
  if (size > MAX_BYTES) throw new IngestError(file, `the file is ${(size / 1048576).toFixed(1)} MB, over the 5 MB limit`, 'save only the article (its text, or the page without its images and media), not a binary');
  try {
    return readFileSync(file);
  } catch {
    throw new IngestError(file, 'the file cannot be read (no permission)', 'check its permissions');
  }
}

/** What is missing before an article can be written, and how to give it. */
const MISSING_FIX: Record<string, [string, string]> = {
  title: ['the page has no headline the ingest can find', 'add `title:` to its .meta.yaml or pass --title'],
  published: ['no publication date', 'add `published: { date, approximate, basis }` to its .meta.yaml, or pass --published YYYY[-MM[-DD]]'],
};

/** Refuses what cannot or must not be written: a missing title or date, the same article twice, an existing article without --force. */
function plannedWrites(result: IngestResult, raw: Uint8Array, file: string): [string, string | Uint8Array][] {
  const [missing] = result.missing;
  if (missing || !result.slug || !result.mdx) {
    const [reason, fix] = MISSING_FIX[missing ?? 'title']!;
    throw new IngestError(file, reason, fix);
  }
  const twin = sameTextAs(result.text);
  if (twin && (twin !== result.slug || !opts.force)) {
    throw new IngestError(file, `the same article is already in the archive: content/articles/${twin}.mdx`, twin === result.slug ? 'nothing to do (pass --force to re-ingest it)' : 'nothing to do; remove the other copy first if this one is better');
  }
  const sourcePath = join(content, 'sources', `${result.slug}.${result.kind}`);
  const metaPath = join(content, 'sources', `${result.slug}.meta.yaml`);
  const articlePath = join(content, 'articles', `${result.slug}.mdx`);
  if (existsSync(articlePath) && !opts.force) {
    throw new IngestError(file, `content/articles/${result.slug}.mdx already exists`, 'pass --force to replace it, or give this article another --slug');
  }
  if (existsSync(sourcePath) && !opts.force && !Buffer.from(raw).equals(readFileSync(sourcePath))) {
    throw new IngestError(file, `content/sources/${result.slug}.${result.kind} already holds another raw file`, 'give this article another --slug');
  }
  const writes: [string, string | Uint8Array][] = [];
  if (resolve(file) !== sourcePath) writes.push([sourcePath, raw]);
  writes.push([metaPath, stringify(result.meta, { lineWidth: 0 })]);
  writes.push([articlePath, result.mdx]);
  return writes;
}

/** The `--json` contract: what an editor or a tool reads, without the files to write. */
function contract(r: IngestResult) {
  const { mdx: _mdx, meta: _meta, kind: _kind, sha256: _sha, ...rest } = r;
  return rest;
}

function main(): number {
  const gazetteer = join(content, 'places.yaml');
  const { places, problems } = validatePlaces(readFileSync(gazetteer, 'utf8'), gazetteer);
  // The tagger needs a gazetteer without problems: each is printed as npm run check prints it.
  for (const p of problems) console.error(`ingest: ${formatProblem(p)}`);
  if (problems.length > 0) return 1;
  const ctx: IngestContext = { countPlaces: placeCounter(places) };
  const out: ReturnType<typeof contract>[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const raw = readRaw(file);
      const result = run(raw, file, loadMeta(file, raw), ctx);
      if (!opts['dry-run']) {
        for (const [path, data] of plannedWrites(result, raw, file)) writeAtomic(path, data);
        archivedTexts?.set(textKey(result.text), result.slug!);
        if (!opts.json) console.error(`ingest: ${file} → content/articles/${result.slug}.mdx`);
      } else if (!opts.json) {
        process.stdout.write(`${preview(result)}\n`);
      }
      out.push(contract(result));
    } catch (error) {
      failed += 1;
      if (error instanceof IngestError) console.error(error.line());
      else console.error(`ingest: ${file}: ${(error as Error).message}`);
    }
  }
  if (opts.json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = main();
