/**
 * Provenance: each article has its raw text (content/sources/<slug>.txt, never edited: its SHA-256 is
 * the one the frontmatter recorded) and the metadata sidecar the ingest wrote beside it and reads again
 * when the same text is re-ingested.
 */
import { parseYamlSource } from '../../lib/yaml-lines.ts';
import { sourceMetaSchema, type SourceMeta } from '../../schemas/source-meta.ts';
import { parseWithFriendlyErrors } from '../friendly-errors.ts';
import { placeFindings, yamlSyntaxProblems, type Finding, type Problem } from '../problem.ts';
import type { TextFile } from '../read.ts';
import { publishedNotOnCalendar } from './article-dates.ts';
import { articleProblems, type CheckedArticle } from './articles.ts';

/** What the check read of the raw sources. */
export interface Sources {
  /** The content folder as messages show it. */
  root: string;
  /** SHA-256 of each raw text, by path relative to the content folder. */
  hashes: ReadonlyMap<string, string>;
  /** Each sidecar, by path relative to the content folder. */
  metas: ReadonlyMap<string, TextFile>;
}

/** The article's raw source exists under its slug and has the hash its frontmatter records. */
function checkRaw(article: CheckedArticle, sources: Sources): Finding[] {
  const { file, sha256 } = article.data.source;
  // A text dump or a saved HTML page, under the article's slug.
  const expected = `sources/${article.data.slug}.${file.endsWith('.html') ? 'html' : 'txt'}`;
  if (file !== expected) {
    return [{ path: ['source', 'file'], code: 'slug-mismatch', arg: file, message: `source.file is «${file}» but the article's slug makes it «${expected}» — correct source.file, or the slug` }];
  }
  const actual = sources.hashes.get(file);
  if (actual === undefined) {
    return [
      {
        path: ['source', 'file'],
        code: 'missing-source',
        arg: `${sources.root}/${file}`,
        message: `the raw text ${sources.root}/${file} does not exist — add the raw file with npm run ingest (never write an article without its source), or restore it from git`,
      },
    ];
  }
  if (actual !== sha256) {
    return [
      {
        path: ['source', 'sha256'],
        code: 'sha256-mismatch',
        arg: `${sources.root}/${file}`,
        message: `${sources.root}/${file} has SHA-256 ${actual}, the frontmatter records ${sha256} — raw texts are never edited: restore the file from git, or re-ingest a new raw text with --force`,
      },
    ];
  }
  return [];
}

/** The sidecar beside the raw text: present, and valid against the schema the ingest reads it with. */
function checkMeta(article: CheckedArticle, sources: Sources): Problem[] {
  const path = article.data.source.file.replace(/\.(txt|html)$/, '.meta.yaml');
  const meta = sources.metas.get(path);
  if (!meta) {
    return articleProblems(article, [
      {
        path: ['source', 'file'],
        code: 'missing-meta',
        arg: `${sources.root}/${path}`,
        message: `the metadata file ${sources.root}/${path} does not exist — re-ingest the raw text with its .meta.yaml (publisher, date and how it is known), or restore it from git`,
      },
    ]);
  }
  const read = readSidecar(meta.file, meta.text);
  return read.ok ? [] : read.problems;
}

/** A metadata sidecar read through its schema and its date through the calendar, each problem at its line: the ingest reads sidecars with it too. */
export function readSidecar(file: string, text: string): { ok: true; data: SourceMeta } | { ok: false; problems: Problem[] } {
  const yaml = parseYamlSource(text);
  if (yaml.errors.length > 0) return { ok: false, problems: yamlSyntaxProblems(file, yaml.errors) };
  const parsed = parseWithFriendlyErrors(sourceMetaSchema, yaml.data ?? {}, { schemaFile: 'src/schemas/source-meta.ts' });
  if (!parsed.success) return { ok: false, problems: placeFindings(file, parsed.findings, yaml.lineOf) };
  const notOnCalendar = publishedNotOnCalendar(parsed.data.published);
  return notOnCalendar.length === 0 ? { ok: true, data: parsed.data } : { ok: false, problems: placeFindings(file, notOnCalendar, yaml.lineOf) };
}

/** Every article's raw text and sidecar. */
export function checkSources(article: CheckedArticle, sources: Sources): Problem[] {
  const raw = checkRaw(article, sources);
  // A wrong source.file names no sidecar to look for: its problem is already reported.
  if (raw.some((f) => f.code === 'slug-mismatch')) return articleProblems(article, raw);
  return [...articleProblems(article, raw), ...checkMeta(article, sources)];
}
