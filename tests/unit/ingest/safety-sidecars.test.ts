/**
 * Metadata sidecars (issue 15, class 7): strict UTF-8 like the raw text, a regular file only (a FIFO never
 * makes the ingest wait), at most 64 KB; a YAML error is reported on the sidecar, at its line, with one fix.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE, BILINGUAL, sandbox } from './sandbox.ts';

/** The article and the sidecar `sidecar` beside it (bytes, or a function that makes it). */
function withSidecar(sidecar: Buffer | string | ((path: string) => void)) {
  const box = sandbox('sidecar-');
  writeFileSync(join(box.dir, 'a.txt'), ARTICLE);
  const path = join(box.dir, 'a.meta.yaml');
  if (typeof sidecar === 'function') sidecar(path);
  else writeFileSync(path, sidecar);
  return box;
}

/** «title: عنوان المقال» in Windows-1256. */
const CP1256 = Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xda, 0xe4, 0xc8, 0xc7, 0xe4, 0x20, 0xc7, 0xe1, 0xe3, 0xde, 0xc7, 0xe1, 0x0a]);

describe('npm run ingest reads a metadata sidecar as strictly as the raw text', () => {
  it.each([
    ['in Windows-1256', CP1256, 'ingest: a.meta.yaml ترميز الملف ليس UTF-8 (السطر 1) / the file is not valid UTF-8 (first on line 1) — re-save it as UTF-8'],
    ['in UTF-16 with its BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('title: عنوان المقال\n', 'utf16le')]), 'ingest: a.meta.yaml ترميز الملف ليس UTF-8 (UTF-16LE) / the file is in UTF-16LE, not UTF-8 — re-save it as UTF-8'],
    ['over 64 KB', `title: عنوان\n# ${'x'.repeat(70_000)}\n`, 'ingest: a.meta.yaml الملف أكبر من الحد المسموح (68 KB) / the metadata file is 68 KB, over the 64 KB a sidecar may have — keep only the fields'],
    ['a folder', (path: string) => mkdirSync(path), 'ingest: a.meta.yaml المسار ليس ملفًا عاديًا بل مجلد / this is a folder, not a file —'],
    ['a FIFO, without waiting on it', (path: string) => spawnSync('mkfifo', [path]), 'ingest: a.meta.yaml المسار ليس ملفًا عاديًا بل أنبوب FIFO / this is a named pipe (FIFO), not a file —'],
  ])('refuses a sidecar %s, naming the sidecar in one line, and writes nothing', (_, sidecar, line) => {
    const box = withSidecar(sidecar);
    const r = box.ingest(['--published', '2016-12', 'a.txt'], 20_000);
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.stderr).toMatch(BILINGUAL);
    expect(r.stderr.startsWith(line)).toBe(true);
    expect(box.written()).toEqual([]);
  });

  it('reports a YAML syntax error on the sidecar, at its line, with one fix (not on the raw text)', () => {
    const r = withSidecar('title: عنوان\npublished:\n  date: "2016-12\n  approximate: true\n').ingest(['a.txt']);
    expect(r.status).toBe(1);
    for (const line of r.lines) expect(line).toMatch(/^ingest: a\.meta\.yaml:\d+ خطأ في صياغة YAML في السطر \d+ \/ YAML syntax: [^\n—]+ — [^\n—]+$/);
    expect(r.stderr).not.toContain('a.txt');
  });

  it('refuses aliases that expand to millions of values, on the sidecar’s line of the first alias', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]', ''].join('\n');
    const r = withSidecar(bomb).ingest(['a.txt']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^ingest: a\.meta\.yaml:2 خطأ في صياغة YAML في السطر 2 \/ YAML syntax: its aliases expand to too many values \(Excessive alias count[^)]*\) — write the values out instead of repeating \* aliases$/);
  });

  it('names a !!binary value as binary data, not as the bytes of a Buffer', () => {
    const r = withSidecar('author: !!binary aGVsbG8=\n').ingest(['--published', '2016-12', 'a.txt']);
    expect(r.stderr).toBe('ingest: a.meta.yaml:1 author: قيمة غير مقبولة في الحقل «author» / expected string, found binary data (a !!binary value) — see src/schemas/source-meta.ts');
  });
});

describe('npm run check in a content folder with something other than files where files go', () => {
  it('does not wait on a FIFO named like a raw text, nor read a folder named like an article', () => {
    const box = sandbox('check-kinds-');
    spawnSync('mkfifo', [join(box.content, 'sources', '2016-01-pipe.txt')]);
    mkdirSync(join(box.content, 'articles', 'folder.mdx'));
    const r = spawnSync(process.execPath, ['src/check/cli.ts', '--content', box.content], { encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(0);
  });
});
