/**
 * The build stops on a content problem with the check's lines alone (issue 15, class 11): no «An unhandled
 * error occurred while running the "astro:build:start" hook», no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'build-messages-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('astro build on content the check refuses', () => {
  it('prints the check’s summary and lines, and exits 1 without a hook error or a stack trace', () => {
    const content = join(root, 'content');
    cpSync('content', content, { recursive: true });
    // A problem only the check sees (no loader reads content/sources): the build stops at its content check.
    copyFileSync(join(content, 'sources', '2016-12-is-after-sirte.txt'), join(content, 'sources', '2016-01-left-over.txt'));
    const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(name)));
    const r = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(root, 'dist')], {
      encoding: 'utf8',
      env: { ...clean, ARCHIVE_CONTENT_DIR: content, ARCHIVE_CACHE_DIR: join(root, 'cache') },
    });
    const out = `${r.stdout}\n${r.stderr}`;
    expect(r.status).toBe(1);
    expect(out).toMatch(/خطأ واحد \/ 1 problem — fix it and run npm run check again/);
    expect(out).toContain(`${content}/sources/2016-01-left-over.txt لا يستعمل أي مقال هذا الملف / no article uses this raw file — `);
    expect(out).not.toMatch(/An unhandled error occurred|Stack trace|^\s+at /m);
  }, 180_000);
});
