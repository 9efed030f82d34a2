import { describe, expect, it } from 'vitest';
import { processGroup } from '../../bench/steps/measure.ts';
import { firstSearchVerdict, median, perArticle, phases, table, type SizeResult } from '../../bench/steps/report.ts';

const result: SizeResult = {
  articles: 1000,
  runs: 3,
  project: {
    buildSeconds: 30,
    indexSeconds: null,
    peakRss: 2 ** 30,
    outputBytes: 50 * 2 ** 20,
    indexBytes: null,
    firstSearchBytes: null,
    firstSearchSeconds: null,
    phases: [],
  },
  baseline: { buildSeconds: 15, indexSeconds: 5, peakRss: 2 ** 29, buildPeakRss: 2 ** 29, indexPeakRss: 2 ** 28, outputBytes: 0, indexBytes: 0 },
};

describe('benchmark report', () => {
  it('takes the middle value of an odd list and the mean of the two middle values of an even one', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('divides each pipeline by its article count and gives the project as a multiple of the baseline', () => {
    expect(perArticle(result)).toEqual({ project: 0.03, baseline: 0.02, ratio: 1.5 });
  });

  it('counts the separate index step in the project cost: 30 s of build and 15 s of index for 1,000 articles is 2.25× a 20 s baseline', () => {
    expect(perArticle({ ...result, project: { ...result.project, indexSeconds: 15 } })).toEqual({ project: 0.045, baseline: 0.02, ratio: 2.25 });
  });

  it('shows a missing index and a missing search as missing, never as zero', () => {
    const row = table([result]).split('\n')[1] as string;
    expect(row).toContain('missing');
    expect(row).toContain('none');
    expect(row).toMatch(/1\.50\s+2\.00$/);
  });

  it('keeps the phase lines of a build log and drops page lines', () => {
    const log = '20:00:01 [content] Synced content\n20:00:02 [build]   ├─ /articles/a/index.html (+3ms)\n20:00:09 [build] ✓ Completed in 7.1s.';
    expect(phases(log)).toEqual(['20:00:01 [content] Synced content', '20:00:09 [build] ✓ Completed in 7.1s.']);
  });

  it('reads the process group of a /proc stat line even when the command name holds spaces and parentheses', () => {
    expect(processGroup('4242 (node (astro) build) S 4200 4201 4201 0 -1')).toBe(4201);
  });

  it('passes a first search of 149,465 bytes at 1,000 articles and fails one of 165,120, naming the page, the files, the size and the budget', () => {
    const at = (bytes: number, articles = 1000) => [{ ...result, articles, project: { ...result.project, firstSearchOwnBytes: bytes } }];
    expect(firstSearchVerdict(at(149_465))).toEqual({
      within: true,
      line: 'within budget: /search/?q=سرت at 1,000 articles loads 146 KB (149,465 bytes) of search files (page script, Pagefind, lexicon); budget 150 KB',
    });
    expect(firstSearchVerdict(at(165_120))).toEqual({
      within: false,
      line: 'over budget: /search/?q=سرت at 1,000 articles loads 161 KB (165,120 bytes) of search files (page script, Pagefind, lexicon); budget 150 KB',
    });
    expect(firstSearchVerdict(at(153_600))?.within).toBe(true);
    expect(firstSearchVerdict(at(153_601))?.within).toBe(false);
  });

  it('gives no verdict on a run without 1,000 articles or without a search page', () => {
    expect(firstSearchVerdict([{ ...result, articles: 100, project: { ...result.project, firstSearchOwnBytes: 99_000 } }])).toBeNull();
    expect(firstSearchVerdict([result])).toBeNull();
  });
});
