/**
 * `npm run bench -- --sizes 100,1000 --runs 3 --out file.json`: builds the real site and a bare
 * Markdown + Pagefind baseline from the same synthetic corpus and reports what each costs per article.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBaseline } from './steps/baseline.ts';
import { writeCorpus } from './steps/corpus.ts';
import { measure } from './steps/measure.ts';
import { firstSearch } from './steps/search.ts';
import { dirSize, firstSearchVerdict, median, phases, table, type SizeResult } from './steps/report.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = (values.sizes ?? '').split(',').map((s) => Number(s.trim()));
const runs = Number(values.runs);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error(`bench: --sizes must be positive integers joined by commas (got «${values.sizes}») and --runs a positive integer (got «${values.runs}»)`);
  process.exit(1);
}

const repo = resolve('.');
const astro = join(repo, 'node_modules/astro/bin/astro.mjs');
const indexStep = join(repo, 'src/search-index/cli.ts');
const pagefind = join(repo, 'node_modules/.bin/pagefind');
const gb = (b: number) => `${(b / 2 ** 30).toFixed(2)} GB`;
const log = (msg: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${msg}`);
const tick = (label: string) => (s: number, rss: number) => log(`  ${label}: ${s.toFixed(0)} s, ${gb(rss)} now`);

const results: SizeResult[] = [];
const out = resolve(values.out ?? `tests/bench/results/${new Date().toISOString().slice(0, 10)}.json`);
const machine = { cores: cpus().length, cpu: cpus()[0]?.model, memoryBytes: totalmem(), node: process.version };

/** Writes the results so far (temp file + rename), so that a failure at a big size keeps the small ones. */
function writeResults(): void {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(`${out}.tmp`, `${JSON.stringify({ date: new Date().toISOString(), machine, command: process.argv.slice(2), results }, null, 2)}\n`);
  renameSync(`${out}.tmp`, out);
}

for (const n of sizes) {
  // Short builds (≤ 500 articles) take the median of `runs`; bigger ones run once, each takes minutes.
  const r = n > 500 ? 1 : runs;
  const root = mkdtempSync(join(tmpdir(), `archive-bench-${n}-`));
  log(`N=${n}: generating the corpus in ${root}`);
  const articles = writeCorpus(join(repo, 'content'), join(root, 'content'), n);
  writeBaseline(join(root, 'baseline'), repo, articles);
  const project: { build: number; buildRss: number; index: number; indexRss: number }[] = [];
  const baseline: { build: number; buildRss: number; index: number; indexRss: number }[] = [];
  let lastLog = '';
  let sizesOut = { output: 0, index: null as number | null, baselineOutput: 0, baselineIndex: 0 };
  for (let k = 1; k <= r; k++) {
    const dist = join(root, 'dist');
    rmSync(dist, { recursive: true, force: true });
    rmSync(join(root, 'cache'), { recursive: true, force: true });
    log(`N=${n} run ${k}/${r}: project build`);
    const env = { ...process.env, ARCHIVE_CONTENT_DIR: join(root, 'content'), ARCHIVE_CACHE_DIR: join(root, 'cache') };
    const p = await measure(process.execPath, [astro, 'build', '--outDir', dist], { cwd: repo, env, onTick: tick('project build') });
    lastLog = p.output;
    writeFileSync(join(root, `project-build-${k}.log`), p.output);
    log(`  project build ${p.seconds.toFixed(1)} s, peak ${gb(p.peakRss)}; search index`);
    const x = await measure(process.execPath, [indexStep, '--dist', dist], { cwd: repo, env, onTick: tick('search index') });
    project.push({ build: p.seconds, buildRss: p.peakRss, index: x.seconds, indexRss: x.peakRss });
    log(`  search index ${x.seconds.toFixed(1)} s, peak ${gb(x.peakRss)}`);
    const bdir = join(root, 'baseline');
    rmSync(join(bdir, 'dist'), { recursive: true, force: true });
    rmSync(join(bdir, 'node_modules/.astro'), { recursive: true, force: true });
    rmSync(join(bdir, '.astro'), { recursive: true, force: true });
    log(`N=${n} run ${k}/${r}: baseline build`);
    const b = await measure(process.execPath, [astro, 'build'], { cwd: bdir, env: process.env, onTick: tick('baseline build') });
    log(`  baseline build ${b.seconds.toFixed(1)} s, peak ${gb(b.peakRss)}; pagefind`);
    const i = await measure(pagefind, ['--site', 'dist'], { cwd: bdir, env: process.env, onTick: tick('pagefind') });
    log(`  pagefind ${i.seconds.toFixed(1)} s, peak ${gb(i.peakRss)}`);
    baseline.push({ build: b.seconds, buildRss: b.peakRss, index: i.seconds, indexRss: i.peakRss });
    const indexDir = join(dist, 'pagefind');
    sizesOut = {
      output: dirSize(dist),
      index: dirSize(indexDir) || null,
      baselineOutput: dirSize(join(bdir, 'dist')),
      baselineIndex: dirSize(join(bdir, 'dist', 'pagefind')),
    };
  }
  log(`N=${n}: first search in Chromium`);
  const search = await firstSearch(join(root, 'dist'));
  const med = <T>(xs: T[], f: (x: T) => number) => median(xs.map(f));
  results.push({
    articles: n,
    runs: r,
    project: {
      buildSeconds: med(project, (p) => p.build),
      indexSeconds: med(project, (p) => p.index),
      peakRss: Math.max(med(project, (p) => p.buildRss), med(project, (p) => p.indexRss)),
      buildPeakRss: med(project, (p) => p.buildRss),
      indexPeakRss: med(project, (p) => p.indexRss),
      outputBytes: sizesOut.output,
      indexBytes: sizesOut.index,
      firstSearchBytes: search?.bytes ?? null,
      firstSearchOwnBytes: search?.searchBytes ?? null,
      firstSearchSeconds: search?.seconds ?? null,
      nextQuerySeconds: search?.nextSeconds ?? null,
      nextQueryBytes: search?.nextBytes ?? null,
      phases: phases(lastLog),
    },
    baseline: {
      buildSeconds: med(baseline, (b) => b.build),
      indexSeconds: med(baseline, (b) => b.index),
      peakRss: Math.max(med(baseline, (b) => b.buildRss), med(baseline, (b) => b.indexRss)),
      buildPeakRss: med(baseline, (b) => b.buildRss),
      indexPeakRss: med(baseline, (b) => b.indexRss),
      outputBytes: sizesOut.baselineOutput,
      indexBytes: sizesOut.baselineIndex,
    },
  });
  if (!values.keep) rmSync(root, { recursive: true, force: true });
  else log(`N=${n}: kept ${root}`);
  writeResults();
}

console.log(`\n${table(results)}`);
const verdict = firstSearchVerdict(results);
if (verdict) (verdict.within ? console.log : console.error)(verdict.line);
log(`results written to ${out}`);
if (verdict && !verdict.within) process.exitCode = 1;
