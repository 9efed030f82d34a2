import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from './support/fixture-site.ts';

const root = mkdtempSync(join(tmpdir(), 'archive-bad-content-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const ARTICLE = '2016-12-is-after-sirte.mdx';

/** Builds a copy of the content with one change to an article; returns the build's exit code, output and whether a page was written. */
function buildWith(name: string, change: (article: string) => string) {
  const content = join(root, name, 'content');
  cpSync('content', content, { recursive: true });
  const file = join(content, 'articles', ARTICLE);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
  const dist = join(root, name, 'dist');
  const run = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
    encoding: 'utf8',
    env: buildEnv({ ARCHIVE_CONTENT_DIR: content, ARCHIVE_CACHE_DIR: join(root, name, 'cache') }),
  });
  return { status: run.status, output: run.stdout + run.stderr, wrotePages: existsSync(join(dist, 'index.html')) };
}

describe('a build of content with problems', () => {
  it('stops before any page when an article names a place the gazetteer lacks, and prints the check’s line for it', () => {
    const { status, output, wrotePages } = buildWith('unknown-place', (a) => a.replace(/- id: "sirte"/, '- id: "atlantis"'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/2016-12-is-after-sirte\.mdx:\d+ places\[0\]\.id: المكان «atlantis» غير موجود في المعجم الجغرافي \/ place «atlantis» is not in the gazetteer/);
    expect(wrotePages).toBe(false);
  });

  it('prints the check’s report, not the loader’s first error, when an article’s frontmatter will not load', () => {
    const { status, output, wrotePages } = buildWith('open-quote', (a) => a.replace('titleFrom: "editor"', 'titleFrom: "editor'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/خطأ واحد \/ 1 problem — fix it and run npm run check again/);
    expect(output).toMatch(/2016-12-is-after-sirte\.mdx:3 خطأ في صياغة YAML في السطر 3 \/ YAML syntax: Missing closing "quote/);
    // Then the loader's own error, which the check might not have seen.
    expect(output).toMatch(/while loading \S*2016-12-is-after-sirte\.mdx: /);
    expect(wrotePages).toBe(false);
  });
});
