import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dist = mkdtempSync(join(tmpdir(), 'archive-no-build-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the search index step', () => {
  it('on a folder astro build has not written, says so in one line and exits 1, writing nothing', () => {
    const run = spawnSync(process.execPath, ['src/search-index/cli.ts', '--dist', dist], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(`search index: ${join(dist, 'search', 'records.json')} not found: build the site with \`astro build\` first (\`npm run build\` runs both steps)`);
    expect(readdirSync(dist)).toEqual([]);
  });
});
