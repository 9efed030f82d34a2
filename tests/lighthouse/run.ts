/**
 * `npm run lighthouse [-- --dist dist --out scores.json --runs 3 --only home,map]`: serves the built site
 * locally and runs Lighthouse (mobile profile, system Chromium, offline) on one page of each type; prints
 * the four scores per page (the median of `--runs` runs) and the audits that lost points in the median run.
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../e2e/support/browser.ts';
import { builtPages, pageTypes } from '../e2e/support/site.ts';
import { serveStatic } from '../e2e/support/static-server.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string' }, runs: { type: 'string', default: '1' }, only: { type: 'string' } },
});
const dist = values.dist as string;
if (!existsSync(`${dist}/index.html`)) {
  console.error(`lighthouse: ${dist}/index.html not found — build the site first with \`npm run build\``);
  process.exit(1);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`lighthouse: --runs ${values.runs} is not a whole number of runs — give 1 or more, e.g. --runs 3`);
  process.exit(1);
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** One page of each type, the 404 page by its file (a 404 status stops Lighthouse) and search with a query. */
const pages = builtPages(dist);
// A section's index («/places/») is a page type of its own, beside one of its items («/places/sirte/»).
const isList = (p: string) => /^\/[^/]+\/$/.test(p) && pages.some((q) => q !== p && q.startsWith(p));
const lists = Object.fromEntries(pages.filter(isList).map((p) => [`${p.slice(1, -1)}-list`, p]));
const targets: Record<string, string> = { ...pageTypes(pages.filter((p) => !isList(p))), ...lists, '404': '/404.html' };
if (targets.search) targets.search = `/search/?q=${encodeURIComponent('سرت')}`;
const only = values.only?.split(',').filter(Boolean);
const unknown = only?.filter((t) => !(t in targets)) ?? [];
if (unknown.length) {
  console.error(`lighthouse: --only ${unknown.join(',')}: no such page type — choose among ${Object.keys(targets).join(',')}`);
  process.exit(1);
}

const server = await serveStatic(dist);
const chrome = await chromeLauncher.launch({ chromePath: await chromiumPath(), chromeFlags: FLAGS });
// An interrupted run must not leave a headless Chromium behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    chrome.kill();
    process.exit(1);
  });
}
/** Runs Lighthouse once on `path` and returns its report. */
async function audit(path: string) {
  const result = await lighthouse(new URL(path.replace(/^\//, ''), server.url).href, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`lighthouse: no result for ${path}`);
  if (result.lhr.runtimeError) throw new Error(`lighthouse: ${path}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
  return result.lhr;
}
/** The middle value (the lower middle of an even count); null when a run has no score. */
const median = (xs: (number | null)[]) => (xs.includes(null) ? null : [...(xs as number[])].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!);
/** Lab metrics shown beside the scores, Lighthouse audit id → label. */
const METRICS = { 'first-contentful-paint': 'FCP', 'largest-contentful-paint': 'LCP', 'total-blocking-time': 'TBT', 'speed-index': 'SI', 'cumulative-layout-shift': 'CLS' } as const;
const rows: {
  type: string;
  path: string;
  scores: Record<string, number | null>;
  runs: Record<string, (number | null)[]>;
  metrics: Record<string, number | undefined>;
  lost: string[];
}[] = [];
try {
  console.log(`${'page'.padEnd(16)} perf a11y   bp  seo`);
  for (const [type, path] of Object.entries(targets).filter(([t]) => !only || only.includes(t))) {
    const lhrs: Awaited<ReturnType<typeof audit>>[] = [];
    for (let i = 0; i < runs; i++) lhrs.push(await audit(path));
    const each = Object.fromEntries(CATEGORIES.map((c) => [c, lhrs.map((l) => l.categories[c]?.score ?? null)]));
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(each[c]!)]));
    // The audits listed are those of the run whose performance is the median.
    const lhr = lhrs.find((l) => (l.categories.performance?.score ?? null) === scores.performance) ?? lhrs[0]!;
    // Audits that cost points: scored, weighted in a category, below a full score.
    const weighted = new Set(CATEGORIES.flatMap((c) => lhr.categories[c]?.auditRefs.filter((r) => r.weight > 0).map((r) => r.id) ?? []));
    const lost = Object.values(lhr.audits)
      .filter((a) => weighted.has(a.id) && typeof a.score === 'number' && a.score < 1)
      .map((a) => `${a.id} (${a.score})`);
    const metrics = Object.fromEntries(Object.entries(METRICS).map(([id, label]) => [label, lhr.audits[id]?.numericValue]));
    rows.push({ type, path, scores, runs: each, metrics, lost });
    const pct = (s: number | null | undefined) => (s == null ? '—' : String(Math.round(s * 100)));
    const perfRuns = runs > 1 ? `  (performance ${each.performance!.map(pct).join(' ')})` : '';
    const lab = Object.entries(metrics).map(([k, v]) => `${k} ${v == null ? '—' : k === 'CLS' ? v.toFixed(3) : `${Math.round(v)} ms`}`).join(', ');
    console.log(`${type.padEnd(16)} ${CATEGORIES.map((c) => pct(scores[c]).padStart(4)).join(' ')}  ${path}${perfRuns}\n${' '.repeat(17)}${lab}${lost.length ? `\n${' '.repeat(17)}lost: ${lost.join(', ')}` : ''}`);
  }
} finally {
  await chrome.kill();
  await server.close();
}

if (values.out) {
  writeFileSync(`${values.out}.tmp`, `${JSON.stringify({ date: new Date().toISOString(), categories: CATEGORIES, pages: rows }, null, 2)}\n`);
  renameSync(`${values.out}.tmp`, values.out);
}
