/**
 * `npm run check [-- --content DIR]` — validates the content folder without building the site: prints
 * one line per problem (file:line path: Arabic / English — fix) and exits 1, or a summary and exits 0.
 */
import { parseArgs } from 'node:util';
import { contentDir } from '../loaders/content-dir.ts';
import { formatProblem, summary } from './format.ts';
import { ContentDirError } from './read.ts';
import { run } from './run.ts';

const USAGE = 'usage: npm run check -- [--content DIR]';

function main(): number {
  let dir: string;
  try {
    const { values } = parseArgs({ options: { content: { type: 'string' }, help: { type: 'boolean', default: false } } });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    dir = values.content ?? contentDir();
  } catch (error) {
    console.error(`check: ${(error as Error).message} — ${USAGE}`);
    return 1;
  }
  try {
    const { counts, problems } = run(dir);
    for (const p of problems) console.error(formatProblem(p));
    (problems.length > 0 ? console.error : console.log)(summary(counts, problems.length));
    return problems.length > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof ContentDirError)) throw error;
    console.error(error.message);
    return 1;
  }
}

process.exitCode = main();
