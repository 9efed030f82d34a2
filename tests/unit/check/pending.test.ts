import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportText, summary } from '../../../src/check/format.ts';
import { pendingCheck, startCheck, takeCheck } from '../../../src/check/pending.ts';
import { run } from '../../../src/check/run.ts';

describe('the build’s content check, run beside the build', () => {
  it('reports from its worker thread what `npm run check` finds, and the build can ask for that report later', async () => {
    const started = startCheck('content');
    expect(pendingCheck()).toBe(started);
    expect(await started).toEqual(run('content'));
  });

  it('brings every problem of broken content across the thread, each with its file, line and message', async () => {
    const content = mkdtempSync(join(tmpdir(), 'pending-check-'));
    cpSync('content', content, { recursive: true });
    const file = join(content, 'articles', '2016-12-is-after-sirte.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('- id: "sirte"', '- id: "atlantis"').replace('  date: "2016-12"', '  date: "2016-02-31"'));
    try {
      const report = await startCheck(content);
      expect(report.problems.length).toBe(2);
      expect(report).toEqual(run(content));
      expect(report.problems.map((p) => p.code).sort()).toEqual(['bad-date', 'unknown-place']);
    } finally {
      rmSync(content, { recursive: true });
    }
  });

  it('is forgotten once the build has taken its report, so a later load in the same process does not see it', async () => {
    const started = startCheck('content');
    expect(takeCheck()).toBe(started);
    expect(pendingCheck()).toBeUndefined();
    await started;
  });

  it('fails with the check’s own message when there is no content folder', async () => {
    await expect(startCheck('no-such-content-folder')).rejects.toThrow(/^no-such-content-folder لا يوجد مجلد محتوى هنا \/ no content folder here/);
  });

  it('prints the summary, then one line per problem', () => {
    const text = reportText({
      counts: { articles: 2, places: 78, events: 0 },
      problems: [{ file: 'content/articles/x.mdx', line: 3, code: 'yaml-syntax', arg: '3', path: '', message: 'YAML syntax: Missing closing "quote' }],
    });
    expect(text.split('\n')).toEqual([
      summary({ articles: 2, places: 78, events: 0 }, 1),
      'content/articles/x.mdx:3 خطأ في صياغة YAML في السطر 3 / YAML syntax: Missing closing "quote',
    ]);
  });
});
