/**
 * `npm run ingest -- [options] FILE...` — raw article text to content/articles/<slug>.mdx.
 * Options: --dry-run, --json, --force, --meta FILE, --slug, --title, --publisher, --url,
 * --published YYYY[-MM[-DD]] (with --approximate and --basis), --content DIR.
 */
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml, stringify } from 'yaml';
import { contentDir } from '../lib/content-dir.ts';
import { parseGazetteer } from '../lib/places/index.ts';
import { sourceMetaSchema, type SourceMeta } from '../schemas/source-meta.ts';
import { IngestError } from './errors.ts';
import { run, type IngestContext, type IngestResult } from './run.ts';
import { MAX_BYTES } from './steps/decode.ts';
import { placeCounter } from './steps/tag.ts';

const USAGE = 'usage: npm run ingest -- [--dry-run] [--json] [--force] [--meta FILE] [--slug ID] [--title T] [--publisher P] [--url U] [--published YYYY[-MM[-DD]] --basis TEXT [--approximate]] [--content DIR] FILE...';

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

/**
 * The sidecar of a raw text already in the archive: the same bytes in content/sources/<slug>.txt, so that
 * a copy kept elsewhere (e.g. the original download) re-ingests with the metadata the editors recorded.
 */
function archivedSidecar(raw: Uint8Array): string | undefined {
  const sources = join(content, 'sources');
  if (!existsSync(sources)) return undefined;
  for (const name of readdirSync(sources).filter((n) => n.endsWith('.meta.yaml')).sort()) {
    const txt = join(sources, name.replace(/\.meta\.yaml$/, '.txt'));
    if (existsSync(txt) && statSync(txt).size === raw.length && Buffer.from(raw).equals(readFileSync(txt))) return join(sources, name);
  }
  return undefined;
}

/** The sidecar beside the raw file (or of the same text in the archive), then --meta, then options: later ones win. */
function loadMeta(file: string, raw: Uint8Array): SourceMeta {
  const beside = join(dirname(file), `${basename(file).replace(/\.[^.]+$/, '')}.meta.yaml`);
  const sidecar = opts.meta ?? (existsSync(beside) ? beside : (archivedSidecar(raw) ?? beside));
  let meta: Record<string, unknown> = {};
  if (existsSync(sidecar)) {
    const parsed = sourceMetaSchema.safeParse(parseYaml(readFileSync(sidecar, 'utf8')) ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new IngestError(sidecar, `${issue.path.join('.') || '(root)'}: ${issue.message}`, 'correct the metadata file (see the README, section for editors)');
    }
    meta = parsed.data;
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
  const merged = sourceMetaSchema.safeParse({ ...meta, ...fromOptions });
  if (!merged.success) {
    const issue = merged.error.issues[0]!;
    throw new IngestError(file, `option ${issue.path.join('.')}: ${issue.message}`, `check the command line (${USAGE})`);
  }
  return merged.data;
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
  if (size > MAX_BYTES) throw new IngestError(file, `the file is ${(size / 1048576).toFixed(1)} MB, over the 5 MB limit`, 'save only the article text, not the whole page or a binary');
  try {
    return readFileSync(file);
  } catch {
    throw new IngestError(file, 'the file cannot be read (no permission)', 'check its permissions');
  }
}

/** Refuses to replace an existing article or a different raw file unless --force. */
function plannedWrites(result: IngestResult, raw: Uint8Array, file: string): [string, string | Uint8Array][] {
  const sourcePath = join(content, 'sources', `${result.slug}.txt`);
  const metaPath = join(content, 'sources', `${result.slug}.meta.yaml`);
  const articlePath = join(content, 'articles', `${result.slug}.mdx`);
  if (existsSync(articlePath) && !opts.force) {
    throw new IngestError(file, `content/articles/${result.slug}.mdx already exists`, 'pass --force to replace it, or give this article another --slug');
  }
  if (existsSync(sourcePath) && !opts.force && !Buffer.from(raw).equals(readFileSync(sourcePath))) {
    throw new IngestError(file, `content/sources/${result.slug}.txt already holds another raw text`, 'give this article another --slug');
  }
  const writes: [string, string | Uint8Array][] = [];
  if (resolve(file) !== sourcePath) writes.push([sourcePath, raw]);
  writes.push([metaPath, stringify(result.meta, { lineWidth: 0 })]);
  writes.push([articlePath, result.mdx]);
  return writes;
}

function main(): number {
  const places = parseGazetteer(readFileSync(join(content, 'places.yaml'), 'utf8'), join(content, 'places.yaml'));
  const ctx: IngestContext = { countPlaces: placeCounter(places) };
  const out: Omit<IngestResult, 'mdx' | 'meta'>[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const raw = readRaw(file);
      const result = run(raw, file, loadMeta(file, raw), ctx);
      if (!opts['dry-run']) {
        for (const [path, data] of plannedWrites(result, raw, file)) writeAtomic(path, data);
        if (!opts.json) console.error(`ingest: ${file} → content/articles/${result.slug}.mdx`);
      }
      const { mdx: _mdx, meta: _meta, ...contract } = result;
      out.push(contract);
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
