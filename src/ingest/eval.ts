/**
 * `npm run eval:ingest -- DIR` — ingests (dry run, no sidecar) every page of an evaluation folder, its
 * text dumps (NN.txt) and its saved pages (NN.source.html or NN.html) apart, and prints the folder's own
 * scorer's figures for each (`node DIR/score.mjs OUT.json`), then what was found on each page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(import.meta.dirname, 'cli.ts');
const dir = process.argv[2];
if (!dir || !existsSync(join(dir, 'score.mjs'))) {
  console.error('usage: npm run eval:ingest -- DIR   (a folder with NN.txt, NN.source.html, NN.gold.json and score.mjs)');
  process.exit(2);
}

const pages = readdirSync(dir).sort();
const kinds: [string, string[]][] = [
  ['text', pages.filter((f) => /^\d+\.txt$/.test(f))],
  ['html', pages.filter((f) => /^\d+(\.source)?\.html?$/.test(f))],
];
const work = mkdtempSync(join(tmpdir(), 'eval-ingest-'));
let status = 0;
try {
  for (const [kind, files] of kinds) {
    if (files.length === 0) continue;
    // One ingest call for the folder: a page it refuses is named on stderr and scores 0.
    const started = performance.now();
    const r = spawnSync(process.execPath, [CLI, '--dry-run', '--json', '--content', resolve('content'), ...files.map((f) => join(dir, f))], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const seconds = (performance.now() - started) / 1000;
    if (r.stderr.trim()) console.error(r.stderr.trim());
    const results = JSON.parse(r.stdout || '[]') as unknown[];
    const out = join(work, `${kind}.json`);
    writeFileSync(out, JSON.stringify(results));
    console.log(`\n== ${kind}: ${files.length} pages, ${results.length} ingested (${seconds.toFixed(1)} s in one npm run ingest call)`);
    const score = spawnSync(process.execPath, [join(dir, 'score.mjs'), out], { encoding: 'utf8' });
    process.stdout.write(score.stdout);
    if (score.status !== 0) {
      process.stderr.write(score.stderr);
      status = 1;
    }
    for (const r of results as { file: string; title: string | null; titleFrom: string | null; author: string | null; published: { date: string; basis: string } | null; places: { id: string }[] }[]) {
      console.log(`  ${r.file.split('/').pop()}: ${r.published?.date ?? 'no date'} · ${r.author ?? 'no author'} · ${r.titleFrom ?? '-'} · places: ${r.places.map((p) => p.id).join(', ') || '-'}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = status;
