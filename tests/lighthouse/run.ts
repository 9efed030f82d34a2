/**
 * `npm run lighthouse [-- --dist dist --out scores.json]`: serves the built site locally and runs
 * Lighthouse (mobile profile, system Chromium, offline) on one page of each type; prints the four
 * scores per page and the audits that lost points.
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../e2e/support/browser.ts';
import { builtPages, pageTypes } from '../e2e/support/site.ts';
import { serveStatic } from '../e2e/support/static-server.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string' } } });
const dist = values.dist as string;
if (!existsSync(`${dist}/index.html`)) {
  console.error(`lighthouse: ${dist}/index.html not found — build the site first with \`npm run build\``);
  process.exit(1);
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** One page of each type, the 404 page by its file (a 404 status stops Lighthouse) and search with a query. */
const pages = builtPages(dist);
// A section's index («/places/») is a page type of its own, beside one of its items («/places/sirte/»).
const isList = (p: string) => /^\/[^/]+\/$/.test(p) && pages.some((q) => q !== p && q.startsWith(p));
const lists = Object.fromEntries(pages.filter(isList).map((p) => [`${p.slice(1, -1)}-list`, p]));
const targets: Record<string, string> = { ...pageTypes(pages.filter((p) => !isList(p))), ...lists, '404': '/404.html' };
if (targets.search) targets.search = `/search/?q=${encodeURIComponent('سرت')}`;

const server = await serveStatic(dist);
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: FLAGS });
// An interrupted run must not leave a headless Chromium behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    chrome.kill();
    process.exit(1);
  });
}
const rows: { type: string; path: string; scores: Record<string, number | null>; lost: string[] }[] = [];
try {
  console.log(`${'page'.padEnd(16)} perf a11y   bp  seo`);
  for (const [type, path] of Object.entries(targets)) {
    const result = await lighthouse(new URL(path.replace(/^\//, ''), server.url).href, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`lighthouse: no result for ${path}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`lighthouse: ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null]));
    // Audits that cost points: scored, weighted in a category, below a full score.
    const weighted = new Set(CATEGORIES.flatMap((c) => lhr.categories[c]?.auditRefs.filter((r) => r.weight > 0).map((r) => r.id) ?? []));
    const lost = Object.values(lhr.audits)
      .filter((a) => weighted.has(a.id) && typeof a.score === 'number' && a.score < 1)
      .map((a) => `${a.id} (${a.score})`);
    rows.push({ type, path, scores, lost });
    const pct = (s: number | null | undefined) => (s == null ? '—' : String(Math.round(s * 100)));
    console.log(`${type.padEnd(16)} ${CATEGORIES.map((c) => pct(scores[c]).padStart(4)).join(' ')}  ${path}${lost.length ? `\n${' '.repeat(17)}lost: ${lost.join(', ')}` : ''}`);
  }
} finally {
  await chrome.kill();
  await server.close();
}

if (values.out) {
  writeFileSync(`${values.out}.tmp`, `${JSON.stringify({ date: new Date().toISOString(), categories: CATEGORIES, pages: rows }, null, 2)}\n`);
  renameSync(`${values.out}.tmp`, values.out);
}
