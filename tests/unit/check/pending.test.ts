import { describe, expect, it } from 'vitest';
import { summary } from '../../../src/check/messages.ts';
import { pendingCheck, reportText, startCheck } from '../../../src/check/pending.ts';
import { run } from '../../../src/check/run.ts';

describe('the build’s content check, run beside the build', () => {
  it('reports from its worker thread what `npm run check` finds, and the build can ask for that report later', async () => {
    const started = startCheck('content');
    expect(pendingCheck()).toBe(started);
    expect(await started).toEqual(run('content'));
  });

  it('fails with the check’s own message when there is no content folder', async () => {
    await expect(startCheck('no-such-content-folder')).rejects.toThrow(/no-such-content-folder: لا يوجد مجلد محتوى هنا \/ no content folder here/);
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
