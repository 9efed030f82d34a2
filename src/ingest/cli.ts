/**
 * `npm run ingest -- [options] FILE...` — a page's text dump or its saved HTML to content/articles/<slug>.mdx.
 * Options: --dry-run (with --json, or a readable preview), --force, --meta FILE, --slug, --title,
 * --publisher, --url, --published YYYY[-MM[-DD]] (with --approximate and --basis), --content DIR.
 * Every message is one line, as `npm run check` writes its problems (errors.ts); the files of an article
 * are written together or not at all, under a lock on its slug (commit.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { formatProblem } from '../check/format.ts';
import { parseWithFriendlyErrors } from '../check/friendly-errors.ts';
import { placeFindings, type DataPath, type Problem } from '../check/problem.ts';
import { shownPath } from '../check/read.ts';
import { publishedNotOnCalendar } from '../check/rules/article-dates.ts';
import { validatePlaces } from '../check/rules/places.ts';
import { readSidecar } from '../check/rules/sources.ts';
import { matchKey } from '../lib/arabic.ts';
import { mdxToPlainText } from '../lib/mdx-text.ts';
import { contentDir } from '../loaders/content-dir.ts';
import type { Place } from '../schemas/place.ts';
import { sourceMetaSchema, type SourceMeta } from '../schemas/source-meta.ts';
import { loadArchive, suggestArticle } from '../suggest/index.ts';
import { commit, recover, withSlugLock, type Write } from './commit.ts';
import { utf8Text } from './encoding.ts';
import { fileSystemRefusal, IngestError, refuse } from './errors.ts';
import { preview } from './preview.ts';
import { readRegularFile } from './read-file.ts';
import { run, type IngestContext, type IngestResult } from './run.ts';
import { MAX_BYTES } from './steps/decode.ts';
import { placeCounter } from './steps/tag.ts';

const USAGE = 'usage: npm run ingest -- [--dry-run [--json]] [--force] [--meta FILE] [--slug ID] [--title T] [--publisher P] [--url U] [--published YYYY[-MM[-DD]] --basis TEXT [--approximate]] [--content DIR] FILE...';

const OPTIONS = {
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
} as const;

/** The command line read, or the one line that says what is wrong with it. */
function readArgs() {
  try {
    return parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch (error) {
    const option = /'(-[^ ']*)/.exec((error as Error).message)?.[1] ?? '';
    const unknown = (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
    const problem: Problem = unknown
      ? { file: 'npm run ingest', path: '', code: 'unknown-field', arg: option, message: `unknown option «${option}» — ${USAGE}` }
      : { file: 'npm run ingest', path: option, code: 'invalid-value', arg: option, message: `${(error as Error).message.split('\n')[0]} — ${USAGE}` };
    console.error(`ingest: ${formatProblem(problem)}`);
    process.exit(1);
  }
}

const { values: opts, positionals: files } = readArgs();

if (opts.help) {
  console.log(USAGE);
  process.exit(0);
}
if (files.length === 0) {
  console.error(`ingest: لم يُعطَ ملف / no file given — ${USAGE}`);
  process.exit(1);
}

const content = resolve(opts.content ?? contentDir());

/** Raw files in content/sources/: text dumps and saved pages. */
const RAW = /\.(txt|html)$/;

/** The largest metadata sidecar read: a sidecar is a few lines. */
const MAX_SIDECAR_BYTES = 64 * 1024;

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
    const files = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.mdx')) : [];
    for (const name of files.map((e) => e.name).sort()) {
      const body = /^---\n[\s\S]*?\n---\n([\s\S]*)$/.exec(readFileSync(join(dir, name), 'utf8'))?.[1] ?? '';
      archivedTexts.set(textKey(mdxToPlainText(body)), name.replace(/\.mdx$/, ''));
    }
  }
  return archivedTexts.get(textKey(text));
}

/**
 * A metadata sidecar read as strictly as a raw text: a regular file (never waited on), at most 64 KB,
 * UTF-8; then through the content check's reader, each problem at its line in the sidecar.
 */
function readMetaFile(path: string): Record<string, unknown> {
  const shown = shownPath(resolve(path));
  const tooLarge = (bytes: number) =>
    refuse(shown, 'file-too-large', `the metadata file is ${(bytes / 1024).toFixed(0)} KB, over the ${MAX_SIDECAR_BYTES / 1024} KB a sidecar may have`, 'keep only the fields of src/schemas/source-meta.ts in it', `${(bytes / 1024).toFixed(0)} KB`);
  const text = utf8Text(readRegularFile(path, shown, MAX_SIDECAR_BYTES, tooLarge), shown);
  // Named and worded as npm run check names and words the same sidecar in content/sources/.
  const read = readSidecar(shown, text);
  if (!read.ok) throw new IngestError(read.problems);
  return read.data;
}

