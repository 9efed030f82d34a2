/**
 * `npm run eval:suggest [-- --generated 1000] [--json]` — how well suggest does on the content folder,
 * with content/events.yaml as the answer (see measure.ts for how each figure is counted), and how long
 * `npm run suggest -- --all` takes on it and, with --generated N, on N articles of the bench's corpus.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { writeCorpus } from '../../../tests/bench/steps/corpus.ts';
import { contentDir } from '../../loaders/content-dir.ts';
import { articleSlugs, readArticle, readEvents, readPlaces } from '../steps/read.ts';
import { measure, type Judgement, type Measures, type Ratio } from './measure.ts';

const CLI = resolve('src/suggest/cli.ts');
/** The goals of issue 19. */
const GOALS = { recall: 0.85, date: 0.9, match: 0.8 } as const;

const pct = (r: Ratio): string => `${r.hits}/${r.of} = ${r.of === 0 ? '–' : `${((100 * r.hits) / r.of).toFixed(1)} %`}`;
const short = (s: string, n = 90): string => (s.length > n ? `${s.slice(0, n)}…` : s);

/** Runs `npm run suggest -- --all` on a content folder and times it (wall clock, as an editor waits for it). */
function timeAll(content: string, write: boolean): { seconds: number; suggestions: number } {
  const args = [CLI, '--all', '--content', content, ...(write ? [] : ['--dry-run', '--json'])];
  const start = performance.now();
  const out = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - start) / 1000;
  if (out.status !== 0) throw new Error(`npm run suggest failed on ${content}: ${out.stderr}`);
  const suggestions = write
    ? readdirSync(join(content, 'suggestions')).reduce((n, f) => n + ((parse(readFileSync(join(content, 'suggestions', f), 'utf8')) as { events: unknown[] }).events.length), 0)
    : (JSON.parse(out.stdout) as unknown[]).length;
  return { seconds, suggestions };
}

function report(m: Measures): string[] {
  const f = m.figures;
  const goal = (r: Ratio, g: number) => (r.of > 0 && r.hits / r.of >= g ? 'goal met' : `goal ${100 * g} % not met`);
  const lines = [
    `recall     ${pct(f.recall)} of the claims' sentences suggested (${goal(f.recall, GOALS.recall)})`,
    `date       ${pct(f.date)} of those with the claim's date (${goal(f.date, GOALS.date)})`,
    `           ${pct(f.dateGiven)} leaving out the ${f.date.of - f.dateGiven.of} claims whose date the editors inferred (their note says so) where the suggestion gives none`,
    `match      ${pct(f.match)} of those matched to the claim's event, or new when no other article sources it (${goal(f.match, GOALS.match)})`,
    `precision  ${pct(f.precision)} of the suggestions are claims or judged acceptable (${m.extras.filter((e) => e.judgement?.accept).length} judged acceptable, ${m.extras.filter((e) => e.judgement && !e.judgement.accept).length} not, ${m.extras.filter((e) => !e.judgement).length} not judged)`,
    `disputes   ${pct(f.disputes)} later sources of disputed events found as conflicts`,
    '',
    'Claims not suggested:',
    ...m.claims.filter((c) => !c.suggested).map((c) => `  ${c.event} (${c.article}): «${short(c.quote)}»`),
    'Claims suggested with another date:',
    ...m.claims.filter((c) => c.date && !c.date.right).map((c) => `  ${c.date!.inferred ? '(inferred) ' : ''}${c.event}: ${c.date!.expected} in events.yaml, ${c.date!.got} suggested — «${short(c.quote, 60)}»`),
    'Claims matched elsewhere:',
    ...m.claims.filter((c) => c.match && !c.match.right).map((c) => `  ${c.event}: expected ${c.match!.expected ?? 'a new event'}, got ${c.match!.got ?? 'a new event'} — «${short(c.quote, 60)}»`),
    'Disputed events, by later source:',
    ...m.disputes.map((d) => `  ${d.found ? 'found' : 'MISSED'} ${d.event} from ${d.article}: ${d.got}`),
    'Suggestions that are not claims, and how they were judged:',
    ...m.extras.map((e) => `  ${e.judgement ? (e.judgement.accept ? 'accept' : 'reject') : 'NOT JUDGED'} ${e.suggestion.article}: «${short(e.suggestion.quote, 70)}»${e.judgement ? ` — ${e.judgement.why}` : ''}`),
  ];
  return lines;
}

function main(): number {
  const { values } = parseArgs({
    options: {
      content: { type: 'string' },
      judgements: { type: 'string', default: 'src/suggest/eval/judgements.yaml' },
      generated: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const content = resolve(values.content ?? contentDir());
  const judgements = (parse(readFileSync(values.judgements!, 'utf8')) ?? []) as Judgement[];
  const articles = articleSlugs(content).map((slug) => readArticle(content, slug));
  const m = measure(articles, readPlaces(content), readEvents(content).events, judgements);
  const timings: Record<string, { articles: number; seconds: number; suggestions: number }> = {};
  timings.content = { articles: articles.length, ...timeAll(content, false) };
  if (values.generated) {
    const n = Number(values.generated);
    const dir = mkdtempSync(join(tmpdir(), 'suggest-eval-'));
    try {
      writeCorpus(content, dir, n);
      timings.generated = { articles: n, ...timeAll(dir, true) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ figures: m.figures, timings, load: loadavg()[0] }, null, 2)}\n`);
    return 0;
  }
  console.log(report(m).join('\n'));
  console.log('\nTimings of npm run suggest -- --all (wall clock):');
  for (const [name, t] of Object.entries(timings)) console.log(`  ${name}: ${t.articles} articles, ${t.suggestions} suggestions in ${t.seconds.toFixed(1)} s`);
  console.log(`  (load average ${loadavg()[0]!.toFixed(1)} on ${navigator.hardwareConcurrency} cores)`);
  return 0;
}

process.exitCode = main();
