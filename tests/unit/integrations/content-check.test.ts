import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatProblem } from '../../../src/check/format.ts';
import { pendingCheck } from '../../../src/check/pending.ts';
import { run } from '../../../src/check/run.ts';
import contentCheck from '../../../src/integrations/content-check.ts';

/** A dev server's watcher and logger, recording what the integration does with them. */
function devServer() {
  const watcher = Object.assign(new EventEmitter(), { watched: [] as string[], add: (path: string) => watcher.watched.push(path) });
  const logged: { level: string; text: string }[] = [];
  const logger = { info: (text: string) => logged.push({ level: 'info', text }), error: (text: string) => logged.push({ level: 'error', text }) };
  return { watcher, logger, logged };
}

let content: string;
beforeEach(() => {
  content = mkdtempSync(join(tmpdir(), 'dev-check-'));
  cpSync('content', content, { recursive: true });
  process.env.ARCHIVE_CONTENT_DIR = content;
});
afterEach(() => {
  delete process.env.ARCHIVE_CONTENT_DIR;
  rmSync(content, { recursive: true, force: true });
});

describe('the content check in astro dev', () => {
  it('checks the content when the server starts, and again when a content file changes, logging the lines npm run check prints', async () => {
    const { watcher, logger, logged } = devServer();
    const hook = contentCheck().hooks['astro:server:setup'] as (options: unknown) => void;
    hook({ server: { watcher }, logger });
    await vi.waitFor(() => expect(logged).toHaveLength(1), { timeout: 20_000 });
    expect(watcher.watched).toEqual([content]);
    expect(logged).toEqual([{ level: 'info', text: expect.stringMatching(/: لا أخطاء$/) }]);

    const file = join(content, 'articles', '2016-12-is-after-sirte.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('- id: "sirte"', '- id: "atlantis"'));
    watcher.emit('all', 'change', file);
    await vi.waitFor(() => expect(logged).toHaveLength(2), { timeout: 20_000 });
    const expected = run(content).problems.map(formatProblem);
    expect(expected).toEqual([expect.stringMatching(/places\[0\]\.id: المكان «atlantis» غير موجود في المعجم الجغرافي/)]);
    expect(logged[1]?.level).toBe('error');
    expect(logged[1]?.text.split('\n').slice(1)).toEqual(expected);
  });

  it('does not check again for a change outside the content folder', async () => {
    const { watcher, logger, logged } = devServer();
    (contentCheck().hooks['astro:server:setup'] as (options: unknown) => void)({ server: { watcher }, logger });
    await vi.waitFor(() => expect(logged).toHaveLength(1), { timeout: 20_000 });
    const first = pendingCheck();
    watcher.emit('all', 'change', join(process.cwd(), 'src', 'pages', 'index.astro'));
    expect(pendingCheck()).toBe(first);
    expect(logged).toHaveLength(1);
  });
});
