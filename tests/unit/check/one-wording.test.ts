/**
 * One problem, one line, wherever an editor meets it: the same broken content given to `npm run check`,
 * to the build (its content check and its article loader) and to the ingest prints the same lines.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'one-wording-'));
const content = join(root, 'content');
/** An article whose metadata sidecar has an unknown field and a month 13. */
const SIDECAR = '2016-12-sirte-reuters';
/** An article whose frontmatter says «نعم» where the schema wants true or false. */
const FRONTMATTER = '2016-12-is-after-sirte';

/** Runs a command of the project on the broken content; its exit status and every line it printed. */
function runNode(args: string[], env: Record<string, string> = {}) {
  // Vitest's own Vite variables (BASE_URL, MODE…) would become the child build's.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(name)));
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...clean, ...env } });
  return { status: r.status, lines: `${r.stdout}\n${r.stderr}`.split('\n') };
}

/** The lines that name `file` at a line: «<file>:<n> …», from where that starts in the output. */
function linesAbout(lines: readonly string[], file: string): string[] {
  return lines.flatMap((l) => {
    const at = l.lastIndexOf(`${file}:`);
    return at === -1 || !/^\d/.test(l.slice(at + file.length + 1)) ? [] : [l.slice(at)];
  });
}

let check: ReturnType<typeof runNode>;
let build: ReturnType<typeof runNode>;
let ingest: ReturnType<typeof runNode>;

beforeAll(() => {
  mkdirSync(join(content, 'articles'), { recursive: true });
  mkdirSync(join(content, 'sources'), { recursive: true });
  copyFileSync('content/places.yaml', join(content, 'places.yaml'));
  for (const slug of [SIDECAR, FRONTMATTER]) {
    copyFileSync(`content/articles/${slug}.mdx`, join(content, 'articles', `${slug}.mdx`));
    for (const ext of ['txt', 'meta.yaml']) copyFileSync(`content/sources/${slug}.${ext}`, join(content, 'sources', `${slug}.${ext}`));
  }
  const sidecar = join(content, 'sources', `${SIDECAR}.meta.yaml`);
  writeFileSync(sidecar, `${readFileSync(sidecar, 'utf8').replace('date: 2016-12-05', 'date: 2016-13-05')}publsher: رويترز\n`);
  const article = join(content, 'articles', `${FRONTMATTER}.mdx`);
  writeFileSync(article, readFileSync(article, 'utf8').replace('approximate: true', 'approximate: "نعم"'));

  check = runNode(['src/check/cli.ts', '--content', content]);
  build = runNode([resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(root, 'dist')], {
    ARCHIVE_CONTENT_DIR: content,
    ARCHIVE_CACHE_DIR: join(root, 'cache'),
  });
  ingest = runNode(['src/ingest/cli.ts', '--content', content, '--dry-run', join(content, 'sources', `${SIDECAR}.txt`)]);
}, 180_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the same broken content in npm run check, the build and the ingest', () => {
  const sidecar = join(content, 'sources', `${SIDECAR}.meta.yaml`);
  const article = join(content, 'articles', `${FRONTMATTER}.mdx`);

  it('fails all three', () => {
    expect([check.status, build.status, ingest.status]).toEqual([1, 1, 1]);
  });

  it('words a sidecar’s problems in the same lines, each at its line, in all three', () => {
    const lines = linesAbout(check.lines, sidecar);
    expect(lines).toEqual([
      `${sidecar}:5 published.date: تاريخ غير صالح «2016-13-05» / «2016-13-05»: expected YYYY, YYYY-MM or YYYY-MM-DD — see src/schemas/source-meta.ts`,
      `${sidecar}:8 publsher: حقل غير معروف «publsher» / unknown field «publsher» — check its spelling against src/schemas/source-meta.ts, or remove it`,
    ]);
    expect(linesAbout(build.lines, sidecar)).toEqual(lines);
    // The ingest prints the same lines after its own name.
    expect(ingest.lines.filter(Boolean)).toEqual(lines.map((l) => `ingest: ${l}`));
  });

  it('words an article’s frontmatter problem in the same line in the check, the build’s report and its article loader', () => {
    const [line] = linesAbout(check.lines, article);
    expect(linesAbout(check.lines, article)).toEqual([line]);
    expect(line).toBe(`${article}:11 published.approximate: قيمة غير مقبولة في الحقل «approximate» / expected boolean, found «نعم» — see src/schemas/article.ts`);
    // The build prints the check's report, then the loader's own error, which is the same line, and no stack trace.
    expect(linesAbout(build.lines, article)).toEqual([line, line]);
    expect(build.lines.join('\n')).not.toMatch(/Stack trace|^\s+at /m);
  });
});
