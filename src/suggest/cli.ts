/**
 * `npm run suggest -- [options] ARTICLE…` — proposes the dated claims of ingested articles, matched to the
 * events of content/events.yaml, into content/suggestions/<slug>.yaml for the editors to decide on.
 *
 *   ARTICLE…              slugs, or paths of files in content/articles/; --all for every article
 *   --json                print the suggestions (the stable contract) on stdout
 *   --dry-run             write nothing
 *   --force               replace the suggestions still waiting in an existing file (decided ones stay)
 *   --accept FILE#N       move suggestion N of FILE into events.yaml
 *   --reject FILE#N --why "…"   record why suggestion N is not an event
 *   --content DIR         another content folder
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../loaders/content-dir.ts';
import { SuggestError } from './errors.ts';
import { accept, contract, reject, run, summaryLines, type Write } from './run.ts';

const USAGE = 'usage: npm run suggest -- [--json] [--dry-run] [--force] [--content DIR] (ARTICLE… | --all) | --accept FILE#N | --reject FILE#N --why "…"';

/** Writes through a temporary file in the same folder, so a reader never sees half a file. */
function writeAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

function main(): number {
  let opts;
  try {
    opts = parseArgs({
      allowPositionals: true,
      options: {
        all: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        accept: { type: 'string' },
        reject: { type: 'string' },
        why: { type: 'string' },
        content: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`suggest: ${(error as Error).message} — ${USAGE}`);
    return 1;
  }
  const { values, positionals } = opts;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const content = values.content ?? contentDir();
  if (values.why !== undefined && values.reject === undefined) {
    console.error(`suggest: --why goes with --reject FILE#N — ${USAGE}`);
    return 1;
  }
  const decisions = Number(values.accept !== undefined) + Number(values.reject !== undefined);
  if (decisions > 1 || (decisions === 1 && (positionals.length > 0 || values.all)) || (decisions === 0 && positionals.length === 0 && !values.all)) {
    console.error(`suggest: give articles (or --all), or one --accept / --reject — ${USAGE}`);
    return 1;
  }
  try {
    let writes: Write[];
    if (values.accept !== undefined || values.reject !== undefined) {
      const done = values.accept !== undefined ? accept(content, values.accept) : reject(content, values.reject!, values.why);
      writes = done.writes;
      if (!values['dry-run']) for (const [path, text] of writes) writeAtomic(path, text);
      console.error(values['dry-run'] ? `${done.message} (dry run: nothing written)` : done.message);
      return 0;
    }
    const { results, writes: planned } = run({ content, articles: positionals, all: values.all, refresh: values.force });
    writes = planned;
    if (!values['dry-run']) for (const [path, text] of writes) writeAtomic(path, text);
    if (values.json) process.stdout.write(`${JSON.stringify(results.flatMap((r) => r.proposals.map(contract)), null, 2)}\n`);
    else for (const r of results) console.log(summaryLines(r).join('\n'));
    if (values['dry-run'] && !values.json) console.error('suggest: dry run, nothing written');
    return 0;
  } catch (error) {
    if (!(error instanceof SuggestError)) throw error;
    console.error(error.line());
    return 1;
  }
}

process.exitCode = main();
