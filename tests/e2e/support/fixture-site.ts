/**
 * A second, tiny site built from test fixtures through the real ingest and the real Astro build,
 * for what must never be in the real content (an article quoting hostile markup).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * A new folder for a test's build, inside the project: Astro keeps a build's prerendered chunks beside its
 * outDir only when that is inside the working directory, and otherwise in the project's .astro/.prerender/,
 * where builds running at once (in test files side by side) would overwrite each other's.
 */
export function buildFolder(prefix: string): string {
  const builds = resolve('tests/e2e/.artifacts');
  mkdirSync(builds, { recursive: true });
  return mkdtempSync(join(builds, prefix));
}

export function buildFixtureSite(): string {
  const root = buildFolder('fixture-');
  const content = join(root, 'content');
  mkdirSync(join(content, 'articles'), { recursive: true });
  mkdirSync(join(content, 'sources'), { recursive: true });
  copyFileSync('content/places.yaml', join(content, 'places.yaml'));
  writeFileSync(join(content, 'events.yaml'), 'events: []\n');
  execFileSync(process.execPath, ['src/ingest/cli.ts', '--content', content, resolve('tests/fixtures/hostile/hostile.txt')], { stdio: 'pipe' });
  const dist = join(root, 'dist');
  // Its one page is read, never searched.
  buildSite(dist, { ARCHIVE_CONTENT_DIR: content, ARCHIVE_CACHE_DIR: join(root, 'cache') }, { search: false });
  return dist;
}

/** Variables Vitest sets for its own Vite (BASE_URL «/», MODE test, DEV): a child build would inherit them as its own. */
const VITEST_ENV = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;

/** The environment of a child build: this one without Vitest's own variables, plus `env` (ARCHIVE_* settings). */
export function buildEnv(env: Record<string, string>): Record<string, string | undefined> {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.test(name))), ...env };
}

/**
 * Runs the real production build into `outDir` with `env` (ARCHIVE_* settings) added to a clean environment:
 * `astro build`, then, unless `search` is false (a site whose tests never search), the search index.
 */
export function buildSite(outDir: string, env: Record<string, string>, { search = true } = {}): void {
  const options = { stdio: 'pipe', env: buildEnv(env) } as const;
  execFileSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], options);
  if (search) execFileSync(process.execPath, [resolve('src/search-index/cli.ts'), '--dist', outDir], options);
}
