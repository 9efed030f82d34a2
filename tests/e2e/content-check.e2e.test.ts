import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv, buildFolder } from './support/fixture-site.ts';

const root = buildFolder('bad-content-');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const ARTICLE = '2016-12-is-after-sirte.mdx';

/**
 * Builds a copy of the content with one change to an article; resolves to the build's exit code, output and
 * whether a page was written. The builds of this file start together: each waits mostly for its own Node.
 */
function buildWith(name: string, change: (article: string) => string): Promise<{ status: number | null; output: string; wrotePages: boolean }> {
  const content = join(root, name, 'content');
  cpSync('content', content, { recursive: true });
  const file = join(content, 'articles', ARTICLE);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
  const dist = join(root, name, 'dist');
  const run = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
    env: buildEnv({ ARCHIVE_CONTENT_DIR: content, ARCHIVE_CACHE_DIR: join(root, name, 'cache') }),
  });
  let output = '';
  run.stdout.on('data', (d: Buffer) => (output += d.toString('utf8')));
  run.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
  return new Promise((done, fail) => {
    run.on('error', fail);
    run.on('close', (status) => done({ status, output, wrotePages: existsSync(join(dist, 'index.html')) }));
  });
}

const unknownPlace = buildWith('unknown-place', (a) => a.replace(/- id: "sirte"/, '- id: "atlantis"'));
const openQuote = buildWith('open-quote', (a) => a.replace('titleFrom: "editor"', 'titleFrom: "editor'));

describe('a build of content with problems', () => {
  it('stops before any page when an article names a place the gazetteer lacks, and prints the check’s line for it', async () => {
    const { status, output, wrotePages } = await unknownPlace;
    expect(status).not.toBe(0);
    expect(output).toMatch(/2016-12-is-after-sirte\.mdx:\d+ places\[0\]\.id: المكان «atlantis» غير موجود في المعجم الجغرافي \/ place «atlantis» is not in the gazetteer/);
    expect(wrotePages).toBe(false);
  });

  it('prints the check’s report, not the loader’s first error, when an article’s frontmatter will not load', async () => {
    const { status, output, wrotePages } = await openQuote;
    expect(status).not.toBe(0);
    expect(output).toMatch(/خطأ واحد \/ 1 problem — fix it and run npm run check again/);
    expect(output).toMatch(/2016-12-is-after-sirte\.mdx:3 خطأ في صياغة YAML في السطر 3 \/ YAML syntax: Missing closing "quote/);
    // Then the loader's own error, which the check might not have seen.
    expect(output).toMatch(/while loading \S*2016-12-is-after-sirte\.mdx: /);
    expect(wrotePages).toBe(false);
  });
});
