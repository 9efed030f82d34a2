/** Medians, sizes and the terminal table of a benchmark run. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What one corpus size cost the project and the baseline (medians over `runs`). */
export interface SizeResult {
  articles: number;
  runs: number;
  project: {
    /** Wall time of `astro build`. */
    buildSeconds: number;
    /** Wall time of the search index step that follows it, or null when the site has none. */
    indexSeconds: number | null;
    /** The higher of the build's and the index step's peaks (they run one after the other). */
    peakRss: number;
    buildPeakRss?: number;
    indexPeakRss?: number;
    outputBytes: number;
    /** Size of dist/pagefind, or null when the build has no index. */
    indexBytes: number | null;
    /** Bytes of a first search in Chromium, or null when there is no search page. */
    firstSearchBytes: number | null;
    firstSearchSeconds: number | null;
    /** Of those bytes, search's own: its script, Pagefind's files and the lexicon. */
    firstSearchOwnBytes?: number | null;
    /** Seconds and bytes of a second query typed on the search page, the index already loaded. */
    nextQuerySeconds?: number | null;
    nextQueryBytes?: number | null;
    /** Phase lines of the last run's build log, to see where the time goes. */
    phases: string[];
  };
  baseline: {
    buildSeconds: number;
    indexSeconds: number;
    /** The higher of the build's and the indexer's peaks (they run one after the other). */
    peakRss: number;
    buildPeakRss: number;
    indexPeakRss: number;
    outputBytes: number;
    indexBytes: number;
  };
}

/** The median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Total bytes of the files under `dir`; 0 when it does not exist. */
export function dirSize(dir: string): number {
  let total = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    total += e.isDirectory() ? dirSize(path) : statSync(path).size;
  }
  return total;
}

/** The build log's phase lines («[content] Synced content», «[build] ✓ Completed in 2.3s.» …), without page lines and warnings. */
export function phases(log: string): string[] {
  return log
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((l) => /^\d\d:\d\d:\d\d \[(content|types|build|pagefind|search|index)/i.test(l) && !/[├└]─/.test(l));
}

/** Seconds per article of the whole pipeline (build plus the separate indexing step, if any). */
export function perArticle(r: SizeResult): { project: number; baseline: number; ratio: number } {
  const project = (r.project.buildSeconds + (r.project.indexSeconds ?? 0)) / r.articles;
  const baseline = (r.baseline.buildSeconds + r.baseline.indexSeconds) / r.articles;
  return { project, baseline, ratio: project / baseline };
}

const mb = (b: number | null) => (b === null ? 'missing' : `${(b / 2 ** 20).toFixed(1)} MB`);
const kb = (b: number | null) => (b === null ? 'missing' : `${(b / 1024).toFixed(0)} KB`);
const gb = (b: number) => `${(b / 2 ** 30).toFixed(2)} GB`;
const sec = (s: number | null) => (s === null ? 'none' : `${s.toFixed(1)} s`);

/** A plain-text table, one row per size, with the project/baseline ratios. */
export function table(results: readonly SizeResult[]): string {
  const head = [
    'N', 'runs', 'build', 'index', 'peak RSS', 'output', 'index size', '1st search', 'search own', 'ms/article',
    'base build', 'base index', 'base peak', 'base ms/art', 'time ×', 'RSS ×',
  ];
  const rows = results.map((r) => {
    const per = perArticle(r);
    return [
      String(r.articles), String(r.runs), sec(r.project.buildSeconds), sec(r.project.indexSeconds), gb(r.project.peakRss),
      mb(r.project.outputBytes), mb(r.project.indexBytes), kb(r.project.firstSearchBytes), kb(r.project.firstSearchOwnBytes ?? null), (per.project * 1000).toFixed(1),
      sec(r.baseline.buildSeconds), sec(r.baseline.indexSeconds), gb(r.baseline.peakRss), (per.baseline * 1000).toFixed(1),
      per.ratio.toFixed(2), (r.project.peakRss / r.baseline.peakRss).toFixed(2),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] as number)).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

/** The budget of a first search: what search adds to a page (its script, Pagefind, the lexicon) at 1,000 articles. */
export const FIRST_SEARCH_BUDGET = { articles: 1000, bytes: 150 * 1024 };

/**
 * The first-search budget's verdict for a run, one line naming the page, what was counted, its size and the
 * budget; null when the run has no 1,000-article size or no search page.
 */
export function firstSearchVerdict(results: readonly SizeResult[]): { within: boolean; line: string } | null {
  const r = results.find((x) => x.articles === FIRST_SEARCH_BUDGET.articles);
  const own = r?.project.firstSearchOwnBytes;
  if (own === undefined || own === null) return null;
  const within = own <= FIRST_SEARCH_BUDGET.bytes;
  const size = `${kb(own)} (${own.toLocaleString('en')} bytes)`;
  return {
    within,
    line: `${within ? 'within budget' : 'over budget'}: /search/?q=سرت at ${FIRST_SEARCH_BUDGET.articles.toLocaleString('en')} articles loads ${size} of search files (page script, Pagefind, lexicon); budget ${kb(FIRST_SEARCH_BUDGET.bytes)}`,
  };
}