/** The sidecar beside the raw file (or of the same text in the archive), then --meta, then options: later ones win. */
function loadMeta(file: string, raw: Uint8Array): SourceMeta {
  const beside = join(dirname(file), `${basename(file).replace(/(\.source)?\.[^.]+$/, '')}.meta.yaml`);
  const sidecar = opts.meta ?? (existsSync(beside) ? beside : (archivedSidecar(raw) ?? beside));
  let meta: Record<string, unknown> = {};
  // A sidecar that is there in any form (a folder, a pipe, a broken link) is read, and refused as what it is.
  if (opts.meta !== undefined || existsSync(sidecar)) meta = readMetaFile(sidecar);
  const fromOptions: Record<string, unknown> = {};
  // An option given empty («--slug ""») is a value too, and the schema refuses it.
  for (const field of ['slug', 'title', 'publisher', 'url'] as const) if (opts[field] !== undefined) fromOptions[field] = opts[field];
  if (opts.published !== undefined) {
    fromOptions.published = { date: opts.published, approximate: opts.approximate, basis: opts.basis ?? 'given on the command line' };
  }
  const merged = parseWithFriendlyErrors(sourceMetaSchema, { ...meta, ...fromOptions }, OPTIONS_EXPLAINED);
  if (!merged.success) throw new IngestError(placeFindings(file, merged.findings, () => undefined, optionOf));
  // A sidecar's date was checked with the sidecar; one given as --published is checked here, before anything is written.
  const notOnCalendar = publishedNotOnCalendar(merged.data.published);
  if (notOnCalendar.length > 0) throw new IngestError(placeFindings(file, notOnCalendar, () => undefined, optionOf));
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

/** The raw file's bytes: a regular file of at most 5 MB, its size known before a byte is read. */
function readRaw(file: string): Uint8Array {
  const tooLarge = (bytes: number) =>
    refuse(file, 'file-too-large', `the file is ${(bytes / 1048576).toFixed(1)} MB, over the 5 MB limit`, 'save only the article (its text, or the page without its images and media), not a binary', `${(bytes / 1048576).toFixed(1)} MB`);
  return readRegularFile(file, file, MAX_BYTES, tooLarge);
}

/** What is missing before an article can be written, and how to give it. */
const MISSING_FIX = {
  title: ['missing-title', 'the page has no headline the ingest can find', 'add `title:` to its .meta.yaml or pass --title'],
  published: ['missing-date', 'no publication date', 'add `published: { date, approximate, basis }` to its .meta.yaml, or pass --published YYYY[-MM[-DD]]'],
} as const;

/** The files an ingest writes, relative to the content folder, and those they replace. */
interface Planned {
  slug: string;
  writes: Write[];
  removes: string[];
}

/** Refuses what cannot or must not be written: a missing title or date, the same article twice. */
function planned(result: IngestResult, raw: Uint8Array, file: string): Planned {
  const [missing] = result.missing;
  if (missing || !result.slug || !result.mdx) {
    const [code, reason, fix] = MISSING_FIX[(missing ?? 'title') as keyof typeof MISSING_FIX];
    throw refuse(file, code, reason, fix);
  }
  const twin = sameTextAs(result.text);
  if (twin && (twin !== result.slug || !opts.force)) {
    throw refuse(file, 'same-article', `the same article is already in the archive: content/articles/${twin}.mdx`, twin === result.slug ? 'nothing to do (pass --force to re-ingest it)' : 'nothing to do; remove the other copy first if this one is better', twin);
  }
  const source = `sources/${result.slug}.${result.kind}`;
  const writes: Write[] = [];
  // Re-ingesting the archive's own raw copy writes it again from itself: no need.
  if (resolve(file) !== join(content, source)) writes.push({ path: source, data: raw });
  writes.push({ path: `sources/${result.slug}.meta.yaml`, data: stringify(result.meta, { lineWidth: 0 }) });
  writes.push({ path: `articles/${result.slug}.mdx`, data: result.mdx });
  // A raw copy of the other kind (a .txt replaced by a saved page) would be left with no article.
  const other = `sources/${result.slug}.${result.kind === 'txt' ? 'html' : 'txt'}`;
  return { slug: result.slug, writes, removes: existsSync(join(content, other)) ? [other] : [] };
}

/** Refuses, holding the slug's lock, to replace what is there without --force: an article, or another raw file. */
function refuseReplacing(plan: Planned, raw: Uint8Array, file: string): void {
  if (opts.force) return;
  const article = `articles/${plan.slug}.mdx`;
  if (existsSync(join(content, article))) {
    throw refuse(file, 'file-exists', `content/${article} already exists`, 'pass --force to replace it, or give this article another --slug', `content/${article}`);
  }
  for (const path of [plan.writes[0]!.path, ...plan.removes].filter((p) => RAW.test(p))) {
    const there = join(content, path);
    if (existsSync(there) && !Buffer.from(raw).equals(readFileSync(there))) {
      throw refuse(file, 'file-exists', `content/${path} already holds another raw file`, 'give this article another --slug', `content/${path}`);
    }
  }
}

/** The one line that says what an earlier, killed run left and what was done with it. */
function recoveredLine(r: ReturnType<typeof recover>[number]): string {
  return r.outcome === 'finished'
    ? `ingest: أُكملت كتابة المقال «${r.slug}» التي توقفت في منتصفها / finished writing «${r.slug}», left half-done by an earlier ingest (process ${r.pid})`
    : `ingest: حُذفت كتابة غير مكتملة للمقال «${r.slug}» / removed the unfinished files of «${r.slug}», left by an earlier ingest stopped before its write (process ${r.pid})`;
}

/**
 * Characters of article text above which the preview does not count suggestions: twenty times the longest
 * real article, where counting would take minutes (a four-megabyte text gives tens of thousands).
 */
const MAX_SUGGESTED_TEXT = 100_000;

/** The number of timeline suggestions the article would give, for the preview; null when it is not counted (no date, too long, no archive). */
function suggestionCount(result: IngestResult): number | null {
  if (!result.slug || !result.published || result.text.length > MAX_SUGGESTED_TEXT) return null;
  try {
    archive ??= loadArchive(content);
    return suggestArticle({ slug: result.slug, text: result.paragraphs.join('\n'), published: result.published, headings: result.headings }, archive).length;
  } catch {
    return null;
  }
}
let archive: ReturnType<typeof loadArchive> | undefined;

/** The `--json` contract: what an editor or a tool reads, without the files to write. */
function contract(r: IngestResult) {
  const { mdx: _mdx, meta: _meta, kind: _kind, sha256: _sha, ...rest } = r;
  return rest;
}

/** The gazetteer the tagger needs, or the problems that stop the run (printed as npm run check prints them). */
function readGazetteer(): { places: Place[]; problems: readonly Problem[] } {
  if (!existsSync(content) || !statSync(content).isDirectory()) {
    return { places: [], problems: [{ file: shownPath(content), path: '', code: 'no-content-folder', message: "no content folder here — pass --content <folder> or run from the project's root" }] };
  }
  const gazetteer = join(content, 'places.yaml');
  try {
    return validatePlaces(readFileSync(gazetteer, 'utf8'), shownPath(gazetteer));
  } catch (error) {
    return { places: [], problems: fileSystemRefusal(error, shownPath(gazetteer), 'read').problems };
  }
}

function main(): number {
  const { places, problems } = readGazetteer();
  // The tagger needs a gazetteer without problems: each is printed as npm run check prints it.
  for (const p of problems) console.error(`ingest: ${formatProblem(p)}`);
  if (problems.length > 0) return 1;
  if (!opts['dry-run']) {
    try {
      for (const r of recover(content)) console.error(recoveredLine(r));
    } catch (error) {
      console.error(fileSystemRefusal(error, shownPath(join(content, '.ingest')), 'write').line());
      return 1;
    }
  }
  const ctx: IngestContext = { countPlaces: placeCounter(places) };
  const out: ReturnType<typeof contract>[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const raw = readRaw(file);
      const result = run(raw, file, loadMeta(file, raw), ctx);
      if (!opts['dry-run']) {
        const plan = planned(result, raw, file);
        withSlugLock(content, plan.slug, file, () => {
          refuseReplacing(plan, raw, file);
          commit(content, plan.slug, plan.writes, plan.removes);
        });
        archivedTexts?.set(textKey(result.text), plan.slug);
        if (!opts.json) console.error(`ingest: ${file} → content/articles/${plan.slug}.mdx — كُتب / written`);
      } else if (!opts.json) {
        process.stdout.write(`${preview(result, suggestionCount(result))}\n`);
      }
      out.push(contract(result));
    } catch (error) {
      failed += 1;
      console.error((error instanceof IngestError ? error : fileSystemRefusal(error, file, 'read')).line());
    }
  }
  if (opts.json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = main();
