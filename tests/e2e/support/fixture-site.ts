/**
 * A second, tiny site built from test fixtures through the real ingest and the real Astro build,
 * for what must never be in the real content (an article quoting hostile markup).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export function buildFixtureSite(): string {
  const root = mkdtempSync(join(tmpdir(), 'archive-fixture-'));
  const content = join(root, 'content');
  mkdirSync(join(content, 'articles'), { recursive: true });
  mkdirSync(join(content, 'sources'), { recursive: true });
  copyFileSync('content/places.yaml', join(content, 'places.yaml'));
  writeFileSync(join(content, 'events.yaml'), 'events: []\n');
  execFileSync(process.execPath, ['src/ingest/cli.ts', '--content', content, resolve('tests/fixtures/hostile/hostile.txt')], { stdio: 'pipe' });
  const dist = join(root, 'dist');
  execFileSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
    stdio: 'pipe',
    env: { ...process.env, ARCHIVE_CONTENT_DIR: content, ARCHIVE_CACHE_DIR: join(root, 'cache') },
  });
  return dist;
}
